#include "widgets/fields.h"

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/fixed_point.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/fieldhelp.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValidator>
#include <algorithm>

namespace attrition::ui {

namespace {

/// A check box whose text wraps onto more lines when the form is narrower than the text (a long label in
/// Spanish on a laptop's screen), rather than making the page scroll sideways. With room it is a plain
/// check box on one line.
class WrappingCheckBox : public QCheckBox {
public:
    explicit WrappingCheckBox(const QString& text, QWidget* parent)
        : QCheckBox(text, parent) {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override {
        if (width >= QCheckBox::sizeHint().width()) {
            return QCheckBox::sizeHint().height();
        }
        const QRect text = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width - indent()), 100000),
                                                      flags(), plainText());
        return std::max(QCheckBox::sizeHint().height(), text.height() + 2);
    }
    /// As narrow as its longest word.
    QSize minimumSizeHint() const override {
        int widest = 0;
        for (const QString& word : plainText().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            widest = std::max(widest, fontMetrics().horizontalAdvance(word));
        }
        const int width = std::min(QCheckBox::sizeHint().width(), indent() + widest + 2);
        return {width, heightForWidth(width)};
    }

protected:
    /// The box and its text, on every line of it.
    bool hitButton(const QPoint& pos) const override {
        if (width() >= QCheckBox::sizeHint().width()) {
            return QCheckBox::hitButton(pos);
        }
        const QRect text =
            fontMetrics().boundingRect(rect().adjusted(indent(), 1, 0, 0), flags(), plainText());
        return pos.x() < indent() ? pos.y() < text.bottom() : text.contains(pos);
    }
    void paintEvent(QPaintEvent* event) override {
        if (width() >= QCheckBox::sizeHint().width()) {
            QCheckBox::paintEvent(event);
            return;
        }
        QStylePainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        const QString text = option.text;
        option.text.clear();
        QStyleOptionButton indicator = option;
        indicator.rect = style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this);
        const int line = fontMetrics().height();
        indicator.rect.moveTop(std::max(0, (line - indicator.rect.height()) / 2 + 1));
        painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, indicator);
        const QRect textRect = rect().adjusted(indent(), 1, 0, 0);
        painter.drawItemText(textRect, flags(), palette(), isEnabled(), text, QPalette::WindowText);
        if (hasFocus()) {
            QStyleOptionFocusRect focus;
            focus.initFrom(this);
            focus.rect = fontMetrics().boundingRect(textRect, flags(), text).adjusted(-1, 0, 1, 1);
            painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
        }
    }

private:
    static int flags() { return Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextShowMnemonic; }
    /// Where the text begins: past the box and the space beside it.
    int indent() const {
        return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) +
               style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this);
    }
    QString plainText() const { return QString(text()).replace(QStringLiteral("&&"), QStringLiteral("&")); }
};

bool isNumeric(ValueKind kind) {
    return kind == ValueKind::Count || kind == ValueKind::Money || kind == ValueKind::Percent;
}

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

// ---------------------------------------------------------------------------------------------------------

FieldEditor::FieldEditor(ContractDocument* document, QString path, QString label, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , path_(std::move(path))
    , label_(std::move(label))
    , message_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    message_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("fieldMessage"));
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextTone(message_, TextTone::Error);
    message_->hide();
    layout->addWidget(message_);
    connect(document_, &ContractDocument::contractChanged, this, [this] {
        refresh();
        updateMessage();
        updateDefaultMark();
    });
}

QString FieldEditor::message() const {
    return message_->text();
}

void FieldEditor::setLabel(const QString& label) {
    label_ = label;
}

void FieldEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FieldEditor::retranslate() {
    // The engine's problem in the new language (the document words it when asked).
    updateMessage();
    updateDefaultMark();
    updateWhatsThis();
}

void FieldEditor::setInput(QWidget* row) {
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    // The input, and beside it the badge of a program default not yet confirmed (hidden until needed).
    auto* line = new QWidget(this);
    auto* lineLayout = new QHBoxLayout(line);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->setSpacing(6);
    lineLayout->addWidget(row, 1);
    defaultBadge_ = new QToolButton(line);
    defaultBadge_->setObjectName(QStringLiteral("defaultBadge"));
    defaultBadge_->setAutoRaise(true);
    defaultBadge_->setCursor(Qt::PointingHandCursor);
    defaultBadge_->hide();
    lineLayout->addWidget(defaultBadge_, 0, Qt::AlignVCenter);
    connect(defaultBadge_, &QToolButton::clicked, this, [this] {
        document_->endMerge();
        document_->edit(tr("Confirm %1").arg(label_), {},
                        [path = path_.toStdString()](Contract& c) { confirmDefault(c, path); });
    });
    layout->insertWidget(0, line);
    setFocusProxy(input());
    updateDefaultMark();
    updateWhatsThis();
}

void FieldEditor::updateDefaultMark() {
    if (defaultBadge_ == nullptr) {
        return;
    }
    const bool unconfirmed = isUnconfirmedDefault(document_->contract(), path_.toStdString());
    if (unconfirmed) {
        // Written again each time: the language or the palette may have changed.
        defaultBadge_->setText(tr("Default"));
        defaultBadge_->setToolTip(tr("This is the program's default, not yet confirmed from the contract. "
                                     "Change it to the contract's value, or click to confirm it as it is."));
        defaultBadge_->setAccessibleName(tr("Confirm the default %1").arg(label_));
        const QPalette p = palette();
        defaultBadge_->setStyleSheet(
            QStringLiteral("QToolButton#defaultBadge { color: %1; background: %2; border: 1px solid %1; "
                           "border-radius: 3px; padding: 0px 6px; font-style: italic; }")
                .arg(warningColor(p).name(), warningBackground(p).name()));
    }
    if (unconfirmed == showsDefault_) {
        return;
    }
    showsDefault_ = unconfirmed;
    defaultBadge_->setVisible(unconfirmed);
    QFont f = input()->font();
    f.setItalic(unconfirmed);
    input()->setFont(f);
    input()->setProperty("programDefault", unconfirmed);
}

void FieldEditor::updateWhatsThis() {
    // On the input and on the field around it (its suffix, its message): What's This finds it on either.
    const QString text = fieldWhatsThis(path_);
    setWhatsThis(text);
    input()->setWhatsThis(text);
}

void FieldEditor::setTypingError(const QString& error) {
    typingError_ = error;
    updateMessage();
}

void FieldEditor::updateMessage() {
    const QString text = typingError_.isEmpty() ? document_->issueAt(path_) : typingError_;
    if (text == message_->text() && message_->isVisibleTo(this) == !text.isEmpty()) {
        return;
    }
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    input()->setProperty("invalid", !text.isEmpty());
    input()->setToolTip(text);
}

void FieldEditor::commit(const std::function<void(Contract&)>& change) {
    document_->edit(tr("Edit %1").arg(label_), path_, change);
}

// ---------------------------------------------------------------------------------------------------------

namespace {

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
        suffix_->setText(kind_ == ValueKind::Money
                             ? QString::fromLatin1(document_->contract().currency.code().data(), 3)
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

// ---------------------------------------------------------------------------------------------------------

CheckField::CheckField(ContractDocument* document, QString path, QString label,
                       std::function<bool(const Contract&)> get, std::function<void(Contract&, bool)> set,
                       QWidget* parent)
    : FieldEditor(document, std::move(path), label, parent)
    , get_(std::move(get))
    , box_(new WrappingCheckBox(QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")), this)) {
    setInput(box_);
    connect(box_, &QCheckBox::clicked, this, [this, set = std::move(set)](bool checked) {
        document_->endMerge();
        commit([&](Contract& c) { set(c, checked); });
        document_->endMerge();
    });
    refresh();
}

QWidget* CheckField::input() const {
    return box_;
}

void CheckField::setLabel(const QString& label) {
    FieldEditor::setLabel(label);
    box_->setText(QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")));
}

void CheckField::refresh() {
    box_->setChecked(get_(document_->contract()));
}

// ---------------------------------------------------------------------------------------------------------

ChoiceField::ChoiceField(ContractDocument* document, QString path, QString label, Choices choices,
                         std::function<int(const Contract&)> get, std::function<void(Contract&, int)> set,
                         QWidget* parent)
    : FieldEditor(document, std::move(path), std::move(label), parent)
    , get_(std::move(get))
    , combo_(new QComboBox(this)) {
    for (const auto& [text, value] : choices) {
        combo_->addItem(text, value);
    }
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // As wide as its longest choice when there is room; narrower (the choice cut short, the list it opens
    // whole) rather than making a narrow page scroll sideways.
    combo_->setMinimumWidth(combo_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(combo_);
    rowLayout->addStretch(1);
    setInput(row);
    connect(combo_, &QComboBox::activated, this, [this, set = std::move(set)](int index) {
        const int value = combo_->itemData(index).toInt();
        if (value == get_(document_->contract())) {
            return;
        }
        document_->endMerge();
        commit([&](Contract& c) { set(c, value); });
        document_->endMerge();
    });
    refresh();
}

QWidget* ChoiceField::input() const {
    return combo_;
}

void ChoiceField::setChoiceTexts(const QStringList& texts) {
    for (int i = 0; i < std::min(combo_->count(), static_cast<int>(texts.size())); ++i) {
        combo_->setItemText(i, texts.at(i));
    }
}

void ChoiceField::refresh() {
    combo_->setCurrentIndex(combo_->findData(get_(document_->contract())));
}

// ---------------------------------------------------------------------------------------------------------

NotesField::NotesField(ContractDocument* document, QString path, QString label, QWidget* parent)
    : FieldEditor(document, std::move(path), std::move(label), parent)
    , edit_(new QPlainTextEdit(this)) {
    edit_->setTabChangesFocus(true);
    edit_->setMinimumHeight(edit_->fontMetrics().lineSpacing() * 4);
    edit_->installEventFilter(this);
    setInput(edit_);
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        const std::string text = edit_->toPlainText().toStdString();
        if (text != document_->contract().notes) {
            commit([&](Contract& c) { c.notes = text; });
        }
    });
    refresh();
}

QWidget* NotesField::input() const {
    return edit_;
}

void NotesField::refresh() {
    const QString notes = QString::fromStdString(document_->contract().notes);
    if (edit_->toPlainText() != notes) {
        const QSignalBlocker block(edit_);
        edit_->setPlainText(notes);
    }
}

bool NotesField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_ && event->type() == QEvent::FocusOut) {
        document_->endMerge();
    }
    return FieldEditor::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------------------

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
    const QString code = QString::fromLatin1(document_->contract().currency.code().data(), 3);
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
