#pragma once

#include "widgets/fieldeditor.h"

class QComboBox;

namespace attrition::ui {

/// The contract's currency: an ISO 4217 code. Changing it re-denominates every amount of the contract
/// (150.00 USD becomes 150.00 EUR), refused when an amount has more decimals than the new currency.
class CurrencyField : public FieldEditor {
    Q_OBJECT

public:
    CurrencyField(ContractDocument* document, QWidget* parent = nullptr);
    QWidget* input() const override;

protected:
    void refresh() override;
    void retranslate() override;

private:
    void chosen(const QString& text);
    /// Why the contract cannot take this currency code; empty when it can.
    QString problemWith(const QString& code) const;
    QComboBox* combo_;
};

/// Re-denominates every amount of the contract in `currency`, keeping the figures; false (and nothing
/// changed) when an amount has more decimals than the currency allows.
bool redenominate(Contract& contract, Currency currency);

} // namespace attrition::ui
