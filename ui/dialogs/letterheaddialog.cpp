#include "dialogs/letterheaddialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace attrition::ui {

namespace {

QPlainTextEdit* lines(const QString& text, int rows, QWidget* parent) {
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(line * rows +
                         2 * (edit->frameWidth() + static_cast<int>(edit->document()->documentMargin())));
    return edit;
}

} // namespace

LetterheadDialog::LetterheadDialog(const Letterhead& letterhead, QWidget* parent)
    : QDialog(parent)
    , logoFile_(letterhead.logoFile) {
    setWindowTitle(tr("Report Letterhead"));
    auto* intro = new QLabel(tr("What every report you print or export says about your hotel. Left empty, a "
                                "report names the contract's hotel."),
                             this);
    intro->setWordWrap(true);

    title_ = new QLineEdit(letterhead.title, this);
    title_->setPlaceholderText(Letterhead::defaultTitle());
    title_->setToolTip(tr("The title of a contract's report, on its first page and in every page's header"));
    hotel_ = new QLineEdit(letterhead.hotel, this);
    hotel_->setPlaceholderText(tr("The contract's hotel"));
    address_ = lines(letterhead.address, 3, this);
    address_->setPlaceholderText(tr("Street, city, country"));
    taxNumber_ = new QLineEdit(letterhead.taxNumber, this);
    paymentTerms_ = lines(letterhead.paymentTerms, 2, this);
    paymentTerms_->setPlaceholderText(
        tr("For example: due within 30 days of this statement, by bank transfer"));
    paymentTerms_->setToolTip(tr("Printed under the net due of a contract's report"));

    logo_ = new QLabel(this);
    logo_->setMinimumHeight(48);
    auto* choose = new QPushButton(tr("C&hoose\u2026"), this);
    auto* clear = new QPushButton(tr("&No Logo"), this);
    connect(choose, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(clear, &QPushButton::clicked, this, [this] {
        logoFile_.clear();
        showLogo();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(logo_, 1);
    logoRow->addWidget(choose);
    logoRow->addWidget(clear);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Report &title:"), title_);
    form->addRow(tr("&Hotel:"), hotel_);
    form->addRow(tr("&Address:"), address_);
    form->addRow(tr("Ta&x number:"), taxNumber_);
    form->addRow(tr("&Payment terms:"), paymentTerms_);
    form->addRow(tr("Logo:"), logoRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    showLogo();
}

Letterhead LetterheadDialog::letterhead() const {
    Letterhead l;
    l.title = title_->text().trimmed();
    l.hotel = hotel_->text().trimmed();
    l.address = address_->toPlainText().trimmed();
    l.taxNumber = taxNumber_->text().trimmed();
    l.paymentTerms = paymentTerms_->toPlainText().trimmed();
    l.logoFile = logoFile_;
    return l;
}

QString LetterheadDialog::useLogo(const QString& file) {
    QImageReader reader(file);
    const QImage image = reader.read();
    if (image.isNull()) {
        return tr("%1 cannot be used as a logo: %2").arg(QFileInfo(file).fileName(), reader.errorString());
    }
    logoFile_ = QFileInfo(file).absoluteFilePath();
    showLogo();
    return {};
}

void LetterheadDialog::chooseLogo() {
    const QString start = logoFile_.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                              : QFileInfo(logoFile_).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), start,
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (file.isEmpty()) {
        return;
    }
    if (const QString problem = useLogo(file); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Use the Image"), problem);
    }
}

void LetterheadDialog::showLogo() {
    const QImage image(logoFile_);
    if (logoFile_.isEmpty()) {
        logo_->setText(tr("No logo"));
        logo_->setToolTip({});
        return;
    }
    if (image.isNull()) {
        logo_->setText(
            tr("%1 cannot be read; reports leave the logo out").arg(QFileInfo(logoFile_).fileName()));
        logo_->setToolTip(logoFile_);
        return;
    }
    logo_->setPixmap(
        QPixmap::fromImage(image.scaled(220, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    logo_->setToolTip(logoFile_);
}

} // namespace attrition::ui
