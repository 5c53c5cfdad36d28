#pragma once

#include "inspector/inspector_widgets.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QPlainTextEdit;
class QPushButton;

namespace reelcut::gui {

// The inspector's text page: the words, font, colours, outline, shadow, box, layout and
// in/out animations of a text clip.
class TextInspector : public QGroupBox {
    Q_OBJECT
public:
    enum class ColorRole { Fill, Stroke, Shadow, Box };

    TextInspector(ClipEditFn edit, QWidget* parent = nullptr);

    // Shows the clip's values (signals blocked, so nothing is written back).
    void showClip(const Clip& clip);
    // What a colour button does once the user picked a colour.
    void applyColor(ColorRole role, const QColor& color);

    QPlainTextEdit* textBox() const { return text_; }
    QDoubleSpinBox* sizeBox() const { return size_; }
    QComboBox* animationInBox() const { return animIn_; }
    QDoubleSpinBox* animationInDuration() const { return animInDuration_; }
    QFontComboBox* fontBox() const { return font_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void change(const QString& text, const std::function<void(TextStyle&)>& fn);
    QComboBox* animationCombo();
    QPushButton* colorButton(ColorRole role, const QString& tip);

    ClipEditFn edit_;
    int typingSession_ = 0;
    std::uint32_t colors_[4] = {};
    QPlainTextEdit* text_ = nullptr;
    QFontComboBox* font_ = nullptr;
    QDoubleSpinBox* size_ = nullptr;
    QCheckBox* bold_ = nullptr;
    QCheckBox* italic_ = nullptr;
    QPushButton* colorButtons_[4] = {};
    QDoubleSpinBox* strokeWidth_ = nullptr;
    QDoubleSpinBox* shadowX_ = nullptr;
    QDoubleSpinBox* shadowY_ = nullptr;
    QDoubleSpinBox* shadowBlur_ = nullptr;
    QDoubleSpinBox* boxPadding_ = nullptr;
    QDoubleSpinBox* boxRadius_ = nullptr;
    QComboBox* align_ = nullptr;
    QDoubleSpinBox* lineSpacing_ = nullptr;
    QDoubleSpinBox* letterSpacing_ = nullptr;
    QDoubleSpinBox* wrap_ = nullptr;
    QComboBox* animIn_ = nullptr;
    QDoubleSpinBox* animInDuration_ = nullptr;
    QComboBox* animOut_ = nullptr;
    QDoubleSpinBox* animOutDuration_ = nullptr;
};

} // namespace reelcut::gui
