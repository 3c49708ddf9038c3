#pragma once

#include "reports/reportoptions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace attrition::ui {

/// File > Report Letterhead: what the hotel prints on the reports it sends to clients (Letterhead). The
/// logo is checked as it is chosen: a file that is not an image the program can read is refused, naming the
/// file.
class LetterheadDialog : public QDialog {
    Q_OBJECT

public:
    explicit LetterheadDialog(const Letterhead& letterhead, QWidget* parent = nullptr);

    /// The letterhead as the fields give it.
    Letterhead letterhead() const;
    /// Takes `file` as the logo, or says why not (an empty string when taken).
    QString useLogo(const QString& file);

    QLineEdit* titleEdit() const { return title_; }
    QLineEdit* hotelEdit() const { return hotel_; }
    QPlainTextEdit* addressEdit() const { return address_; }
    QLineEdit* taxNumberEdit() const { return taxNumber_; }
    QPlainTextEdit* paymentTermsEdit() const { return paymentTerms_; }
    QLabel* logoLabel() const { return logo_; }

private:
    void chooseLogo();
    void showLogo();

    QLineEdit* title_ = nullptr;
    QLineEdit* hotel_ = nullptr;
    QPlainTextEdit* address_ = nullptr;
    QLineEdit* taxNumber_ = nullptr;
    QPlainTextEdit* paymentTerms_ = nullptr;
    QLabel* logo_ = nullptr;
    QString logoFile_;
};

} // namespace attrition::ui
