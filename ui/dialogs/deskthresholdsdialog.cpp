#include "dialogs/deskthresholdsdialog.h"

#include "style/theme.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace attrition::ui {

namespace {

constexpr std::int64_t kTenth = Percent::kScale / 1000; // ppm in a tenth of a point

QSpinBox* countBox(int min, int max, const QString& suffix, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    box->setKeyboardTracking(true);
    return box;
}

QDoubleSpinBox* percentBox(int minTenths, int maxTenths, const QString& suffix, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(1);
    box->setRange(minTenths / 10.0, maxTenths / 10.0);
    box->setSingleStep(1.0);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}

/// A percentage to a tenth of a point, for a spin box (tenths are exact in a double's decimal reading).
double tenthsOf(Percent p) {
    return static_cast<double>(p.partsPerMillion() / kTenth) / 10.0;
}

/// The spin box's value as a Percent, rounded to a tenth of a point half away from zero.
Percent percentOf(const QDoubleSpinBox* box) {
    return Percent::fromPartsPerMillion(static_cast<std::int64_t>(std::llround(box->value() * 10.0)) *
                                        kTenth);
}

/// One threshold: its label, its spin box and under them the sentence saying what it flags.
void addRow(QGridLayout* grid, const QString& label, QAbstractSpinBox* box, const QString& help) {
    const int row = grid->rowCount();
    auto* name = new QLabel(label, grid->parentWidget());
    name->setBuddy(box);
    auto* sentence = new QLabel(help, grid->parentWidget());
    sentence->setWordWrap(true);
    sentence->setMinimumWidth(46 * sentence->fontMetrics().horizontalAdvance(QLatin1Char('x')));
    setTextTone(sentence, TextTone::Muted);
    box->setToolTip(help);
    grid->addWidget(name, row, 0);
    grid->addWidget(box, row, 1);
    grid->addWidget(sentence, row, 2);
}

} // namespace

DeskThresholdsDialog::DeskThresholdsDialog(const DeskThresholds& thresholds, QWidget* parent)
    : QDialog(parent) {
    using namespace deskLimits;
    setWindowTitle(tr("Desk Thresholds"));
    auto* intro = new QLabel(tr("When the desk flags a group or an account. The defaults are those of "
                                "attrition-cli; a change recomputes the desk."),
                             this);
    intro->setWordWrap(true);

    paceBehind_ = percentBox(kPaceBehindTenthsMin, kPaceBehindTenthsMax, tr(" points"), this);
    minPaceGroups_ = countBox(kMinPaceGroupsMin, kMinPaceGroupsMax, tr(" groups"), this);
    stallDays_ = countBox(kStallDaysMin, kStallDaysMax, tr(" days"), this);
    reviewWithinDays_ = countBox(kReviewWithinDaysMin, kReviewWithinDaysMax, tr(" days"), this);
    damagesPoints_ = countBox(kDamagesPointsMin, kDamagesPointsMax, tr(" pickups"), this);
    cycleFactor_ = percentBox(kCycleFactorTenthsMin, kCycleFactorTenthsMax, tr(" %"), this);
    minCycleEvents_ = countBox(kMinCycleEventsMin, kMinCycleEventsMax, tr(" events"), this);
    trendEvents_ = countBox(kTrendEventsMin, kTrendEventsMax, tr(" events"), this);
    paceBehind_->setObjectName(QStringLiteral("paceBehind"));
    minPaceGroups_->setObjectName(QStringLiteral("minPaceGroups"));
    stallDays_->setObjectName(QStringLiteral("stallDays"));
    reviewWithinDays_->setObjectName(QStringLiteral("reviewWithinDays"));
    damagesPoints_->setObjectName(QStringLiteral("damagesPoints"));
    cycleFactor_->setObjectName(QStringLiteral("cycleFactor"));
    minCycleEvents_->setObjectName(QStringLiteral("minCycleEvents"));
    trendEvents_->setObjectName(QStringLiteral("trendEvents"));

    auto* groups = new QGroupBox(tr("Groups at risk"), this);
    auto* groupGrid = new QGridLayout(groups);
    groupGrid->setColumnStretch(2, 1);
    addRow(groupGrid, tr("&Pace behind by more than"), paceBehind_,
           tr("Flags a group whose share of the block on the books trails the comparable past groups at the "
              "same day before arrival by more than this many points of the block."));
    addRow(groupGrid, tr("&Comparable groups for the pace"), minPaceGroups_,
           tr("With fewer comparable past groups having a pickup history, the pace is not known and never "
              "flagged."));
    addRow(groupGrid, tr("&No pickup movement for"), stallDays_,
           tr("Flags a group whose pickup reports have not moved for this many days while its forecast "
              "expects rooms to be picked up over them."));
    addRow(groupGrid, tr("&Review date within"), reviewWithinDays_,
           tr("Flags a group whose next review date is this near while its forecast final pickup is below "
              "the performance level."));
    addRow(groupGrid, tr("&Final pickups behind the damages"), damagesPoints_,
           tr("The expected damages are the mean over this many equally likely final pickups; more is "
              "smoother and slower."));

    auto* accounts = new QGroupBox(tr("Accounts"), this);
    auto* accountGrid = new QGridLayout(accounts);
    accountGrid->setColumnStretch(2, 1);
    addRow(accountGrid, tr("Rebooking c&ycle passed by"), cycleFactor_,
           tr("Flags an account whose last event is longer ago than its usual time between events times "
              "this percentage."));
    addRow(accountGrid, tr("&Events for a usual cycle"), minCycleEvents_,
           tr("An account with fewer events has no usual rebooking cycle and is never flagged for it."));
    addRow(accountGrid, tr("Events in the pickup &trend"), trendEvents_,
           tr("How many of the account's last events with a final pickup its pickup trend shows."));

    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    setTextTone(problem_, TextTone::Error);
    problem_->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    restore_ = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    restore_->setText(tr("&Restore Defaults"));
    connect(restore_, &QPushButton::clicked, this, &DeskThresholdsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeskThresholdsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeskThresholdsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(groups);
    layout->addWidget(accounts);
    layout->addWidget(problem_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setThresholds(thresholds);
    // Wide enough for each sentence to take two lines at most.
    resize(std::max(sizeHint().width(), 118 * fontMetrics().horizontalAdvance(QLatin1Char('x'))),
           sizeHint().height());
}

DeskThresholds DeskThresholdsDialog::thresholds() const {
    DeskThresholds t;
    t.paceBehind = percentOf(paceBehind_);
    t.minPaceGroups = minPaceGroups_->value();
    t.stallDays = stallDays_->value();
    t.reviewWithinDays = reviewWithinDays_->value();
    t.damagesPoints = damagesPoints_->value();
    t.cycleFactor = percentOf(cycleFactor_);
    t.minCycleEvents = minCycleEvents_->value();
    t.trendEvents = trendEvents_->value();
    return t;
}

void DeskThresholdsDialog::setThresholds(const DeskThresholds& t) {
    paceBehind_->setValue(tenthsOf(t.paceBehind));
    minPaceGroups_->setValue(t.minPaceGroups);
    stallDays_->setValue(t.stallDays);
    reviewWithinDays_->setValue(t.reviewWithinDays);
    damagesPoints_->setValue(t.damagesPoints);
    cycleFactor_->setValue(tenthsOf(t.cycleFactor));
    minCycleEvents_->setValue(t.minCycleEvents);
    trendEvents_->setValue(t.trendEvents);
    problem_->hide();
}

void DeskThresholdsDialog::restoreDefaults() {
    setThresholds(DeskThresholds{});
}

void DeskThresholdsDialog::accept() {
    // A value typed past its range is not taken by the spin box; what it holds is checked once more.
    const QString problem = deskThresholdsProblem(thresholds());
    if (!problem.isEmpty()) {
        problem_->setText(problem);
        problem_->show();
        return;
    }
    QDialog::accept();
}

} // namespace attrition::ui
