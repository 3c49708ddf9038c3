#include "widgets/currencyfield.h"

#include "attrition/domain/fixed_point.h"
#include "text/values.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <cstdint>

namespace attrition::ui {

namespace {

/// Applies `f` to every amount of the contract; stops and returns false when `f` does.
template <typename F> bool forEachAmount(Contract& c, F&& f) {
    for (BlockEntry& e : c.block) {
        if (!f(e.rate)) {
            return false;
        }
    }
    for (ResaleEntry& e : c.resale) {
        if (!f(e.rate)) {
            return false;
        }
    }
    for (Deposit& d : c.deposits) {
        if (!f(d.amount)) {
            return false;
        }
    }
    if (c.attrition.capAmount && !f(*c.attrition.capAmount)) {
        return false;
    }
    return f(c.foodBeverage.minimum) && f(c.foodBeverage.actualSpend) && f(c.meetingRoom.rental);
}

} // namespace

bool redenominate(Contract& contract, Currency currency) {
    Contract out = contract;
    const bool ok = forEachAmount(out, [&](Money& m) {
        const int from = m.currency().isValid() ? m.currency().decimals() : currency.decimals();
        const int to = currency.decimals();
        std::int64_t minor = m.minorUnits();
        if (to > from) {
            const Wide scaled = static_cast<Wide>(minor) * pow10(to - from);
            if (scaled > INT64_MAX || scaled < INT64_MIN) {
                return false;
            }
            minor = static_cast<std::int64_t>(scaled);
        } else if (to < from) {
            const std::int64_t factor = pow10(from - to);
            if (minor % factor != 0) {
                return false;
            }
            minor /= factor;
        }
        m = Money(minor, currency);
        return true;
    });
    if (ok) {
        out.currency = currency;
        contract = std::move(out);
    }
    return ok;
}

CurrencyField::CurrencyField(ContractDocument* document, QWidget* parent)
    : FieldEditor(document, QStringLiteral("currency"), QString(), parent)
    , combo_(new QComboBox(this)) {
    combo_->setEditable(true);
    combo_->setInsertPolicy(QComboBox::NoInsert);
    for (const char* code : {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "MXN", "SGD", "AED", "KWD"}) {
        combo_->addItem(QString::fromLatin1(code));
    }
    combo_->setMaximumWidth(combo_->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW")) + 40);
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(combo_);
    rowLayout->addStretch(1);
    setInput(row);
    connect(combo_, &QComboBox::textActivated, this, &CurrencyField::chosen);
    connect(combo_->lineEdit(), &QLineEdit::editingFinished, this, [this] { chosen(combo_->currentText()); });
    refresh();
    retranslate();
}

void CurrencyField::retranslate() {
    setLabel(tr("Currency"));
    if (!typingError().isEmpty()) {
        setTypingError(problemWith(combo_->currentText()));
    }
    FieldEditor::retranslate();
}

QString CurrencyField::problemWith(const QString& text) const {
    const QString code = text.trimmed().toUpper();
    const std::optional<Currency> currency = Currency::fromCode(code.toStdString());
    if (!currency) {
        return tr("%1 is not an ISO 4217 currency code").arg(code);
    }
    Contract changed = document_->contract();
    if (*currency != changed.currency && !redenominate(changed, *currency)) {
        return tr("Some amounts have more decimals than %1 allows").arg(code);
    }
    return {};
}

QWidget* CurrencyField::input() const {
    return combo_;
}

void CurrencyField::refresh() {
    const QString code = currencyCode(document_->contract().currency);
    if (combo_->currentText() != code) {
        combo_->setCurrentText(code);
    }
    setTypingError({});
}

void CurrencyField::chosen(const QString& text) {
    const QString problem = problemWith(text);
    setTypingError(problem);
    const std::optional<Currency> currency = Currency::fromCode(text.trimmed().toUpper().toStdString());
    if (!problem.isEmpty() || !currency || *currency == document_->contract().currency) {
        return;
    }
    Contract changed = document_->contract();
    redenominate(changed, *currency);
    document_->endMerge();
    commit([&](Contract& c) { c = changed; });
    document_->endMerge();
}

} // namespace attrition::ui
