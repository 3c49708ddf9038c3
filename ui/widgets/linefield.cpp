#include "widgets/linefield.h"

#include "style/icons.h"
#include "style/theme.h"
#include "text/values.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QValidator>

namespace attrition::ui {

namespace {

bool isNumeric(ValueKind kind) {
    return kind == ValueKind::Count || kind == ValueKind::Money || kind == ValueKind::Percent;
}

/// What a required input of this kind says when it is left empty.
QString emptyMessage(ValueKind kind) {
    switch (kind) {
    case ValueKind::Money:
        return parseMoney({}, Currency()).error;
    case ValueKind::Percent:
        return parsePercent({}).error;
    case ValueKind::Date:
        return parseDate({}).error;
    case ValueKind::Count:
    case ValueKind::Text:
        break;
    }
    return parseCount({}).error;
}

/// Refuses any letter in a number's input (an amount, a count, a percentage); everything else is left to
/// the parser, which explains what it cannot read.
class NoLetters : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int& /*pos*/) const override {
        for (const QChar c : input) {
            if (c.isLetter()) {
                return Invalid;
            }
        }
        return Acceptable;
    }
};

} // namespace

LineField::LineField(ContractDocument* document, QString path, QString label, ValueKind kind, Getter get,
                     Setter set, bool optional, const QString& placeholder, QWidget* parent)
    : FieldEditor(document, std::move(path), std::move(label), parent)
    , kind_(kind)
    , get_(std::move(get))
    , set_(std::move(set))
    , optional_(optional)
    , edit_(new QLineEdit(this)) {
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(6);
    rowLayout->addWidget(edit_, 1);
    placeholder_ = placeholder;
    edit_->setAccessibleName(this->label());
    if (isNumeric(kind_)) {
        edit_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Letters are refused as they are typed: the input never shows a value other than the one used.
        edit_->setValidator(new NoLetters(edit_));
    }
    if (kind_ == ValueKind::Money || kind_ == ValueKind::Percent) {
        suffix_ = new QLabel(row);
        suffix_->setMinimumWidth(suffix_->fontMetrics().horizontalAdvance(QStringLiteral("WWW")));
        setTextTone(suffix_, TextTone::Muted);
        rowLayout->addWidget(suffix_);
    }
    if (kind_ == ValueKind::Date) {
        calendar_ = edit_->addAction(icon(Icon::Calendar), QLineEdit::TrailingPosition);
        connect(calendar_, &QAction::triggered, this, &LineField::showCalendar);
    }
    if (isNumeric(kind_) || kind_ == ValueKind::Date) {
        // Numbers and dates get an input of their size, at the start of the row.
        edit_->setMaximumWidth(edit_->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")) +
                               24);
        rowLayout->setStretch(0, 0);
        rowLayout->addStretch(1);
    }
    setInput(row);
    connect(edit_, &QLineEdit::textEdited, this, &LineField::typed);
    connect(edit_, &QLineEdit::editingFinished, this, &LineField::finished);
    refresh();
    retranslate();
}

QWidget* LineField::input() const {
    return edit_;
}

void LineField::setLabel(const QString& label) {
    FieldEditor::setLabel(label);
    edit_->setAccessibleName(label);
}

void LineField::setPlaceholder(const QString& placeholder) {
    placeholder_ = placeholder;
    edit_->setPlaceholderText(
        placeholder_.isEmpty() && kind_ == ValueKind::Date ? dateFormat(QLocale()).toLower() : placeholder_);
}

void LineField::retranslate() {
    if (calendar_ != nullptr) {
        calendar_->setToolTip(tr("Choose the date on a calendar"));
    }
    setPlaceholder(placeholder_);
    showSuffix();
    if (!typingError().isEmpty()) {
        // The user's text stays as typed; what is wrong with it is said again in the new language.
        const Parsed parsed = parse(edit_->text(), !typing_);
        if (!parsed.ok()) {
            setTypingError(parsed.error);
        } else if (std::holds_alternative<std::monostate>(parsed.value) && !optional_ &&
                   kind_ != ValueKind::Text) {
            setTypingError(emptyMessage(kind_));
        }
    } else if (!typing_) {
        // The value in the notation of the locale now in force.
        const QString shown = text(get_(document_->contract()));
        if (edit_->text() != shown) {
            edit_->setText(shown);
            edit_->setCursorPosition(0);
        }
    }
    FieldEditor::retranslate();
}

void LineField::showSuffix() {
    if (suffix_ != nullptr) {
        suffix_->setText(kind_ == ValueKind::Money ? currencyCode(document_->contract().currency)
                                                   : QLocale().percent());
    }
}

void LineField::refresh() {
    const Contract& c = document_->contract();
    showSuffix();
    const Value current = get_(c);
    if (typing_) {
        const Parsed typed = parseValue(kind_, edit_->text(), c.currency);
        if (typed.ok() && typed.value == current) {
            return; // the user is typing this value: leave their text alone
        }
    }
    edit_->setText(text(current));
    edit_->setCursorPosition(0); // the start of a long text, not its end
    setTypingError({});
}

QString LineField::text(const Value& value) const {
    // The percent sign is beside the input.
    if (kind_ == ValueKind::Percent) {
        const auto* ppm = std::get_if<std::int64_t>(&value);
        return ppm != nullptr ? formatPercentPoints(Percent::fromPartsPerMillion(*ppm)) : QString();
    }
    return formatValue(kind_, value, currency());
}

Parsed LineField::parse(const QString& text, bool complete) const {
    if (kind_ == ValueKind::Date && !text.trimmed().isEmpty()) {
        return parseDate(text, QLocale(), complete);
    }
    return parseValue(kind_, text, currency());
}

void LineField::typed(const QString& text) {
    typing_ = true;
    const Parsed parsed = parse(text, false);
    if (!parsed.ok()) {
        setTypingError(parsed.error);
        return;
    }
    if (!optional_ && std::holds_alternative<std::monostate>(parsed.value) && kind_ != ValueKind::Text) {
        setTypingError(emptyMessage(kind_));
        return;
    }
    setTypingError({});
    if (parsed.value == get_(document_->contract())) {
        return;
    }
    const Setter set = set_;
    const Value value = parsed.value;
    commit([&](Contract& c) { set(c, value); });
}

void LineField::finished() {
    typing_ = false;
    const Parsed parsed = parse(edit_->text(), true);
    if (parsed.ok() && kind_ == ValueKind::Date && !std::holds_alternative<std::monostate>(parsed.value) &&
        parsed.value != get_(document_->contract())) {
        // A date with a two-digit year, complete only now.
        setTypingError({});
        const Setter set = set_;
        commit([&](Contract& c) { set(c, parsed.value); });
    }
    document_->endMerge();
    if (parsed.ok()) {
        // Show the value in the locale's notation ("1234.5" becomes "1,234.50").
        const Value current = get_(document_->contract());
        if (parsed.value == current) {
            edit_->setText(text(current));
        }
    }
}

void LineField::showCalendar() {
    auto* popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setGridVisible(false);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    const Parsed current = parseValue(kind_, edit_->text(), currency());
    if (const auto* d = std::get_if<Date>(&current.value)) {
        calendar->setSelectedDate(toQDate(*d));
    }
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](QDate date) {
        if (const std::optional<Date> d = fromQDate(date)) {
            edit_->setText(formatDate(*d));
            typed(edit_->text());
            document_->endMerge();
        }
        popup->close();
    });
    popup->adjustSize();
    popup->move(edit_->mapToGlobal(QPoint(0, edit_->height())));
    popup->show();
    calendar->setFocus();
}

} // namespace attrition::ui
