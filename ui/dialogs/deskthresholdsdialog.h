#pragma once

#include <QDialog>
// After Qt's headers: moc cannot read <concepts> (which <compare> brings) before them.
#include "session/deskthresholds.h"

class QAbstractSpinBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace attrition::ui {

/// Desk Thresholds: when the desk flags a group at risk (pace behind, no pickup movement, a review date
/// near with the forecast below the performance level), how its expected damages are obtained, and when an
/// account's usual rebooking cycle has passed. Each threshold has its unit and a sentence saying what it
/// flags; the spin boxes take only the ranges the engine accepts. Restore Defaults puts back the engine's
/// documented defaults (docs/FORECAST_METHODS.md).
class DeskThresholdsDialog : public QDialog {
    Q_OBJECT

public:
    explicit DeskThresholdsDialog(const DeskThresholds& thresholds, QWidget* parent = nullptr);

    DeskThresholds thresholds() const;
    void setThresholds(const DeskThresholds& thresholds);
    void restoreDefaults();

    QDoubleSpinBox* paceBehindBox() const { return paceBehind_; }
    QSpinBox* minPaceGroupsBox() const { return minPaceGroups_; }
    QSpinBox* stallDaysBox() const { return stallDays_; }
    QSpinBox* reviewWithinDaysBox() const { return reviewWithinDays_; }
    QSpinBox* damagesPointsBox() const { return damagesPoints_; }
    QDoubleSpinBox* cycleFactorBox() const { return cycleFactor_; }
    QSpinBox* minCycleEventsBox() const { return minCycleEvents_; }
    QSpinBox* trendEventsBox() const { return trendEvents_; }
    QPushButton* restoreDefaultsButton() const { return restore_; }

    void accept() override;

private:
    QDoubleSpinBox* paceBehind_;
    QSpinBox* minPaceGroups_;
    QSpinBox* stallDays_;
    QSpinBox* reviewWithinDays_;
    QSpinBox* damagesPoints_;
    QDoubleSpinBox* cycleFactor_;
    QSpinBox* minCycleEvents_;
    QSpinBox* trendEvents_;
    QPushButton* restore_ = nullptr;
    QLabel* problem_ = nullptr;
};

} // namespace attrition::ui
