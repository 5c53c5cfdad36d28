#include "batch/brand_kit_dialog.h"

#include "model/project_json.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {

const Corner kCorners[] = {Corner::TopLeft, Corner::TopRight, Corner::BottomLeft,
                           Corner::BottomRight};

QString cornerLabel(Corner c) {
    switch (c) {
    case Corner::TopLeft:
        return BrandKitDialog::tr("Top left");
    case Corner::TopRight:
        return BrandKitDialog::tr("Top right");
    case Corner::BottomLeft:
        return BrandKitDialog::tr("Bottom left");
    case Corner::BottomRight:
        return BrandKitDialog::tr("Bottom right");
    }
    return {};
}

// A path field with a Browse button.
QLineEdit* pathRow(QFormLayout* form, const QString& label, const QString& filter,
                   QWidget* parent) {
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(parent);
    auto* browse = new QPushButton(BrandKitDialog::tr("Browse..."), parent);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, filter, parent] {
        const QString f = QFileDialog::getOpenFileName(parent, QString(), edit->text(), filter);
        if (!f.isEmpty()) {
            edit->setText(f);
        }
    });
    row->addWidget(edit);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

} // namespace

BrandKitDialog::BrandKitDialog(const QString& file, QWidget* parent)
    : QDialog(parent), file_(file) {
    setWindowTitle(tr("Brand kit: %1").arg(QFileInfo(file).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    form->addRow(tr("Brand name:"), name_);
    const QString pictures = tr("Pictures (*.png *.jpg *.jpeg *.webp *.svg)");
    const QString videos = tr("Videos (*.mp4 *.mov *.webm *.mkv)");
    logo_ = pathRow(form, tr("Logo:"), pictures, this);
    intro_ = pathRow(form, tr("Intro clip:"), videos, this);
    outro_ = pathRow(form, tr("Outro clip:"), videos, this);
    headingFont_ = new QLineEdit(this);
    bodyFont_ = new QLineEdit(this);
    form->addRow(tr("Heading font:"), headingFont_);
    form->addRow(tr("Body font:"), bodyFont_);
    corner_ = new QComboBox(this);
    for (Corner c : kCorners) {
        corner_->addItem(cornerLabel(c), int(c));
    }
    form->addRow(tr("Watermark corner:"), corner_);
    scale_ = new QDoubleSpinBox(this);
    scale_->setRange(1, 100);
    scale_->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Watermark size:"), scale_);
    opacity_ = new QDoubleSpinBox(this);
    opacity_->setRange(0, 100);
    opacity_->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Watermark opacity:"), opacity_);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Colours (templates use them as {{brand.NAME}}):"), this));
    colors_ = new QTableWidget(0, 2, this);
    colors_->setHorizontalHeaderLabels({tr("Name"), tr("Colour")});
    colors_->horizontalHeader()->setStretchLastSection(true);
    connect(colors_, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == 1) {
            pickColor(row);
        }
    });
    layout->addWidget(colors_);
    auto* colorButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add colour"), this);
    auto* remove = new QPushButton(tr("Remove colour"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addColor(QStringLiteral("color%1").arg(colors_->rowCount() + 1), 0xff808080);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (colors_->currentRow() >= 0) {
            colors_->removeRow(colors_->currentRow());
        }
    });
    colorButtons->addWidget(add);
    colorButtons->addWidget(remove);
    colorButtons->addStretch();
    layout->addLayout(colorButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveKit()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    BrandKit kit;
    kit.colors["primary"] = 0xffe11d48;
    kit.fonts["heading"] = "Bebas Neue";
    kit.fonts["body"] = "Lato";
    if (QFileInfo::exists(file)) {
        try {
            kit = loadBrandKit(file.toStdString());
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Brand kit"), QString::fromUtf8(e.what()));
        }
    }
    setKit(kit);
}

void BrandKitDialog::addColor(const QString& name, std::uint32_t argb) {
    const int row = colors_->rowCount();
    colors_->insertRow(row);
    colors_->setItem(row, 0, new QTableWidgetItem(name));
    auto* swatch = new QTableWidgetItem(QString::fromStdString(colorToText(argb)));
    swatch->setBackground(QColor::fromRgba(argb));
    swatch->setFlags(swatch->flags() & ~Qt::ItemIsEditable);
    colors_->setItem(row, 1, swatch);
}

void BrandKitDialog::pickColor(int row) {
    QTableWidgetItem* item = colors_->item(row, 1);
    const auto current = colorFromText(item->text().toStdString());
    const QColor c = QColorDialog::getColor(QColor::fromRgba(current.value_or(0xff808080)), this);
    if (c.isValid()) {
        item->setText(QString::fromStdString(colorToText(c.rgba())));
        item->setBackground(c);
    }
}

void BrandKitDialog::setKit(const BrandKit& kit) {
    base_ = kit;
    name_->setText(QString::fromStdString(kit.name));
    logo_->setText(QString::fromStdString(kit.logo));
    intro_->setText(QString::fromStdString(kit.intro));
    outro_->setText(QString::fromStdString(kit.outro));
    colors_->setRowCount(0);
    for (const auto& [name, argb] : kit.colors) {
        addColor(QString::fromStdString(name), argb);
    }
    const auto font = [&](const char* key) {
        const auto it = kit.fonts.find(key);
        return it == kit.fonts.end() ? QString() : QString::fromStdString(it->second);
    };
    headingFont_->setText(font("heading"));
    bodyFont_->setText(font("body"));
    corner_->setCurrentIndex(std::max(0, corner_->findData(int(kit.watermarkCorner))));
    scale_->setValue(kit.watermarkScale * 100);
    opacity_->setValue(kit.watermarkOpacity * 100);
}

BrandKit BrandKitDialog::kit() const {
    BrandKit kit = base_;
    kit.colors.clear();
    kit.name = name_->text().trimmed().toStdString();
    kit.logo = logo_->text().trimmed().toStdString();
    kit.intro = intro_->text().trimmed().toStdString();
    kit.outro = outro_->text().trimmed().toStdString();
    for (int r = 0; r < colors_->rowCount(); ++r) {
        const std::string name = colors_->item(r, 0)->text().trimmed().toStdString();
        if (const auto c = colorFromText(colors_->item(r, 1)->text().toStdString());
            c && !name.empty()) {
            kit.colors[name] = *c;
        }
    }
    if (!headingFont_->text().trimmed().isEmpty()) {
        kit.fonts["heading"] = headingFont_->text().trimmed().toStdString();
    }
    if (!bodyFont_->text().trimmed().isEmpty()) {
        kit.fonts["body"] = bodyFont_->text().trimmed().toStdString();
    }
    kit.watermarkCorner = static_cast<Corner>(corner_->currentData().toInt());
    kit.watermarkScale = scale_->value() / 100;
    kit.watermarkOpacity = opacity_->value() / 100;
    return kit;
}

bool BrandKitDialog::saveKit() {
    try {
        saveBrandKit(kit(), file_.toStdString());
        return true;
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Brand kit"), QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace reelcut::gui
