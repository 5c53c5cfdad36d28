#include "dialogs/new_project_dialog.h"

#include "window/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace reelcut::gui {

const std::vector<AspectChoice>& aspectChoices() {
    static const std::vector<AspectChoice> choices{
        {"9:16", QT_TRANSLATE_NOOP("Aspect", "TikTok, Reels, Shorts"), 1080, 1920},
        {"1:1", QT_TRANSLATE_NOOP("Aspect", "Square feed post"), 1080, 1080},
        {"4:5", QT_TRANSLATE_NOOP("Aspect", "Portrait feed post"), 1080, 1350},
        {"16:9", QT_TRANSLATE_NOOP("Aspect", "YouTube, landscape"), 1920, 1080},
    };
    return choices;
}

namespace {

// A frame of the aspect's shape, so the choice is recognised at a glance.
QIcon aspectIcon(int w, int h) {
    QPixmap pix(64, 64);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    const QSize s = QSize(w, h).scaled(52, 52, Qt::KeepAspectRatio);
    p.setPen(QPen(colors::text, 2.5));
    p.drawRoundedRect(QRectF(32 - s.width() / 2.0, 32 - s.height() / 2.0, s.width(), s.height()), 4,
                      4);
    return QIcon(pix);
}

} // namespace

NewProjectDialog::NewProjectDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New project"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("What are you making?"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    layout->addWidget(heading);
    auto* row = new QHBoxLayout;
    aspects_ = new QButtonGroup(this);
    int id = 0;
    for (const AspectChoice& a : aspectChoices()) {
        auto* b = new QToolButton(this);
        b->setCheckable(true);
        b->setIcon(aspectIcon(a.width, a.height));
        b->setIconSize(QSize(56, 56));
        b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        b->setText(QStringLiteral("%1\n%2").arg(QString::fromLatin1(a.label),
                                                QCoreApplication::translate("Aspect", a.use)));
        b->setMinimumWidth(130);
        aspects_->addButton(b, id++);
        row->addWidget(b);
    }
    aspects_->button(0)->setChecked(true);
    layout->addLayout(row);
    auto* form = new QFormLayout;
    rate_ = new QComboBox(this);
    for (const char* r : {"24", "25", "30000/1001", "30", "50", "60"}) {
        const auto rate = *Rational::parse(r);
        rate_->addItem(tr("%1 fps").arg(rate.toDouble(), 0, 'g', 4), QString::fromLatin1(r));
    }
    rate_->setCurrentIndex(3);
    form->addRow(tr("Frame rate"), rate_);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("accent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QSize NewProjectDialog::canvasSize() const {
    const AspectChoice& a =
        aspectChoices().at(static_cast<std::size_t>(std::max(0, aspects_->checkedId())));
    return QSize(a.width, a.height);
}

FrameRate NewProjectDialog::frameRate() const {
    return Rational::parse(rate_->currentData().toString().toStdString()).value_or(FrameRate(30));
}

} // namespace reelcut::gui
