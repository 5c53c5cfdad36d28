#include "inspector/text_inspector.h"

#include "text/text_rasterizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace reelcut::gui {

namespace {

// Merge keys of typing sessions; apart from the inspector's slider keys and the canvas's.
constexpr int kTypingKeyBase = 0x30000000;

QHBoxLayout* row(std::initializer_list<QWidget*> widgets) {
    auto* l = new QHBoxLayout;
    l->setSpacing(4);
    for (QWidget* w : widgets) {
        l->addWidget(w, w->inherits("QPushButton") ? 0 : 1);
    }
    return l;
}

std::uint32_t& colorOf(TextStyle& s, TextInspector::ColorRole role) {
    switch (role) {
    case TextInspector::ColorRole::Stroke:
        return s.strokeColor;
    case TextInspector::ColorRole::Shadow:
        return s.shadowColor;
    case TextInspector::ColorRole::Box:
        return s.boxColor;
    case TextInspector::ColorRole::Fill:
        break;
    }
    return s.color;
}

} // namespace

TextInspector::TextInspector(ClipEditFn edit, QWidget* parent)
    : QGroupBox(tr("Text"), parent), edit_(std::move(edit)) {
    registerBundledFonts(); // so Lato and Bebas Neue are in the font list
    auto* form = new QFormLayout(this);
    // Rows too wide for the panel put their field under the label instead of being cut.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("textContent"));
    text_->setFixedHeight(64);
    text_->setPlaceholderText(tr("Type your text"));
    form->addRow(text_);
    font_ = new QFontComboBox(this);
    // Some installed families have very long names; the list shows them in full.
    font_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    font_->setMinimumContentsLength(12);
    form->addRow(tr("Font"), font_);
    size_ = makeSpin(this, 6, 600, 2, 0, QStringLiteral(" px"));
    bold_ = new QCheckBox(tr("Bold"), this);
    italic_ = new QCheckBox(tr("Italic"), this);
    form->addRow(tr("Size"), row({size_, bold_, italic_}));
    form->addRow(tr("Colour"), row({colorButton(ColorRole::Fill, tr("Text colour"))}));
    strokeWidth_ = makeSpin(this, 0, 60, 1, 1, QStringLiteral(" px"));
    form->addRow(tr("Outline"),
                 row({strokeWidth_, colorButton(ColorRole::Stroke, tr("Outline colour"))}));
    shadowX_ = makeSpin(this, -100, 100, 1, 0, QStringLiteral(" x"));
    shadowY_ = makeSpin(this, -100, 100, 1, 0, QStringLiteral(" y"));
    shadowBlur_ = makeSpin(this, 0, 100, 1, 0, tr(" blur"));
    form->addRow(tr("Shadow"),
                 row({colorButton(ColorRole::Shadow, tr("Shadow colour")), shadowBlur_}));
    form->addRow(tr("Shadow offset"), row({shadowX_, shadowY_}));
    boxPadding_ = makeSpin(this, 0, 200, 1, 0, tr(" pad"));
    boxRadius_ = makeSpin(this, 0, 200, 1, 0, QStringLiteral(" px"));
    boxRadius_->setToolTip(tr("Radius of the box's rounded corners"));
    form->addRow(tr("Box"), row({colorButton(ColorRole::Box, tr("Box colour (transparent: none)")),
                                 boxPadding_}));
    form->addRow(tr("Box corners"), boxRadius_);
    align_ = new QComboBox(this);
    align_->addItem(tr("Left"), static_cast<int>(TextAlign::Left));
    align_->addItem(tr("Centre"), static_cast<int>(TextAlign::Center));
    align_->addItem(tr("Right"), static_cast<int>(TextAlign::Right));
    form->addRow(tr("Align"), align_);
    lineSpacing_ = makeSpin(this, 0.5, 3, 0.05, 2, QStringLiteral(" \u00d7"));
    letterSpacing_ = makeSpin(this, -20, 100, 1, 0, QStringLiteral(" px"));
    form->addRow(tr("Spacing"), row({lineSpacing_, letterSpacing_}));
    wrap_ = makeSpin(this, 10, 100, 1, 0, QStringLiteral(" %"));
    wrap_->setToolTip(tr("Lines wrap at this share of the canvas width"));
    form->addRow(tr("Wrap at"), wrap_);
    animIn_ = animationCombo();
    animInDuration_ = makeSpin(this, 0.05, 10, 0.05, 2, QStringLiteral(" s"));
    form->addRow(tr("Animation in"), row({animIn_, animInDuration_}));
    animOut_ = animationCombo();
    animOutDuration_ = makeSpin(this, 0.05, 10, 0.05, 2, QStringLiteral(" s"));
    form->addRow(tr("Animation out"), row({animOut_, animOutDuration_}));

    // Typing is one undo step per visit to the box, yet the preview follows each key.
    connect(text_, &QPlainTextEdit::textChanged, this, [this] {
        const std::string t = text_->toPlainText().toStdString();
        edit_(
            tr("Edit text"), [t](Clip& c) { c.text = t; }, kTypingKeyBase + typingSession_);
    });
    text_->installEventFilter(this);
    connect(font_, &QFontComboBox::currentFontChanged, this, [this](const QFont& f) {
        const std::string family = f.family().toStdString();
        change(tr("Font"), [family](TextStyle& s) { s.fontFamily = family; });
    });
    auto number = [this](QDoubleSpinBox* box, const QString& text, double TextStyle::*field,
                         double factor) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
            change(text, [=](TextStyle& s) { s.*field = v * factor; });
        });
    };
    number(size_, tr("Text size"), &TextStyle::fontSize, 1);
    number(strokeWidth_, tr("Outline"), &TextStyle::strokeWidth, 1);
    number(shadowX_, tr("Shadow"), &TextStyle::shadowOffsetX, 1);
    number(shadowY_, tr("Shadow"), &TextStyle::shadowOffsetY, 1);
    number(shadowBlur_, tr("Shadow"), &TextStyle::shadowBlur, 1);
    number(boxPadding_, tr("Box"), &TextStyle::boxPadding, 1);
    number(boxRadius_, tr("Box"), &TextStyle::boxRadius, 1);
    number(lineSpacing_, tr("Line spacing"), &TextStyle::lineSpacing, 1);
    number(letterSpacing_, tr("Letter spacing"), &TextStyle::letterSpacing, 1);
    number(wrap_, tr("Wrap width"), &TextStyle::wrapWidth, 0.01);
    connect(bold_, &QCheckBox::toggled, this,
            [this](bool on) { change(tr("Bold"), [on](TextStyle& s) { s.bold = on; }); });
    connect(italic_, &QCheckBox::toggled, this,
            [this](bool on) { change(tr("Italic"), [on](TextStyle& s) { s.italic = on; }); });
    connect(align_, &QComboBox::activated, this, [this] {
        const auto a = static_cast<TextAlign>(align_->currentData().toInt());
        change(tr("Alignment"), [a](TextStyle& s) { s.align = a; });
    });
    auto animation = [this](QComboBox* type, QDoubleSpinBox* duration, bool in) {
        auto commit = [this, type, duration, in] {
            const ClipAnimation a{static_cast<AnimationType>(type->currentData().toInt()),
                                  duration->value()};
            edit_(
                in ? tr("Animation in") : tr("Animation out"),
                [a, in](Clip& c) { (in ? c.animationIn : c.animationOut) = a; }, -1);
        };
        connect(type, &QComboBox::activated, this, commit);
        connect(duration, &QDoubleSpinBox::valueChanged, this, commit);
    };
    animation(animIn_, animInDuration_, true);
    animation(animOut_, animOutDuration_, false);
}

QComboBox* TextInspector::animationCombo() {
    auto* c = new QComboBox(this);
    const std::pair<AnimationType, QString> types[] = {
        {AnimationType::None, tr("None")},
        {AnimationType::Fade, tr("Fade")},
        {AnimationType::Pop, tr("Pop")},
        {AnimationType::SlideLeft, tr("Slide left")},
        {AnimationType::SlideRight, tr("Slide right")},
        {AnimationType::SlideUp, tr("Slide up")},
        {AnimationType::SlideDown, tr("Slide down")},
        {AnimationType::Typewriter, tr("Typewriter")},
        {AnimationType::Bounce, tr("Bounce")}};
    for (const auto& [type, name] : types) {
        c->addItem(name, static_cast<int>(type));
    }
    return c;
}

QPushButton* TextInspector::colorButton(ColorRole role, const QString& tip) {
    QPushButton* b = makeColorButton(this, tip);
    colorButtons_[static_cast<int>(role)] = b;
    connect(b, &QPushButton::clicked, this, [this, role, tip] {
        std::uint32_t argb = colors_[static_cast<int>(role)];
        if (pickColor(this, tip, argb)) {
            applyColor(role, QColor::fromRgba(argb));
        }
    });
    return b;
}

void TextInspector::applyColor(ColorRole role, const QColor& color) {
    const std::uint32_t argb = color.rgba();
    change(tr("Text colour"), [role, argb](TextStyle& s) { colorOf(s, role) = argb; });
}

bool TextInspector::eventFilter(QObject* watched, QEvent* event) {
    if (watched == text_ && event->type() == QEvent::FocusIn) {
        ++typingSession_;
    }
    return QGroupBox::eventFilter(watched, event);
}

void TextInspector::change(const QString& text, const std::function<void(TextStyle&)>& fn) {
    edit_(
        text, [fn](Clip& c) { fn(c.style); }, -1);
}

void TextInspector::showClip(const Clip& c) {
    const QList<QWidget*> editors{text_,        font_,           size_,           bold_,
                                  italic_,      strokeWidth_,    shadowX_,        shadowY_,
                                  shadowBlur_,  boxPadding_,     boxRadius_,      align_,
                                  lineSpacing_, letterSpacing_,  wrap_,           animIn_,
                                  animOut_,     animInDuration_, animOutDuration_};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* w : editors) {
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    }
    const QString text = QString::fromStdString(c.text);
    if (text_->toPlainText() != text) {
        text_->setPlainText(text); // not while typing: it would reset the cursor
    }
    const TextStyle& s = c.style;
    font_->setCurrentFont(QFont(QString::fromStdString(s.fontFamily)));
    size_->setValue(s.fontSize);
    bold_->setChecked(s.bold);
    italic_->setChecked(s.italic);
    TextStyle copy = s;
    for (int i = 0; i < 4; ++i) {
        colors_[i] = colorOf(copy, static_cast<ColorRole>(i));
        setSwatch(colorButtons_[i], colors_[i]);
    }
    strokeWidth_->setValue(s.strokeWidth);
    shadowX_->setValue(s.shadowOffsetX);
    shadowY_->setValue(s.shadowOffsetY);
    shadowBlur_->setValue(s.shadowBlur);
    boxPadding_->setValue(s.boxPadding);
    boxRadius_->setValue(s.boxRadius);
    align_->setCurrentIndex(align_->findData(static_cast<int>(s.align)));
    lineSpacing_->setValue(s.lineSpacing);
    letterSpacing_->setValue(s.letterSpacing);
    wrap_->setValue(s.wrapWidth * 100);
    animIn_->setCurrentIndex(animIn_->findData(static_cast<int>(c.animationIn.type)));
    animInDuration_->setValue(c.animationIn.duration);
    animOut_->setCurrentIndex(animOut_->findData(static_cast<int>(c.animationOut.type)));
    animOutDuration_->setValue(c.animationOut.duration);
}

} // namespace reelcut::gui
