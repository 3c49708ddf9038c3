#pragma once

// What Qt's JSON parser lets through but the JSON standard (RFC 8259) and the contract format do not.

#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace attrition::io::detail {

/// One problem: a JSON path ("$.block[2]") when it concerns a field, and the message.
struct StrictJsonProblem {
    QString path;
    QString message;
};

/// Where the contracts of a collection are in its text (see strictJsonProblem).
struct CollectionItems {
    qsizetype listStart = -1;                             ///< the '[' of "contracts"
    qsizetype listEnd = -1;                               ///< its ']'
    std::vector<std::pair<qsizetype, qsizetype>> objects; ///< the '{' and '}' of each item
    bool onlyObjects = true;                              ///< no item of the list is other than an object
    std::size_t deepest = 0;                              ///< the deepest nesting of the text
};

/// Checks JSON text for what Qt's parser accepts silently: a field given twice in one
/// object (Qt keeps the last one), and a raw control character inside a string. Returns the first problem.
///
/// With `items`, also notes where the contracts of a collection are in the text: the byte offsets of the
/// brackets of the root object's "contracts" array and of the braces of each object in it, so that each can
/// be parsed on its own.
std::optional<StrictJsonProblem> strictJsonProblem(const QByteArray& json, CollectionItems* items = nullptr);

/// The text is UTF-16 or UTF-32 (a byte order mark, or zero bytes between characters), which contract files
/// never are: they are UTF-8.
bool looksLikeUtf16Or32(const QByteArray& bytes);

} // namespace attrition::io::detail
