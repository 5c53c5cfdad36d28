#pragma once

#include "model/project.h"

#include <QImage>
#include <QWidget>
#include <optional>

class QPushButton;
class QThread;

namespace reelcut::gui {

class AssetList;

// The Filters tab: the built-in looks (LUTs) grouped, each shown on a frame of the
// selected clip, and "Import .cube..." for the user's own grades. Double-click, "Apply"
// or drag onto a clip; the strength is the LUT's intensity in the inspector.
class FiltersTab : public QWidget {
    Q_OBJECT
public:
    explicit FiltersTab(QWidget* parent = nullptr);
    ~FiltersTab() override;

    AssetList* list() const { return list_; }
    QString currentLook() const;
    // Shows the looks on `clip` (alone, without its effects) as it is at time `at`; the
    // frame is rendered off the GUI thread. nullopt: the generated sample picture.
    void showClip(const std::optional<Project>& clipAlone, const Time& at);
    // True when the thumbnails show the last frame asked for.
    bool thumbnailsReady() const { return !busy_ && !pending_; }
    const QImage& sourceImage() const { return source_; }

Q_SIGNALS:
    void applyRequested(const QString& lookId);
    void importRequested(const QString& cubeFile);

private:
    void setSource(const QImage& image);
    void startRender();

    AssetList* list_ = nullptr;
    QPushButton* apply_ = nullptr;
    QImage source_;
    QThread* worker_ = nullptr;
    bool busy_ = false;
    struct Request {
        std::optional<Project> project;
        Time at;
    };
    std::optional<Request> pending_;
};

} // namespace reelcut::gui
