#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/message.h"
#include "attrition/engine/validation.h"

#include <QLocale>
#include <QString>
#include <cstddef>

namespace attrition::ui {

/// The text of an engine message as the user reads it. Every explanation, warning and validation message
/// the application shows passes through here, so that a translation can replace it in one place.
/// The template is translated in the context "EngineMessage" (English when the language has no
/// translation) and its arguments are written in the default locale's notation: amounts with the
/// currency's decimals and the locale's separators, dates in its short format, percentages.
QString messageText(const Message& message);

/// The same in the given locale's notation.
QString messageText(const Message& message, const QLocale& locale);

/// The English template of an engine message as marked for translation in the context "EngineMessage":
/// the same text as englishTemplate(id), with its {0}, {1}, ... placeholders.
const char* engineMessageTemplate(MessageId id) noexcept;
/// How many templates the table has: one per MessageId.
std::size_t engineMessageCount() noexcept;

/// What the user calls the field at an engine field path: the field catalogue's full label
/// (ContractField::fullLabel) translated in the context "MessageText", the path itself when the field has
/// none. "foodBeverage.minimum" is "F&B minimum"; "block[2].rooms" is "Room block, KING on Tue 11/5/2027,
/// rooms" when the contract is given, else "Room block, row 3, rooms".
QString fieldLabel(const QString& path, const Contract* contract = nullptr);

/// "F&B minimum: the amount must not be negative (-5.00)".
QString issueText(const ValidationIssue& issue, const Contract* contract = nullptr);

/// Until translations are installed, English plurals for the application's "%n night(s)" texts: "1 night",
/// "4 nights". Installing it twice does nothing.
void installEnglishPlurals();

/// The engine's path of a field, as a QString.
inline QString fieldPath(const ValidationIssue& issue) {
    return QString::fromStdString(issue.field);
}

} // namespace attrition::ui
