#pragma once

// What the plain-text reports share: the notation of one report and aligned tables.

#include "attrition/engine/message.h"
#include "attrition/io/text_report.h"
#include "json_support.h"

#include <QStringList>
#include <algorithm>
#include <vector>

namespace attrition::io::detail {

/// The notation of one report: the caller's functions, or the English defaults.
class Writer {
public:
    Writer(const TextNotation& notation, Currency currency)
        : notation_(notation)
        , currency_(currency) {}

    QString amount(const Money& m) const {
        const Money shown = m.currency().isValid() ? m : Money(m.minorUnits(), currency_);
        return notation_.amount ? notation_.amount(shown) : QString::fromStdString(shown.toDisplayString());
    }
    QString date(Date d) const { return notation_.date ? notation_.date(d) : detail::dateText(d); }
    QString percent(Percent p) const { return notation_.percent ? notation_.percent(p) : text(p.toString()); }
    QString message(const Message& m) const {
        return notation_.message ? notation_.message(m) : QString::fromStdString(renderEnglish(m));
    }

private:
    const TextNotation& notation_;
    Currency currency_;
};

/// A table: the first row is the header; every column is right-aligned except the first when `leftFirst`.
inline QString table(const std::vector<QStringList>& rows, bool leftFirst) {
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i) {
            auto& w = widths[static_cast<std::size_t>(i)];
            w = std::max(w, row[i].size());
        }
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const auto w = widths[static_cast<std::size_t>(i)];
            if (i > 0) {
                line += QStringLiteral("  ");
            }
            line += i == 0 && leftFirst ? row[i].leftJustified(w, QLatin1Char(' '))
                                        : row[i].rightJustified(w, QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace attrition::io::detail
