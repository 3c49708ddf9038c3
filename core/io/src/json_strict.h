#pragma once

// What Qt's JSON parser lets through but the JSON standard (RFC 8259) and the contract format do not.

#include <QByteArray>
#include <QString>
#include <optional>

namespace attrition::io::detail {

/// One problem: a JSON path ("$.block[2]") when it concerns a field, and the message.
struct StrictJsonProblem {
    QString path;
    QString message;
};

/// Checks text Qt has already parsed as JSON for what it accepts silently: a field given twice in one
/// object (Qt keeps the last one), and a raw control character inside a string. Returns the first problem.
std::optional<StrictJsonProblem> strictJsonProblem(const QByteArray& json);

/// The text is UTF-16 or UTF-32 (a byte order mark, or zero bytes between characters), which contract files
/// never are: they are UTF-8.
bool looksLikeUtf16Or32(const QByteArray& bytes);

} // namespace attrition::io::detail
