// The language attrition-cli speaks to people, and the notation of what it writes for them.
#include "attrition/engine/validation.h"
#include "cli_support.h"
#include "text/language.h"
#include "text/messagetext.h"
#include "text/values.h"

namespace attrition::cli {

namespace {

/// The notation of texts for people: the locale of the installed language, or none for English.
std::optional<QLocale>& notation() {
    static std::optional<QLocale> locale;
    return locale;
}

} // namespace

void installSystemLanguage() {
    const QString language = ui::effectiveLanguage(QString());
    if (language == QLatin1String("en")) {
        notation().reset();
        return;
    }
    if (!ui::installLanguage(language)) {
        notation().reset();
        return;
    }
    notation() = ui::localeForLanguage(language);
}

io::TextNotation textNotation() {
    if (!notation()) {
        return {};
    }
    const QLocale locale = *notation();
    return {[locale](const Money& m) { return ui::formatMoney(m, locale); },
            [locale](Date d) { return ui::formatDate(d, locale); },
            [locale](Percent p) { return ui::formatPercent(p, locale); },
            [locale](const Message& m) {
                return ui::messageText(m, locale);
            }};
}

QString messageText(const Message& message) {
    return notation() ? ui::messageText(message, *notation())
                      : QString::fromStdString(renderEnglish(message));
}

std::vector<io::ReadError> validationProblems(const Contract& contract, const QString& root) {
    if (!notation()) {
        return io::validationErrors(contract, root);
    }
    std::vector<io::ReadError> out;
    for (const ValidationIssue& issue : validate(contract)) {
        out.push_back({io::jsonPathOf(issue.field, root), messageText(issue.message)});
    }
    return out;
}

std::vector<io::ReadError> validationWarningsOf(const Contract& contract, const QString& root) {
    std::vector<io::ReadError> out;
    for (const ValidationIssue& issue : validationWarnings(contract)) {
        out.push_back({io::jsonPathOf(issue.field, root), messageText(issue.message)});
    }
    return out;
}

} // namespace attrition::cli
