#include "json_strict.h"

#include "io_text.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace attrition::io::detail {

namespace {

/// An object or array being read, with what the path needs. Keys are the text between the quotes as
/// written, without a copy: views into the JSON text.
struct Frame {
    bool object = false;
    bool expectKey = true;              ///< in an object: the next string is a key
    std::string_view key;               ///< in an object: the key of the value being read
    std::vector<std::string_view> keys; ///< in an object: the keys seen
    qsizetype index = -1;               ///< in an array: the index of the value being read
};

QString keyText(std::string_view key) {
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

/// The path of the value being read in frames [0, depth - 1): the last frame is the one being read.
QString pathOf(const std::vector<Frame>& frames, std::size_t depth) {
    QString path = QStringLiteral("$");
    for (std::size_t i = 0; i + 1 < depth; ++i) {
        path += frames[i].object ? QLatin1Char('.') + keyText(frames[i].key)
                                 : QStringLiteral("[%1]").arg(frames[i].index);
    }
    return path;
}

std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size() + 1)};
}

/// Ends a number, true, false or null.
constexpr bool endsScalar(char c) {
    switch (c) {
    case ',':
    case ']':
    case '}':
    case ' ':
    case '\t':
    case '\n':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<StrictJsonProblem> strictJsonProblem(const QByteArray& json, CollectionItems* items) {
    // Frames are kept when an object or array ends, so that their lists of keys are reused.
    std::vector<Frame> frames;
    std::size_t depth = 0;
    const char* const data = json.constData();
    const qsizetype n = json.size();
    auto valueStarts = [&] {
        if (depth > 0 && !frames[depth - 1].object) {
            ++frames[depth - 1].index;
        }
    };
    auto push = [&](bool object) -> Frame& {
        if (depth == frames.size()) {
            frames.emplace_back();
        }
        Frame& f = frames[depth++];
        f.object = object;
        f.expectKey = true;
        f.key = {};
        f.keys.clear();
        f.index = -1;
        return f;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        switch (c) {
        case '{':
        case '[':
            valueStarts();
            if (items != nullptr) {
                if (depth == 1 && c == '[' && frames[0].object && frames[0].key == "contracts" &&
                    items->listStart < 0) {
                    items->listStart = i;
                } else if (depth == 2 && items->listStart >= 0 && items->listEnd < 0) {
                    if (c == '{') {
                        items->objects.emplace_back(i, -1);
                    } else {
                        items->onlyObjects = false;
                    }
                }
            }
            push(c == '{');
            if (items != nullptr) {
                items->deepest = std::max(items->deepest, depth);
            }
            break;
        case '}':
        case ']':
            if (depth > 0) {
                --depth;
            }
            if (items != nullptr && items->listStart >= 0 && items->listEnd < 0) {
                if (depth == 2 && c == '}' && !items->objects.empty() && items->objects.back().second < 0) {
                    items->objects.back().second = i;
                } else if (depth == 1 && c == ']') {
                    items->listEnd = i;
                }
            }
            break;
        case ':':
            if (depth > 0) {
                frames[depth - 1].expectKey = false;
            }
            break;
        case ',':
            if (depth > 0 && frames[depth - 1].object) {
                frames[depth - 1].expectKey = true;
            }
            break;
        case '"': {
            const qsizetype start = i;
            for (++i; i < n && data[i] != '"'; ++i) {
                const auto b = static_cast<unsigned char>(data[i]);
                if (b < 0x20) {
                    const auto [line, column] = lineAndColumn(json, i);
                    return StrictJsonProblem{
                        {},
                        ContractFileText::tr("malformed JSON at line %1, column %2 (byte %3): a control "
                                             "character (U+%4) inside a string; write it escaped, as \\u%4")
                            .arg(line)
                            .arg(column)
                            .arg(i)
                            .arg(b, 4, 16, QLatin1Char('0'))};
                }
                if (data[i] == '\\' && i + 1 < n) {
                    ++i;
                }
            }
            if (depth > 0 && frames[depth - 1].object && frames[depth - 1].expectKey) {
                Frame& f = frames[depth - 1];
                // Keys are compared as written: "a" and "\u0061" are not told to be the same.
                const std::string_view key(data + start + 1,
                                           static_cast<std::size_t>(std::min(i, n) - start - 1));
                f.key = key;
                if (std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end()) {
                    const auto [line, column] = lineAndColumn(json, start);
                    push(false); // pathOf() leaves out the last frame
                    return StrictJsonProblem{
                        pathOf(frames, depth),
                        ContractFileText::tr("the field is given twice in one object (again at line %1, "
                                             "column %2); give it once")
                            .arg(line)
                            .arg(column)};
                }
                f.keys.push_back(key);
            } else {
                valueStarts();
                if (items != nullptr && depth == 2 && items->listStart >= 0 && items->listEnd < 0) {
                    items->onlyObjects = false;
                }
            }
            break;
        }
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default: // a number, true, false or null: one value, up to the next delimiter
            valueStarts();
            if (items != nullptr && depth == 2 && items->listStart >= 0 && items->listEnd < 0) {
                items->onlyObjects = false;
            }
            while (i + 1 < n && !endsScalar(data[i + 1])) {
                ++i;
            }
            break;
        }
    }
    return std::nullopt;
}
bool looksLikeUtf16Or32(const QByteArray& bytes) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return true;
    }
    // JSON text starts with ASCII: in UTF-16 or UTF-32 without a byte order mark, a zero byte is among the
    // first four.
    return bytes.left(4).contains('\0');
}

} // namespace attrition::io::detail
