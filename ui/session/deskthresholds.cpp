#include "session/deskthresholds.h"

#include <QCoreApplication>
#include <QSettings>

namespace attrition::ui {

namespace {

constexpr std::int64_t kTenth = Percent::kScale / 1000; // ppm in a tenth of a point

const char* const kPaceBehind = "desk/paceBehind";
const char* const kMinPaceGroups = "desk/minPaceGroups";
const char* const kStallDays = "desk/stallDays";
const char* const kReviewWithinDays = "desk/reviewWithinDays";
const char* const kDamagesPoints = "desk/damagesPoints";
const char* const kCycleFactor = "desk/cycleFactor";
const char* const kMinCycleEvents = "desk/minCycleEvents";
const char* const kTrendEvents = "desk/trendEvents";

QString tr(const char* text) {
    return QCoreApplication::translate("attrition::ui::DeskThresholdsDialog", text);
}

bool inTenths(Percent p, int minTenths, int maxTenths) {
    return p.partsPerMillion() >= minTenths * kTenth && p.partsPerMillion() <= maxTenths * kTenth;
}

} // namespace

void DeskThresholds::applyTo(forecast::AtRiskOptions& options) const {
    options.paceBehind = paceBehind;
    options.minPaceGroups = minPaceGroups;
    options.stallDays = stallDays;
    options.reviewWithinDays = reviewWithinDays;
    options.damagesPoints = damagesPoints;
}

AccountOptions DeskThresholds::accountOptions() const {
    AccountOptions options;
    options.cycleFactor = cycleFactor;
    options.minCycleEvents = minCycleEvents;
    options.trendEvents = trendEvents;
    return options;
}

QString deskThresholdsProblem(const DeskThresholds& t) {
    using namespace deskLimits;
    const auto range = [](const char* what, int min, int max) {
        return tr("%1 must be from %2 to %3.").arg(tr(what)).arg(min).arg(max);
    };
    if (!inTenths(t.paceBehind, kPaceBehindTenthsMin, kPaceBehindTenthsMax)) {
        return range(QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Pace behind by more than"),
                     kPaceBehindTenthsMin / 10, kPaceBehindTenthsMax / 10);
    }
    if (t.minPaceGroups < kMinPaceGroupsMin || t.minPaceGroups > kMinPaceGroupsMax) {
        return range(
            QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Comparable groups for the pace"),
            kMinPaceGroupsMin, kMinPaceGroupsMax);
    }
    if (t.stallDays < kStallDaysMin || t.stallDays > kStallDaysMax) {
        return range(QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "No pickup movement for"),
                     kStallDaysMin, kStallDaysMax);
    }
    if (t.reviewWithinDays < kReviewWithinDaysMin || t.reviewWithinDays > kReviewWithinDaysMax) {
        return range(QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Review date within"),
                     kReviewWithinDaysMin, kReviewWithinDaysMax);
    }
    if (t.damagesPoints < kDamagesPointsMin || t.damagesPoints > kDamagesPointsMax) {
        return range(
            QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Final pickups behind the damages"),
            kDamagesPointsMin, kDamagesPointsMax);
    }
    if (!inTenths(t.cycleFactor, kCycleFactorTenthsMin, kCycleFactorTenthsMax)) {
        return tr("%1 must be above 0 and at most %2.")
            .arg(tr(QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Rebooking cycle passed by")))
            .arg(kCycleFactorTenthsMax / 10);
    }
    if (t.minCycleEvents < kMinCycleEventsMin || t.minCycleEvents > kMinCycleEventsMax) {
        return range(QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Events for a usual cycle"),
                     kMinCycleEventsMin, kMinCycleEventsMax);
    }
    if (t.trendEvents < kTrendEventsMin || t.trendEvents > kTrendEventsMax) {
        return range(QT_TRANSLATE_NOOP("attrition::ui::DeskThresholdsDialog", "Events in the pickup trend"),
                     kTrendEventsMin, kTrendEventsMax);
    }
    return {};
}

DeskThresholds readDeskThresholds(const QSettings& settings) {
    const DeskThresholds defaults;
    DeskThresholds read;
    const auto percent = [&](const char* key, Percent fallback) {
        const QVariant v = settings.value(QLatin1String(key));
        if (!v.isValid()) {
            return fallback;
        }
        return Percent::parse(v.toString().trimmed().toStdString()).value_or(fallback);
    };
    const auto count = [&](const char* key, std::int32_t fallback) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key)).toInt(&ok);
        return ok ? static_cast<std::int32_t>(value) : fallback;
    };
    read.paceBehind = percent(kPaceBehind, defaults.paceBehind);
    read.minPaceGroups = count(kMinPaceGroups, defaults.minPaceGroups);
    read.stallDays = count(kStallDays, defaults.stallDays);
    read.reviewWithinDays = count(kReviewWithinDays, defaults.reviewWithinDays);
    read.damagesPoints = count(kDamagesPoints, defaults.damagesPoints);
    read.cycleFactor = percent(kCycleFactor, defaults.cycleFactor);
    read.minCycleEvents = count(kMinCycleEvents, defaults.minCycleEvents);
    read.trendEvents = count(kTrendEvents, defaults.trendEvents);
    // One value out of range (a settings file edited by hand) falls back to its default alone.
    const auto keep = [&](auto DeskThresholds::*member) {
        DeskThresholds one = defaults;
        one.*member = read.*member;
        if (!deskThresholdsProblem(one).isEmpty()) {
            read.*member = defaults.*member;
        }
    };
    keep(&DeskThresholds::paceBehind);
    keep(&DeskThresholds::minPaceGroups);
    keep(&DeskThresholds::stallDays);
    keep(&DeskThresholds::reviewWithinDays);
    keep(&DeskThresholds::damagesPoints);
    keep(&DeskThresholds::cycleFactor);
    keep(&DeskThresholds::minCycleEvents);
    keep(&DeskThresholds::trendEvents);
    return read;
}

void writeDeskThresholds(QSettings& settings, const DeskThresholds& t) {
    settings.setValue(QLatin1String(kPaceBehind), QString::fromStdString(t.paceBehind.toPointsString()));
    settings.setValue(QLatin1String(kMinPaceGroups), t.minPaceGroups);
    settings.setValue(QLatin1String(kStallDays), t.stallDays);
    settings.setValue(QLatin1String(kReviewWithinDays), t.reviewWithinDays);
    settings.setValue(QLatin1String(kDamagesPoints), t.damagesPoints);
    settings.setValue(QLatin1String(kCycleFactor), QString::fromStdString(t.cycleFactor.toPointsString()));
    settings.setValue(QLatin1String(kMinCycleEvents), t.minCycleEvents);
    settings.setValue(QLatin1String(kTrendEvents), t.trendEvents);
}

} // namespace attrition::ui
