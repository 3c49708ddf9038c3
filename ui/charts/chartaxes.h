#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <vector>

class QCategoryAxis;
class QFont;
class QValueAxis;

namespace attrition::ui {

/// An amount axis from zero: a round top and a round step (1, 2, 2.5 or 5 times a power of ten).
struct NiceScale {
    double top = 0;
    double step = 0;
    int tickCount = 0; ///< ticks including zero and the top
};

/// The scale from zero that holds `most` with at most `maxTicks` ticks (counting zero) and round steps.
NiceScale niceScale(double most, int maxTicks = 6);

/// Puts `axis` on niceScale(most, maxTicks).
void applyNiceScale(QValueAxis* axis, double most, int maxTicks = 6);

/// Puts a pickup axis (percent of the block) from 0 to at least 150 and past `most`, in steps of 25
/// (of 50 above 200).
void applyPickupScale(QValueAxis* axis, double most);

/// A tick of a date axis: the day it stands on and its label (HTML: a second line holds the year; empty for
/// a tick and grid line without a label).
struct DateTick {
    QDate date;
    QString label;
};

/// The ticks of a date axis from `from` to `to` (both included), on the first day of every month. At most
/// `maxTicks` of them are labelled: every month while they fit, else every 2nd, 3rd, 6th or 12th month (odd
/// months, quarters, half years, Januaries); the others have an empty label. Past every 3rd month only the
/// quarter starts are ticks. A range that holds fewer than two month starts has its ticks on the 1st, 8th,
/// 15th and 22nd of the month instead, all labelled. Labels are the locale's month abbreviations ("d MMM"
/// for days), with the year under the first labelled tick and under each January.
std::vector<DateTick> monthTicks(QDate from, QDate to, int maxTicks = 12, const QLocale& locale = QLocale());

/// Puts a date axis (its values the milliseconds since the epoch of each day's local midnight) over `from`
/// to `to`, its ticks and grid lines at monthTicks(from, to, maxTicks): only its labelled ticks when all of
/// them would be more than `maxTicks` (the axis shares its width among all its ticks, labelled or not).
void applyMonthTicks(QCategoryAxis* axis, QDate from, QDate to, int maxTicks);

/// As many date ticks as fit in `width` pixels of an axis labelled in `font`.
int dateTicksThatFit(qreal width, const QFont& font);

} // namespace attrition::ui
