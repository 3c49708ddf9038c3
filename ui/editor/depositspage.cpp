#include "editor/depositspage.h"

#include "editor/pagefields.h"
#include "models/contracttables.h"
#include "text/values.h"

#include <QFormLayout>
#include <QLabel>

namespace attrition::ui {

using namespace pagefields;

namespace {

/// Where the settlement stands, in a sentence.
QString settlementStateText(SettlementState state) {
    switch (state) {
    case SettlementState::NotAssessed:
        return ContractEditor::tr("<b>Not assessed</b>: no damages have been agreed with the client yet.");
    case SettlementState::Assessed:
        return ContractEditor::tr(
            "<b>Assessed</b>: the damages are agreed with the client, not invoiced yet.");
    case SettlementState::Invoiced:
        return ContractEditor::tr("<b>Invoiced</b>: nothing has been collected yet.");
    case SettlementState::PartlyCollected:
        return ContractEditor::tr("<b>Partly collected</b>: some of the damages are paid, the rest is still "
                                  "to collect.");
    case SettlementState::Collected:
        return ContractEditor::tr("<b>Collected</b>: the damages agreed are paid in full.");
    case SettlementState::Waived:
        return ContractEditor::tr("<b>Waived</b>: the hotel waived the damages agreed in full.");
    case SettlementState::Settled:
        return ContractEditor::tr("<b>Settled</b>: nothing is left open; what was not paid was waived.");
    }
    return {};
}

} // namespace

DepositsPage::DepositsPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::DepositsSection, parent) {
    ContractDocument* d = document;
    PageColumn page(this);
    TableSection* deposits = tableSection(QT_TR_NOOP("Deposits received"),
                                          QT_TR_NOOP("Applied, in this order, to whatever the group owes."),
                                          makeDepositsModel(document, this));
    setPlaceholder(deposits->view(), QT_TR_NOOP("No deposits received. Add one with +."));
    deposits->setVisibleRows(3, 14);
    page.add(deposits);

    QFormLayout* form = page.section(
        QT_TR_NOOP("Settlement"),
        QT_TR_NOOP("What became of the damages: the amount agreed with the client, the invoice, what was "
                   "waived and the credit granted on a future contract of the account."));
    addRow(form, add(optionalMoneyField<field::SettlementAssessed>(d, catalogueLabel,
                                                                   QT_TR_NOOP("Not agreed yet"))));
    addRow(form, add(optionalDateField<field::SettlementInvoicedOn>(d, catalogueLabel,
                                                                    QT_TR_NOOP("Not invoiced"))));
    addRow(form, add(textField<field::SettlementInvoiceNumber>(d, catalogueLabel,
                                                               QT_TR_NOOP("As on the invoice"))));
    TableSection* payments = tableSection(QT_TR_NOOP("Payments received"),
                                          QT_TR_NOOP("What the client paid towards the damages, and when."),
                                          makeSettlementPaymentsModel(document, this));
    setPlaceholder(payments->view(), QT_TR_NOOP("Nothing collected yet. Add a payment with +."));
    payments->setVisibleRows(3, 10);
    payments->setObjectName(QStringLiteral("settlementPayments"));
    paymentsGrid_ = payments->view();
    page.add(payments);
    settlementSummary_ = new QLabel;
    settlementSummary_->setObjectName(QStringLiteral("settlementSummary"));
    settlementSummary_->setWordWrap(true);
    settlementSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page.add(settlementSummary_);
    settlementState_ = new QLabel;
    settlementState_->setObjectName(QStringLiteral("settlementState"));
    settlementState_->setWordWrap(true);
    settlementState_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page.add(settlementState_);

    form = page.section(QT_TR_NOOP("Waiver and credit"));
    addRow(form, add(moneyField<field::SettlementWaived>(d, catalogueLabel)));
    addRow(form,
           add(textField<field::SettlementWaiverReason>(d, catalogueLabel, QT_TR_NOOP("Why it was waived"))));
    addRow(form, add(moneyField<field::SettlementCreditAmount>(d, catalogueLabel)));
    addRow(form, add(textField<field::SettlementCreditContract>(
                     d, catalogueLabel, QT_TR_NOOP("Reference of the contract credited"))));
    page.finish();
}

void DepositsPage::refresh() {
    EditorPage::refresh();
    const Contract& c = document()->contract();
    const Settlement& s = c.settlement;
    const QLocale locale;
    // Amounts of another currency or too large to add are the validation's to name; nothing is summed then.
    bool summed = true;
    Money collected;
    Money open;
    SettlementState state = SettlementState::NotAssessed;
    try {
        collected = Money(s.collected().minorUnits(), c.currency);
        open = Money(s.open().minorUnits(), c.currency);
        state = s.state();
    } catch (const std::exception&) {
        summed = false;
    }
    if (!summed) {
        settlementSummary_->setText(
            tr("The payments cannot be added up until their problems are corrected."));
        settlementState_->clear();
        return;
    }
    const QString payments = tr("%n payment(s)", nullptr, static_cast<int>(s.payments.size()));
    if (s.assessed) {
        settlementSummary_->setText(
            tr("Collected <b>%1</b> (%2) of %3 agreed &nbsp;·&nbsp; waived %4 &nbsp;·&nbsp; left to collect "
               "<b>%5</b>")
                .arg(formatMoneyWithCode(collected, locale), payments,
                     formatMoneyWithCode(Money(s.assessed->minorUnits(), c.currency), locale),
                     formatMoneyWithCode(Money(s.waived.minorUnits(), c.currency), locale),
                     formatMoneyWithCode(open.isPositive() ? open : Money::zero(c.currency), locale)));
    } else {
        settlementSummary_->setText(tr("Collected <b>%1</b> (%2); nothing is left to collect until the "
                                       "damages are agreed.")
                                        .arg(formatMoneyWithCode(collected, locale), payments));
    }
    settlementState_->setText(settlementStateText(state));
}
} // namespace attrition::ui
