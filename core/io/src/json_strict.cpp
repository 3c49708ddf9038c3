#include "json_strict.h"

#include "io_text.h"

#include <set>
#include <utility>
#include <vector>

namespace attrition::io::detail {

namespace {

/// An object or array being read, with what the path needs.
struct Frame {
    bool object = false;
    bool expectKey = true;  ///< in an object: the next string is a key
    QString key;            ///< in an object: the key of the value being read
    std::set<QString> keys; ///< in an object: the keys seen
    qsizetype index = -1;   ///< in an array: the index of the value being read
};

QString pathOf(const std::vector<Frame>& frames) {
    QString path = QStringLiteral("$");
    for (std::size_t i = 0; i + 1 < frames.size(); ++i) { // the last frame is the one being read
        path +=
            frames[i].object ? QLatin1Char('.') + frames[i].key : QStringLiteral("[%1]").arg(frames[i].index);
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

} // namespace

std::optional<StrictJsonProblem> strictJsonProblem(const QByteArray& json) {
    std::vector<Frame> frames;
    const qsizetype n = json.size();
    auto valueStarts = [&] {
        if (!frames.empty() && !frames.back().object) {
            ++frames.back().index;
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            valueStarts();
            frames.emplace_back().object = c == '{';
            break;
        case '}':
        case ']':
            if (!frames.empty()) {
                frames.pop_back();
            }
            break;
        case ':':
            if (!frames.empty()) {
                frames.back().expectKey = false;
            }
            break;
        case ',':
            if (!frames.empty() && frames.back().object) {
                frames.back().expectKey = true;
            }
            break;
        case '"': {
            const qsizetype start = i;
            QByteArray raw;
            for (++i; i < n && json[i] != '"'; ++i) {
                const auto b = static_cast<unsigned char>(json[i]);
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
                if (json[i] == '\\' && i + 1 < n) {
                    raw += json[i];
                    ++i;
                }
                raw += json[i];
            }
            if (!frames.empty() && frames.back().object && frames.back().expectKey) {
                Frame& f = frames.back();
                // Keys are compared as written: "a" and "\u0061" are not told to be the same.
                const QString key = QString::fromUtf8(raw);
                f.key = key;
                if (!f.keys.insert(key).second) {
                    const auto [line, column] = lineAndColumn(json, start);
                    frames.emplace_back(); // pathOf() leaves out the last frame
                    return StrictJsonProblem{
                        pathOf(frames),
                        ContractFileText::tr("the field is given twice in one object (again at line %1, "
                                             "column %2); give it once")
                            .arg(line)
                            .arg(column)};
                }
            } else {
                valueStarts();
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
            while (i + 1 < n && QByteArrayView(",]} \t\n\r").indexOf(json[i + 1]) < 0) {
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
