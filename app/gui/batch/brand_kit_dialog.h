#pragma once

#include "model/brand_kit.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace reelcut::gui {

// Edits a brand kit file (brand.json): name, logo, intro and outro clips, named colours
// and fonts, watermark corner and size. The kit is read and written by the core; one kit
// serves many templates.
class BrandKitDialog : public QDialog {
    Q_OBJECT
public:
    // Opens `file` (a new kit when it does not exist yet).
    BrandKitDialog(const QString& file, QWidget* parent = nullptr);

    BrandKit kit() const;
    void setKit(const BrandKit& kit);
    // Writes the file; false (and the reason shown) on failure.
    bool saveKit();
    QString file() const { return file_; }

private:
    void addColor(const QString& name, std::uint32_t argb);
    void pickColor(int row);

    QString file_;
    BrandKit base_; // what the dialog does not show (margin, other fonts) is kept
    QLineEdit* name_ = nullptr;
    QLineEdit* logo_ = nullptr;
    QLineEdit* intro_ = nullptr;
    QLineEdit* outro_ = nullptr;
    QTableWidget* colors_ = nullptr;
    QLineEdit* headingFont_ = nullptr;
    QLineEdit* bodyFont_ = nullptr;
    QComboBox* corner_ = nullptr;
    QDoubleSpinBox* scale_ = nullptr;
    QDoubleSpinBox* opacity_ = nullptr;
};

} // namespace reelcut::gui
