#include "attrition/io/csv.h"

#include "io_text.h"

#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <exception>

namespace attrition::io {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

/// Windows-1252 for the bytes 0x80..0x9F, where it differs from Latin-1 (0: undefined, kept as Latin-1).
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes) {
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* to = out.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        const char16_t mapped = b >= 0x80 && b < 0xA0 ? kWindows1252High[b - 0x80] : char16_t{0};
        *to++ = QChar(mapped != 0 ? mapped : char16_t{b});
    }
    return out;
}

/// The text of the file: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, or
/// else Windows-1252.
QString decode(const QByteArray& bytes) {
    QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool little = view.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringConverter::Flag::Stateless);
        QString text = utf16.decode(view.sliced(2));
        // Qt keeps a lone surrogate as it is: make it U+FFFD, so that every text read is valid Unicode
        // (and is written back to UTF-8 as it was read).
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                ++i;
            } else if (text[i].isSurrogate()) {
                text[i] = QChar::ReplacementCharacter;
            }
        }
        return text;
    }
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        return text;
    }
    return fromWindows1252(view);
}

bool isLineBreak(QChar c) {
    return c == kCr || c == kLf;
}

/// The delimiter of the first record: the most frequent of comma, semicolon and tab outside quotes;
/// on a tie the first of comma, semicolon, tab; comma when there is none.
QChar detectDelimiter(const QString& text) {
    const QChar* s = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && isLineBreak(s[i])) {
        ++i;
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool fieldStart = true; // a quote opens a quoted field only at its start, as the parser reads it
    for (; i < n; ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == kQuote) {
                if (i + 1 < n && s[i + 1] == kQuote) {
                    ++i; // a doubled quote
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        const bool atStart = fieldStart;
        fieldStart = false;
        if (c == kQuote && atStart) {
            quoted = true;
        } else if (isLineBreak(c)) {
            break;
        } else if (c == QLatin1Char(',')) {
            ++commas;
            fieldStart = true;
        } else if (c == QLatin1Char(';')) {
            ++semicolons;
            fieldStart = true;
        } else if (c == QLatin1Char('\t')) {
            ++tabs;
            fieldStart = true;
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return QLatin1Char(';');
    }
    if (tabs > commas && tabs > semicolons) {
        return QLatin1Char('\t');
    }
    return QLatin1Char(',');
}

/// A short, single-line rendering of text found in a file, for messages.
QString excerpt(QStringView s) {
    constexpr qsizetype kLongest = 40;
    QString out;
    for (const QChar c : s.left(kLongest)) {
        if (c == kLf) {
            out += QStringLiteral("\\n");
        } else if (c == kCr) {
            out += QStringLiteral("\\r");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("\\t");
        } else {
            out += c;
        }
    }
    if (s.size() > kLongest) {
        out += QStringLiteral("...");
    }
    return out;
}

class Parser {
public:
    Parser(const QString& text, QChar delimiter)
        : s_(text.constData())
        , n_(text.size())
        , delimiter_(delimiter) {}

    CsvParseResult run() {
        CsvParseResult result;
        result.table.delimiter = delimiter_;
        const auto lineBreaks = static_cast<std::size_t>(std::count(s_, s_ + n_, kLf));
        result.table.records.reserve(lineBreaks + 1);
        result.table.lines.reserve(lineBreaks + 1);
        std::size_t width = 0; // fields of the last record, to reserve for the next
        while (i_ < n_) {
            if (isLineBreak(s_[i_])) {
                lineBreak(); // a blank line
                continue;
            }
            const int recordLine = line_;
            std::vector<QString> fields;
            fields.reserve(width);
            for (;;) {
                const int column = static_cast<int>(fields.size()) + 1;
                if (i_ < n_ && s_[i_] == kQuote) {
                    std::optional<QString> value = quotedField(column, result);
                    if (!value) {
                        result.table = CsvTable{{}, {}, delimiter_};
                        return result;
                    }
                    fields.push_back(std::move(*value));
                } else {
                    const qsizetype start = i_;
                    while (i_ < n_ && s_[i_] != delimiter_ && !isLineBreak(s_[i_])) {
                        ++i_;
                    }
                    fields.emplace_back(s_ + start, i_ - start);
                }
                if (i_ < n_ && s_[i_] == delimiter_) {
                    ++i_;
                    continue;
                }
                if (i_ < n_) {
                    lineBreak();
                }
                break;
            }
            width = fields.size();
            result.table.records.push_back(std::move(fields));
            result.table.lines.push_back(recordLine);
        }
        return result;
    }

private:
    /// Consumes CRLF, LF or a lone CR.
    void lineBreak() {
        if (s_[i_] == kCr && i_ + 1 < n_ && s_[i_ + 1] == kLf) {
            ++i_;
        }
        ++i_;
        ++line_;
    }

    /// The quoted field at i_ (on its opening quote); nothing, with the error set, if it is malformed.
    std::optional<QString> quotedField(int column, CsvParseResult& result) {
        const int openedOn = line_;
        ++i_;
        QString value;
        qsizetype start = i_;
        for (;;) {
            if (i_ >= n_) {
                result.error = CsvError{
                    openedOn, column, {}, CsvFileText::tr("the quote that opens this field is never closed")};
                return std::nullopt;
            }
            const QChar c = s_[i_];
            if (c == kQuote) {
                if (i_ + 1 < n_ && s_[i_ + 1] == kQuote) {
                    value.append(s_ + start, i_ + 1 - start); // keeps one of the two quotes
                    i_ += 2;
                    start = i_;
                    continue;
                }
                value.append(s_ + start, i_ - start);
                ++i_;
                break;
            }
            if (c == kLf || (c == kCr && !(i_ + 1 < n_ && s_[i_ + 1] == kLf))) {
                ++line_;
            }
            ++i_;
        }
        // Spaces after the closing quote are tolerated; anything else is not.
        while (i_ < n_ && s_[i_] != delimiter_ &&
               (s_[i_] == QLatin1Char(' ') || s_[i_] == QLatin1Char('\t'))) {
            ++i_;
        }
        if (i_ < n_ && s_[i_] != delimiter_ && !isLineBreak(s_[i_])) {
            const qsizetype start2 = i_;
            qsizetype end = i_;
            while (end < n_ && s_[end] != delimiter_ && !isLineBreak(s_[end])) {
                ++end;
            }
            result.error = CsvError{
                line_,
                column,
                {},
                CsvFileText::tr("a quoted field must end at its closing quote, found \"%1\" after it")
                    .arg(excerpt(QStringView(s_ + start2, end - start2)))};
            return std::nullopt;
        }
        return value;
    }

    const QChar* s_;
    qsizetype n_;
    QChar delimiter_;
    qsizetype i_ = 0;
    int line_ = 1;
};

bool needsQuotes(const QString& field, QChar delimiter) {
    if (field.isEmpty()) {
        return false;
    }
    // A leading U+FEFF would be taken for the file's byte order mark at the start of the file.
    if (field.front().isSpace() || field.back().isSpace() || field.front() == QChar::ByteOrderMark) {
        return true;
    }
    // Any of the delimiters a reader may detect, not only this one: outside quotes, the written file then
    // holds no delimiter but its own, and reads back the same.
    return std::any_of(field.begin(), field.end(), [&](QChar c) {
        return c == delimiter || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t') ||
               c == kQuote || isLineBreak(c);
    });
}

} // namespace

QString CsvError::toString() const {
    if (line <= 0) {
        return message;
    }
    // One arg() call each, so that text from the file in the column's name or the message ("%1" in a cell)
    // is never taken for a placeholder.
    if (column <= 0) {
        //: A problem in a CSV file: %1 is the line, %2 what is wrong there.
        return CsvFileText::tr("line %1: %2").arg(QString::number(line), message);
    }
    if (columnName.isEmpty()) {
        //: A problem in a CSV file: %1 is the line, %2 the column's number, %3 what is wrong there.
        return CsvFileText::tr("line %1, column %2: %3")
            .arg(QString::number(line), QString::number(column), message);
    }
    //: A problem in a CSV file: %1 is the line, %2 the column's number, %3 the column's header as written in
    //: the file, %4 what is wrong there.
    return CsvFileText::tr("line %1, column %2 (%3): %4")
        .arg(QString::number(line), QString::number(column), columnName, message);
}

CsvParseResult parseCsv(const QByteArray& bytes) {
    try {
        const QString text = decode(bytes);
        return Parser(text, detectDelimiter(text)).run();
    } catch (const std::exception& e) {
        CsvParseResult result;
        result.error = CsvError{
            0, 0, {}, CsvFileText::tr("the file could not be read: %1").arg(QString::fromUtf8(e.what()))};
        return result;
    }
}

QByteArray writeCsv(const std::vector<std::vector<QString>>& records, QChar delimiter) {
    QString out;
    for (const std::vector<QString>& record : records) {
        if (record.size() == 1 && record.front().isEmpty()) {
            out += QStringLiteral("\"\""); // not a blank line, which a reader skips
        }
        for (std::size_t i = 0; i < record.size(); ++i) {
            if (i > 0) {
                out += delimiter;
            }
            const QString& field = record[i];
            if (needsQuotes(field, delimiter)) {
                QString escaped = field;
                escaped.replace(kQuote, QStringLiteral("\"\""));
                out += kQuote + escaped + kQuote;
            } else {
                out += field;
            }
        }
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace attrition::io
