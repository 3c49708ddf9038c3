#include "charts/chartaxes.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetricsF>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

NiceScale niceScale(double most, int maxTicks) {
    maxTicks = std::max(maxTicks, 2);
    if (!(most > 0) || !std::isfinite(most)) {
        most = 1;
    }
    const int intervals = maxTicks - 1;
    const double rough = most / intervals;
    double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 0;
    for (;;) {
        for (const double f : {1.0, 2.0, 2.5, 5.0}) {
            if (f * power * intervals >= most * (1 - 1e-12)) {
                step = f * power;
                break;
            }
        }
        if (step > 0) {
            break;
        }
        power *= 10;
    }
    // A whole step of 2.5 only below tens would give labels like 0.25: keep 2.5 for 25 and up.
    if (step < 10 && std::abs(step / power - 2.5) < 1e-9) {
        step = 5 * power;
    }
    // The axes label whole numbers (amounts in major units, rooms, room nights): a step under 1 would label
    // ticks 0, 0, 0, 1, 1 (a curve owing nothing has its top at 1).
    step = std::max(step, 1.0);
    NiceScale s;
    s.step = step;
    const int n = static_cast<int>(std::ceil(most / step - 1e-9));
    s.tickCount = std::max(n, 1) + 1;
    s.top = step * (s.tickCount - 1);
    return s;
}

void applyNiceScale(QValueAxis* axis, double most, int maxTicks) {
    const NiceScale s = niceScale(most, maxTicks);
    axis->setRange(0, s.top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(s.tickCount);
}

std::vector<DateTick> monthTicks(QDate from, QDate to, int maxTicks, const QLocale& locale) {
    std::vector<DateTick> ticks;
    if (!from.isValid() || !to.isValid() || to < from) {
        return ticks;
    }
    maxTicks = std::max(maxTicks, 2);
    const auto monthIndex = [](QDate d) {
        return d.year() * 12 + d.month() - 1;
    };
    const QDate firstMonth(from.year(), from.month(), 1);
    const QDate firstStart = firstMonth < from ? firstMonth.addMonths(1) : firstMonth;
    const int starts = firstStart <= to ? monthIndex(to) - monthIndex(firstStart) + 1 : 0;
    const auto withYear = [&](const QString& line, QDate d) {
        return line.toHtmlEscaped() + QStringLiteral("<br>") + locale.toString(d, QStringLiteral("yyyy"));
    };
    if (starts < 2) {
        // Under two months: days, a week or so apart, the month's start among them.
        std::vector<QDate> days;
        for (QDate m = firstMonth; m <= to; m = m.addMonths(1)) {
            for (const int day : {1, 8, 15, 22}) {
                const QDate d(m.year(), m.month(), day);
                if (from <= d && d <= to) {
                    days.push_back(d);
                }
            }
        }
        for (const std::set<int>& keep : {std::set<int>{1, 15}, std::set<int>{1}}) {
            if (static_cast<int>(days.size()) <= maxTicks) {
                break;
            }
            std::erase_if(days, [&](QDate d) { return !keep.contains(d.day()); });
        }
        for (const QDate d : days) {
            const QString line = locale.toString(d, QStringLiteral("d MMM"));
            ticks.push_back({d, ticks.empty() ? withYear(line, d) : line.toHtmlEscaped()});
        }
        return ticks;
    }
    // Every month if they fit, else every 2nd, 3rd, 6th, 12th month... counted from January.
    int step = 1;
    const auto count = [&](int every) {
        int n = 0;
        for (int m = monthIndex(firstStart); m <= monthIndex(to); ++m) {
            n += m % every == 0 ? 1 : 0;
        }
        return n;
    };
    for (const int every : {1, 2, 3, 6, 12}) {
        step = every;
        if (count(every) <= maxTicks) {
            break;
        }
    }
    while (count(step) > maxTicks) {
        step += 12;
    }
    // Between the labelled months, every month start (every quarter's on a range of years) is still a tick
    // and a grid line, without a label.
    const int minor = step <= 3 ? 1 : 3;
    bool labelled = false;
    for (QDate d = firstStart; d <= to; d = d.addMonths(1)) {
        if (monthIndex(d) % minor != 0) {
            continue;
        }
        if (monthIndex(d) % step != 0) {
            ticks.push_back({d, QString()});
            continue;
        }
        const QString month = locale.standaloneMonthName(d.month(), QLocale::ShortFormat);
        ticks.push_back({d, !labelled || d.month() == 1 ? withYear(month, d) : month.toHtmlEscaped()});
        labelled = true;
    }
    return ticks;
}

void applyMonthTicks(QCategoryAxis* axis, QDate from, QDate to, int maxTicks) {
    const auto ms = [](QDate d) {
        return static_cast<qreal>(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch());
    };
    std::vector<DateTick> ticks = monthTicks(from, to, maxTicks);
    // The axis gives each label an equal share of its width, the ticks without a label counted too: where the
    // ticks between the labels would leave a label too narrow a share (and cut it, "nov 2..."), only the
    // labelled ticks stay.
    if (static_cast<int>(ticks.size()) > maxTicks) {
        std::erase_if(ticks, [](const DateTick& t) { return t.label.isEmpty(); });
    }
    QStringList labels;
    QList<qreal> ends;
    std::set<QString> used;
    for (const DateTick& t : ticks) {
        // The axis knows its ticks by their labels: one that repeats (March of two years) is told apart
        // by a comment, which is not drawn.
        QString label = t.label;
        if (label.isEmpty() || !used.insert(label).second) {
            label += QStringLiteral("<!--%1-->").arg(t.date.toString(Qt::ISODate));
            used.insert(label);
        }
        labels << label;
        ends << ms(t.date);
    }
    const qreal min = ms(from);
    const qreal max = ms(std::max(from.addDays(1), to));
    bool same = axis->categoriesLabels() == labels && axis->min() == min && axis->max() == max;
    for (qsizetype i = 0; same && i < labels.size(); ++i) {
        same = axis->endValue(labels[i]) == ends[i];
    }
    if (same) {
        return;
    }
    for (const QString& label : axis->categoriesLabels()) {
        axis->remove(label);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(min, max);
    axis->setStartValue(min);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        axis->append(labels[i], ends[i]);
    }
}

int dateTicksThatFit(qreal width, const QFont& font) {
    const QFontMetricsF metrics(font);
    const QLocale locale;
    qreal widest = metrics.horizontalAdvance(locale.toString(QDate(2000, 12, 28), QStringLiteral("yyyy")));
    for (int m = 1; m <= 12; ++m) {
        widest =
            std::max(widest, metrics.horizontalAdvance(locale.standaloneMonthName(m, QLocale::ShortFormat)));
    }
    const qreal each = widest + metrics.height() * 0.6;
    return std::max(2, static_cast<int>(width / each));
}

void applyPickupScale(QValueAxis* axis, double most) {
    const double top = std::max(150.0, std::ceil(most / 25.0) * 25.0);
    const double step = top <= 200 ? 25.0 : 50.0;
    const int intervals = static_cast<int>(std::ceil(top / step - 1e-9));
    axis->setRange(0, step * intervals);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(intervals + 1);
}

} // namespace attrition::ui
