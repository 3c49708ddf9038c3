#include "text/messagetext.h"

#include "attrition/domain/field_catalogue.h"
#include "text/values.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace attrition::ui {

namespace {

struct MessageText {
    Q_DECLARE_TR_FUNCTIONS(MessageText)
};

/// The translated full label of the catalogued field at `path`; empty when the catalogue has none, or when
/// `list` asks for a list's (only a list has entries) and the field is not one.
QString catalogueLabel(const QString& path, bool list) {
    const QByteArray key = path.toLatin1();
    const ContractField* field =
        findContractField(std::string_view(key.constData(), static_cast<std::size_t>(key.size())));
    if (field == nullptr || field->fullLabel.empty() || (list && field->kind != FieldKind::List)) {
        return {};
    }
    // The catalogue's labels are string literals: data() ends with the literal's NUL.
    return MessageText::tr(field->fullLabel.data());
}

QString memberLabel(const QString& member) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("rooms"), QT_TRANSLATE_NOOP("MessageText", "rooms")},
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("MessageText", "rate")},
        {QStringLiteral("night"), QT_TRANSLATE_NOOP("MessageText", "night")},
        {QStringLiteral("roomType"), QT_TRANSLATE_NOOP("MessageText", "room type")},
        {QStringLiteral("outsideBlock"), QT_TRANSLATE_NOOP("MessageText", "outside the block")},
        {QStringLiteral("billedNoShows"), QT_TRANSLATE_NOOP("MessageText", "billed no-shows")},
        {QStringLiteral("walked"), QT_TRANSLATE_NOOP("MessageText", "walked")},
        {QStringLiteral("roomNights"), QT_TRANSLATE_NOOP("MessageText", "room nights")},
        {QStringLiteral("occupancy"), QT_TRANSLATE_NOOP("MessageText", "occupancy")},
        {QStringLiteral("maxReduction"), QT_TRANSLATE_NOOP("MessageText", "largest reduction")},
        {QStringLiteral("minDays"), QT_TRANSLATE_NOOP("MessageText", "from days")},
        {QStringLiteral("maxDays"), QT_TRANSLATE_NOOP("MessageText", "to days")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("MessageText", "percentage")},
        {QStringLiteral("roomsPercent"), QT_TRANSLATE_NOOP("MessageText", "rooms percentage")},
        {QStringLiteral("foodBeveragePercent"), QT_TRANSLATE_NOOP("MessageText", "F&B percentage")},
        {QStringLiteral("meetingRoomPercent"), QT_TRANSLATE_NOOP("MessageText", "meeting room percentage")},
        {QStringLiteral("minPickup"), QT_TRANSLATE_NOOP("MessageText", "pickup from")},
        {QStringLiteral("charged"), QT_TRANSLATE_NOOP("MessageText", "share charged")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("MessageText", "amount")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("MessageText", "received on")},
    };
    const auto it = labels.constFind(member);
    return it == labels.constEnd() ? member : MessageText::tr(it.value());
}

/// "KING on Tue 11/5/2027" for an entry of a list that has nights and room types.
QString entryLabel(const QString& list, std::size_t index, const Contract* c) {
    if (c != nullptr) {
        const auto typed = [](const auto& items, std::size_t i) -> QString {
            if (i >= items.size()) {
                return {};
            }
            return MessageText::tr("%1 on %2")
                .arg(QString::fromStdString(items[i].roomType), formatNight(items[i].night));
        };
        const auto nightly = [](const auto& items, std::size_t i) -> QString {
            return i < items.size() ? formatNight(items[i].night) : QString();
        };
        QString label;
        if (list == QLatin1String("block")) {
            label = typed(c->block, index);
        } else if (list == QLatin1String("pickup")) {
            label = typed(c->pickup, index);
        } else if (list == QLatin1String("reductions")) {
            label = typed(c->reductions, index);
        } else if (list == QLatin1String("auditCredits")) {
            label = nightly(c->auditCredits, index);
        } else if (list == QLatin1String("resale")) {
            label = nightly(c->resale, index);
        } else if (list == QLatin1String("occupancy")) {
            label = nightly(c->occupancy, index);
        }
        if (!label.isEmpty()) {
            return label;
        }
    }
    return MessageText::tr("row %1").arg(index + 1);
}

/// Turns "%n night(s)" into "1 night" or "4 nights" for English, which has one plural form.
class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        if (n < 0 || sourceText == nullptr) {
            return {};
        }
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)"))) {
            return {};
        }
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace

void installEnglishPlurals() {
    static EnglishPlurals* plurals = nullptr;
    if (plurals == nullptr && QCoreApplication::instance() != nullptr) {
        plurals = new EnglishPlurals(QCoreApplication::instance());
        QCoreApplication::installTranslator(plurals);
    }
}

QString messageText(const Message& message) {
    return messageText(message, QLocale());
}

namespace {

/// One argument of an engine message in the locale's notation.
QString formatArg(const MessageArg& arg, const QLocale& locale) {
    switch (arg.kind) {
    case MessageArg::Kind::Integer:
        return locale.toString(static_cast<qlonglong>(arg.value));
    case MessageArg::Kind::Quantity: {
        // "42.5" from the engine, exact: the whole part grouped, the locale's decimal point.
        const QString english = QString::fromStdString(arg.asQuantity().toString());
        const qsizetype point = english.indexOf(QLatin1Char('.'));
        const QString whole = point < 0 ? english : english.left(point);
        bool ok = false;
        const qlonglong units = whole.toLongLong(&ok);
        if (!ok) {
            return english;
        }
        QString text = (units == 0 && whole.startsWith(QLatin1Char('-'))) ? QStringLiteral("-0")
                                                                          : locale.toString(units);
        if (point >= 0) {
            text += locale.decimalPoint() + english.mid(point + 1);
        }
        return text;
    }
    case MessageArg::Kind::Money:
        return formatMoney(arg.asMoney(), locale);
    case MessageArg::Kind::Percent:
        return formatPercent(arg.asPercent(), locale);
    case MessageArg::Kind::Date:
        return formatDate(arg.asDate(), locale);
    case MessageArg::Kind::Text:
        return arg.text != nullptr ? QCoreApplication::translate("EngineMessage", arg.text) : QString();
    }
    return {};
}

} // namespace

QString messageText(const Message& message, const QLocale& locale) {
    const char* source = engineMessageTemplate(message.id);
    if (source == nullptr || *source == '\0') {
        return QString::fromStdString(renderEnglish(message));
    }
    // The translation when there is one; QCoreApplication gives back the English template otherwise.
    const QString tmpl = QCoreApplication::translate("EngineMessage", source);
    QString out;
    out.reserve(tmpl.size() + 32);
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if (c == QLatin1Char('{') && i + 2 < tmpl.size() && tmpl.at(i + 1).isDigit() &&
            tmpl.at(i + 2) == QLatin1Char('}')) {
            const auto index = static_cast<std::size_t>(tmpl.at(i + 1).digitValue());
            if (index < message.argCount) {
                out += formatArg(message.args[index], locale);
            }
            i += 2;
            continue;
        }
        out += c;
    }
    return out;
}

QString fieldLabel(const QString& path, const Contract* contract) {
    static const QRegularExpression indexed(QStringLiteral("^([A-Za-z.]+)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const QRegularExpressionMatch m = indexed.match(path);
    if (!m.hasMatch()) {
        const QString label = catalogueLabel(path, false);
        return label.isEmpty() ? path : label;
    }
    const QString list = m.captured(1);
    const auto index = static_cast<std::size_t>(m.captured(2).toULongLong());
    const QString listLabel = catalogueLabel(list, true);
    QString label =
        (listLabel.isEmpty() ? list : listLabel) + QStringLiteral(", ") + entryLabel(list, index, contract);
    if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
        label += QStringLiteral(", ") + memberLabel(m.captured(3));
    }
    return label;
}

QString issueText(const ValidationIssue& issue, const Contract* contract) {
    return fieldLabel(fieldPath(issue), contract) + QStringLiteral(": ") + messageText(issue.message);
}

} // namespace attrition::ui
