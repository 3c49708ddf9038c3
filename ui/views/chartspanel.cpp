#include "views/chartspanel.h"

#include "charts/cancellationchart.h"
#include "charts/damagescurvechart.h"
#include "charts/nightbarschart.h"
#include "charts/pickuppacechart.h"
#include "models/cancellationschedulemodel.h"
#include "models/nightsummarymodel.h"
#include "models/pickuppacemodel.h"
#include "models/pickupsweepmodel.h"
#include "style/icons.h"
#include "style/theme.h"
#include "views/forecastpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <set>

namespace attrition::ui {

ChartsPanel::ChartsPanel(ContractDocument* document, NightSummaryModel* nights, QWidget* parent)
    : QTabWidget(parent)
    , sweep_(new PickupSweepModel(document, this))
    , nights_(nights)
    , cancellation_(new CancellationScheduleModel(document, this))
    , damagesChart_(new DamagesCurveChart(document, sweep_, this))
    , nightsChart_(new NightBarsChart(nights_, this))
    , cancellationChart_(new CancellationChart(document, cancellation_, this))
    , pace_(new PickupPaceModel(this))
    , paceChart_(new PickupPaceChart(pace_, this))
    , forecast_(new ForecastPanel(this))
    , toggle_(new QToolButton(this)) {
    // Five tabs in the width of the damages panel at 1280 pixels, in each language.
    useCompactTabs(tabBar());
    setDocumentMode(true);
    addTab(page(damagesChart_, sweep_, {}), QString());
    addTab(page(nightsChart_, nights_, {NightSummaryModel::IndexColumn}), QString());
    addTab(page(cancellationChart_, cancellation_, {}), QString());
    addTab(page(paceChart_, pace_, {}), QString());
    addTab(forecast_, QString());
    toggle_->setCheckable(true);
    toggle_->setAutoRaise(true);
    toggle_->setIcon(icon(Icon::Table));
    retranslate();
    setCornerWidget(toggle_, Qt::TopRightCorner);
    connect(toggle_, &QToolButton::toggled, this, &ChartsPanel::setShowTables);
}

void ChartsPanel::retranslate() {
    setTabText(0, tr("Damages"));
    setTabToolTip(0, tr("Damages owed against pickup, 0% to 150% of the block"));
    setTabText(1, tr("Nights"));
    setTabToolTip(1, tr("The block against the pickup, night by night"));
    setTabText(2, tr("Cancellation"));
    setTabToolTip(2, tr("The cancellation fee by the date notice is received"));
    setTabText(3, tr("Pace"));
    setTabToolTip(3, tr("Room nights picked up as of each stored pickup report, against the block and the "
                        "cutoff, and the forecast to arrival"));
    setTabText(4, tr("Forecast"));
    setTabToolTip(4, tr("How the pickup will likely end, what the group will likely owe, and what to "
                        "release at the next review date"));
    toggle_->setToolTip(toggle_->isChecked() ? tr("Show the charts")
                                             : tr("Show the figures behind the charts as tables"));
}

void ChartsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QTabWidget::changeEvent(event);
}

void ChartsPanel::setShowTables(bool tables) {
    toggle_->setChecked(tables);
    toggle_->setIcon(icon(tables ? Icon::Chart : Icon::Table));
    retranslate(); // the toggle's tooltip says what it does now
    for (QStackedWidget* stack : stacks_) {
        stack->setCurrentIndex(tables ? 1 : 0);
    }
}

QWidget* ChartsPanel::page(QChartView* chart, QAbstractItemModel* model, const QList<int>& hiddenColumns) {
    auto* stack = new QStackedWidget(this);
    stack->addWidget(chart);
    auto* table = new QTableView(stack);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setFrameShape(QFrame::NoFrame);
    for (int column : hiddenColumns) {
        table->setColumnHidden(column, true);
    }
    stack->addWidget(table);
    stacks_.append(stack);
    return stack;
}

} // namespace attrition::ui
