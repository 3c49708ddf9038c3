#include "charts/charts.h"

#include "models/chartmodels.h"
#include "session/contractdocument.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/values.h"
#include "views/forecastpanel.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

namespace {

QDateTime chartDateTime(Date d) {
    return QDateTime(toQDate(d), QTime(0, 0));
}

double chartAmount(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

/// Set on a series that the wrapping legend leaves out.
constexpr const char* kNotInLegend = "notInLegend";

void hideFromLegend(QChart* chart, QAbstractSeries* series) {
    series->setProperty(kNotInLegend, true);
    for (QLegendMarker* marker : chart->legend()->markers(series)) {
        marker->setVisible(false);
    }
}

/// The y axis from zero to a round number above `most`, with a little room above the highest point.
void fitAmountAxis(QValueAxis* axis, double most) {
    applyNiceScale(axis, most > 0 ? most * 1.04 : 0.0);
}

QString currencyTitle(const ContractDocument* document) {
    const Currency c = document->contract().currency;
    return c.isValid() ? QString::fromLatin1(c.code().data(), 3) : QString();
}

} // namespace

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
    QStringList labels;
    QList<qreal> ends;
    std::set<QString> used;
    for (const DateTick& t : monthTicks(from, to, maxTicks)) {
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

void styleChart(QChart* chart, const QPalette& palette) {
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 10, 4));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = mutedTextColor(palette);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    QFont font = QApplication::font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    chart->setTitleBrush(text);
    chart->setTitleFont(font);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(small);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(muted);
        axis->setLabelsFont(small);
        axis->setTitleBrush(muted);
        axis->setTitleFont(small);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
}

StyledChartView::StyledChartView(QWidget* parent)
    : QChartView(new QChart, parent)
    , empty_(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(180);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextTone(empty_, TextTone::Muted);
    empty_->hide();
}

void StyledChartView::setEmptyText(const QString& text) {
    empty_->setText(text);
    empty_->setVisible(!text.isEmpty());
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setVisible(text.isEmpty());
    }
    if (legend_ != nullptr) {
        legend_->setVisible(text.isEmpty());
        placeLegend();
    } else {
        chart()->legend()->setVisible(text.isEmpty());
    }
}

QString StyledChartView::legendText() const {
    if (legend_ == nullptr) {
        return {};
    }
    QTextDocument plain;
    plain.setHtml(legend_->text());
    return plain.toRawText();
}

void StyledChartView::useWrappingLegend() {
    if (legend_ != nullptr) {
        return;
    }
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("chartLegend"));
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    legend_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    legend_->setAttribute(Qt::WA_TransparentForMouseEvents);
    legend_->setAutoFillBackground(false);
    chart()->legend()->hide();
    updateLegend();
}

void StyledChartView::useChartLegend() {
    delete legend_;
    legend_ = nullptr;
    placeLegend();
    chart()->legend()->setVisible(emptyText().isEmpty());
}

void StyledChartView::updateLegend() {
    if (legend_ == nullptr) {
        return;
    }
    chart()->legend()->hide();
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend_->setFont(small);
    QPalette p = legend_->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    legend_->setPalette(p);
    QStringList entries;
    for (QAbstractSeries* series : chart()->series()) {
        if (!series->isVisible() || series->name().isEmpty() || series->property(kNotInLegend).toBool()) {
            continue;
        }
        QColor color;
        QString glyph;
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            color = area->brush().color();
            color.setAlphaF(std::min(1.0f, color.alphaF() * 3.0f));
            glyph = QStringLiteral("\u25A0");
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            color = xy->pen().color();
            glyph = xy->pen().style() == Qt::SolidLine ? QStringLiteral("\u2501\u2501")
                                                       : QStringLiteral("\u2505\u2505");
        }
        // Non-breaking inside an entry, so that lines break only between entries.
        entries << QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                       .arg(color.name(), glyph,
                            series->name().toHtmlEscaped().replace(QLatin1Char(' '),
                                                                   QStringLiteral("&nbsp;")));
    }
    legend_->setText(entries.join(QStringLiteral(" &nbsp; ")));
    placeLegend();
}

void StyledChartView::placeLegend() {
    QMargins margins(6, 6, 10, 4);
    if (legend_ != nullptr && !legend_->isHidden() && !legend_->text().isEmpty()) {
        const int width = std::max(80, this->width() - 16);
        const int height = legend_->heightForWidth(width);
        legend_->setGeometry(8, this->height() - height - 4, width, height);
        margins.setBottom(height + 8);
    }
    chart()->setMargins(margins);
}

QString StyledChartView::emptyText() const {
    return empty_->text();
}

void StyledChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    empty_->setGeometry(rect().adjusted(24, 24, -24, -24));
    placeLegend();
}

void StyledChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        styleChart(chart(), palette());
        recolor();
        updateLegend();
    } else if (event->type() == QEvent::LanguageChange) {
        // The axes' numbers and dates in the locale of the moment, then the chart's own texts.
        chart()->setLocale(QLocale());
        retranslate();
        updateLegend();
    }
    QChartView::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------

DamagesCurveChart::DamagesCurveChart(ContractDocument* document, PickupSweepModel* model, QWidget* parent)
    : StyledChartView(parent)
    , document_(document)
    , model_(model)
    , performanceLabel_(new QGraphicsSimpleTextItem(chart()))
    , nowLabel_(new QGraphicsSimpleTextItem(chart()))
    , total_(new QLineSeries(this))
    , rooms_(new QLineSeries(this))
    , performance_(new QLineSeries(this))
    , nowLine_(new QLineSeries(this))
    , now_(new QScatterSeries(this))
    , x_(new QValueAxis(this))
    , y_(new QValueAxis(this)) {
    auto* proxy = new ChartValueProxy(this);
    proxy->setSourceModel(model_);
    const auto map = [&](QLineSeries* series, int yColumn) {
        new XYSeriesMapper(proxy, PickupSweepModel::PickupColumn, yColumn, series, this);
    };
    map(total_, PickupSweepModel::TotalOwedColumn);
    map(rooms_, PickupSweepModel::RoomDamagesColumn);

    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{rooms_, total_, performance_, nowLine_, now_}) {
        c->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    applyPickupScale(x_, 150);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    y_->setLabelFormat(QStringLiteral("%.0f"));
    now_->setMarkerSize(11);
    performanceLabel_->setZValue(20);
    nowLabel_->setZValue(20);
    styleChart(c, palette());
    recolor();
    connect(c, &QChart::plotAreaChanged, this, &DamagesCurveChart::placeLabels);
    connect(model_, &QAbstractItemModel::modelReset, this, &DamagesCurveChart::updateAxes);
    connect(model_, &QAbstractItemModel::dataChanged, this, &DamagesCurveChart::updateAxes);
    connect(document_, &ContractDocument::contractChanged, this, &DamagesCurveChart::updateMarkers);
    retranslate();
}

void DamagesCurveChart::retranslate() {
    total_->setName(tr("Total owed"));
    rooms_->setName(tr("Room attrition"));
    x_->setTitleText(tr("Pickup, % of the block"));
    updateAxes(); // the y axis's title, what an empty chart says and the markers' names
}

void DamagesCurveChart::recolor() {
    const QPalette p = palette();
    total_->setPen(QPen(seriesColor(0, p), 2.6));
    rooms_->setPen(QPen(seriesColor(1, p), 1.6, Qt::DashLine));
    QPen perf(mutedTextColor(p), 1.4, Qt::DashDotLine);
    performance_->setPen(perf);
    QPen nowPen(seriesColor(4, p), 1.2, Qt::DotLine);
    nowLine_->setPen(nowPen);
    now_->setColor(seriesColor(4, p));
    now_->setBorderColor(p.color(QPalette::Base));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    performanceLabel_->setFont(small);
    performanceLabel_->setBrush(mutedTextColor(p));
    nowLabel_->setFont(small);
    nowLabel_->setBrush(seriesColor(4, p));
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{performance_, nowLine_, now_}) {
        hideFromLegend(chart(), s);
    }
}

void DamagesCurveChart::placeLabels() {
    const QRectF area = chart()->plotArea();
    const auto place = [&](QGraphicsSimpleTextItem* label, QXYSeries* line) {
        if (line->count() < 2 || !line->isVisible()) {
            label->hide();
            return;
        }
        const QPointF at = chart()->mapToPosition(line->at(1), line);
        const QRectF box = label->boundingRect();
        // Beside the line, at the top of the plot; on its left when it would leave the plot.
        qreal x = at.x() + 5;
        if (x + box.width() > area.right()) {
            x = at.x() - 5 - box.width();
        }
        label->setPos(x, area.top() + (label == nowLabel_ ? box.height() + 4 : 2));
        label->show();
    };
    place(performanceLabel_, performance_);
    place(nowLabel_, nowLine_);
}

void DamagesCurveChart::updateAxes() {
    setEmptyText(model_->rowCount() > 0 ? QString()
                                        : tr("The curve appears once the contract can be assessed."));
    fitAmountAxis(y_, model_->maximum());
    y_->setTitleText(tr("Owed, %1").arg(currencyTitle(document_)));
    updateMarkers();
}

void DamagesCurveChart::updateMarkers() {
    const Contract& c = document_->contract();
    const Results& r = document_->results();
    const double top = y_->max();
    const QLocale locale;
    if (c.attrition.enabled && r.assessment) {
        const double p = static_cast<double>(c.attrition.performanceLevel.partsPerMillion()) / 10'000.0;
        performance_->replace(QList<QPointF>{{p, 0}, {p, top}});
        performance_->setName(
            tr("Performance level %1").arg(formatPercent(c.attrition.performanceLevel, locale)));
        performanceLabel_->setText(
            tr("%1 performance level").arg(formatPercent(c.attrition.performanceLevel, locale)));
        performance_->setVisible(true);
    } else {
        performance_->clear();
        performance_->setVisible(false);
    }
    if (r.assessment && !r.pickupSweep.empty()) {
        const Assessment& a = *r.assessment;
        const double x = static_cast<double>(a.pickupPercent.partsPerMillion()) / 10'000.0;
        double y = chartAmount(a.totalOwed);
        if (a.cancelled) { // the curve is the contract's without the cancellation
            const auto at = static_cast<std::size_t>(
                std::clamp(static_cast<long>(x + 0.5), 0L, static_cast<long>(r.pickupSweep.size() - 1)));
            y = chartAmount(r.pickupSweep[at].totalOwed);
        }
        applyPickupScale(x_, x + 10);
        nowLine_->replace(QList<QPointF>{{x, 0}, {x, top}});
        now_->replace(QList<QPointF>{{x, y}});
        now_->setName(tr("Now: %1 picked up").arg(formatPercent(a.pickupPercent, locale)));
        nowLabel_->setText(tr("Now %1").arg(formatPercentRounded(a.pickupPercent, 1, locale)));
        nowLine_->setVisible(true);
        now_->setVisible(true);
    } else {
        nowLine_->clear();
        now_->clear();
        now_->setVisible(false);
        nowLine_->setVisible(false);
    }
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{performance_, nowLine_, now_}) {
        hideFromLegend(chart(), s);
    }
    placeLabels();
}

// ---------------------------------------------------------------------------------------------------------

NightBarsChart::NightBarsChart(NightSummaryModel* model, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , bars_(new QBarSeries(this))
    , required_(new QLineSeries(this))
    , x_(new QBarCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    auto* proxy = new ChartValueProxy(this);
    proxy->setSourceModel(model_);
    auto* barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(NightSummaryModel::RevisedColumn);
    barMapper->setLastBarSetColumn(NightSummaryModel::CountedColumn);
    barMapper->setSeries(bars_);
    barMapper->setModel(proxy);
    new XYSeriesMapper(proxy, NightSummaryModel::IndexColumn, NightSummaryModel::RequiredColumn, required_,
                       this);
    bars_->setBarWidth(0.75);

    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    c->addSeries(bars_);
    bars_->attachAxis(x_);
    bars_->attachAxis(y_);
    c->addSeries(required_);
    required_->attachAxis(x_);
    required_->attachAxis(y_);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(c, palette());
    recolor();
    connect(model_, &QAbstractItemModel::modelReset, this, &NightBarsChart::updateAxes);
    connect(model_, &QAbstractItemModel::dataChanged, this, &NightBarsChart::updateAxes);
    retranslate();
}

void NightBarsChart::retranslate() {
    // The bars are named by the model's headers (the mapper reads them again when they change).
    required_->setName(tr("Required"));
    y_->setTitleText(tr("Rooms"));
    updateAxes(); // what an empty chart says, the nights' labels
}

void NightBarsChart::recolor() {
    const QPalette p = palette();
    const QList<QBarSet*> sets = bars_->barSets();
    if (sets.size() >= 2) {
        QColor block = mutedTextColor(p);
        block.setAlpha(isDark(p) ? 150 : 110);
        sets[0]->setColor(block);
        sets[0]->setBorderColor(block);
        sets[1]->setColor(seriesColor(0, p));
        sets[1]->setBorderColor(seriesColor(0, p));
    }
    QPen pen(seriesColor(4, p), 2.0, Qt::DashLine);
    required_->setPen(pen);
}

void NightBarsChart::updateAxes() {
    setEmptyText(model_->rowCount() > 0 ? QString()
                                        : tr("The stay has no nights: check arrival and departure."));
    const QStringList labels = model_->nightLabels();
    if (x_->categories() != labels) {
        x_->setCategories(labels);
    }
    applyNiceScale(y_, std::max(10, model_->maximum()) * 1.04, 5);
    recolor();
}

// ---------------------------------------------------------------------------------------------------------

CancellationChart::CancellationChart(ContractDocument* document, CancellationScheduleModel* model,
                                     QWidget* parent)
    : StyledChartView(parent)
    , document_(document)
    , model_(model)
    , todayLabel_(new QGraphicsSimpleTextItem(chart()))
    , points_(new StepPointsProxy(model, CancellationScheduleModel::FromColumn,
                                  CancellationScheduleModel::ToColumn, CancellationScheduleModel::FeeColumn,
                                  this))
    , steps_(new QLineSeries(this))
    , area_(new QAreaSeries(steps_))
    , today_(new QLineSeries(this))
    , notice_(new QScatterSeries(this))
    , x_(new QCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    area_->setParent(this);
    new XYSeriesMapper(points_, 0, 1, steps_, this);
    notice_->setMarkerSize(11);

    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{area_, today_, notice_}) {
        c->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    x_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    todayLabel_->setZValue(20);
    styleChart(c, palette());
    recolor();
    connect(c, &QChart::plotAreaChanged, this, &CancellationChart::fitDateTicks);
    connect(c, &QChart::plotAreaChanged, this, &CancellationChart::placeLabels);
    connect(model_, &QAbstractItemModel::modelReset, this, &CancellationChart::updateAxes);
    connect(document_, &ContractDocument::contractChanged, this, &CancellationChart::updateAxes);
    retranslate();
}

void CancellationChart::retranslate() {
    area_->setName(tr("Cancellation fee"));
    today_->setName(tr("Today"));
    notice_->setName(tr("Notice received"));
    x_->setTitleText(tr("Date the notice is received"));
    todayLabel_->setText(tr("Today"));
    updateAxes(); // the y axis's title, what an empty chart says
}

void CancellationChart::recolor() {
    const QPalette p = palette();
    QColor fill = seriesColor(0, p);
    fill.setAlpha(60);
    area_->setBrush(fill);
    area_->setPen(QPen(seriesColor(0, p), 2.4));
    today_->setPen(QPen(seriesColor(4, p), 1.6, Qt::DashLine));
    notice_->setColor(seriesColor(1, p));
    notice_->setBorderColor(p.color(QPalette::Base));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    todayLabel_->setFont(small);
    todayLabel_->setBrush(seriesColor(4, p));
    hideFromLegend(chart(), today_);
}

void CancellationChart::fitDateTicks() {
    if (from_.isValid()) {
        applyMonthTicks(x_, from_, to_, dateTicksThatFit(chart()->plotArea().width(), x_->labelsFont()));
    }
}

void CancellationChart::placeLabels() {
    if (today_->count() < 2 || !today_->isVisible()) {
        todayLabel_->hide();
        return;
    }
    const QRectF area = chart()->plotArea();
    const QPointF at = chart()->mapToPosition(today_->at(1), today_);
    const qreal width = todayLabel_->boundingRect().width();
    todayLabel_->setPos(at.x() + 5 + width > area.right() ? at.x() - 5 - width : at.x() + 5, area.top() + 2);
    todayLabel_->show();
}

void CancellationChart::updateAxes() {
    const Contract& c = document_->contract();
    const Results& r = document_->results();
    y_->setTitleText(tr("Fee, %1").arg(currencyTitle(document_)));
    fitAmountAxis(y_, model_->maximum());
    if (!r.assessment) {
        setEmptyText(tr("The fee schedule appears once the contract can be assessed."));
    } else if (c.cancellation.tiers.empty()) {
        setEmptyText(tr("The contract has no cancellation tiers."));
    } else {
        setEmptyText({});
    }
    if (r.cancellationSweep.empty()) {
        today_->clear();
        notice_->clear();
        return;
    }
    const Date from = r.cancellationSweep.front().notice;
    const Date to = r.cancellationSweep.back().notice.addDays(1);
    from_ = toQDate(from);
    to_ = toQDate(to);
    fitDateTicks();
    const std::optional<Date> today = fromQDate(QDate::currentDate());
    const double top = y_->max();
    if (today && *today >= from && *today <= to) {
        const auto t = static_cast<qreal>(chartDateTime(*today).toMSecsSinceEpoch());
        today_->replace(QList<QPointF>{{t, 0}, {t, top}});
        today_->setVisible(true);
    } else {
        today_->clear();
        today_->setVisible(false);
    }
    hideFromLegend(chart(), today_);
    notice_->clear();
    if (c.cancellationNotice && *c.cancellationNotice >= from && *c.cancellationNotice <= to) {
        const auto& sweep = r.cancellationSweep;
        const auto at = static_cast<std::size_t>(c.cancellationNotice->daysSince(from));
        if (at < sweep.size()) {
            notice_->append(static_cast<qreal>(chartDateTime(*c.cancellationNotice).toMSecsSinceEpoch()),
                            chartAmount(sweep[at].fee));
        }
    }
    notice_->setVisible(notice_->count() > 0);
    for (QLegendMarker* marker : chart()->legend()->markers(notice_)) {
        marker->setVisible(notice_->count() > 0);
    }
    placeLabels();
}

// ---------------------------------------------------------------------------------------------------------

PickupPaceChart::PickupPaceChart(PickupPaceModel* model, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , pace_(new QLineSeries(this))
    , block_(new QLineSeries(this))
    , cutoff_(new QLineSeries(this))
    , forecast_(new QLineSeries(this))
    , bandUpper_(new QLineSeries(this))
    , bandLower_(new QLineSeries(this))
    , band_(new QAreaSeries(bandUpper_, bandLower_))
    , comparable_(new QLineSeries(this))
    , performance_(new QLineSeries(this))
    , x_(new QCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    pace_->setPointsVisible(true);
    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{band_, block_, performance_, cutoff_,
                                                                      comparable_, forecast_, pace_}) {
        c->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    x_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(c, palette());
    recolor();
    useWrappingLegend();
    connect(c, &QChart::plotAreaChanged, this, &PickupPaceChart::fitDateTicks);
    connect(model_, &QAbstractItemModel::modelReset, this, &PickupPaceChart::update);
    retranslate();
}

void PickupPaceChart::retranslate() {
    pace_->setName(tr("Picked up"));
    block_->setName(tr("Block"));
    cutoff_->setName(tr("Cutoff"));
    forecast_->setName(tr("Forecast"));
    //: The range of the forecast: 8 of 10 past groups ended inside it.
    band_->setName(tr("P10\u2013P90"));
    x_->setTitleText(tr("Pickup report date"));
    y_->setTitleText(tr("Room nights"));
    update(); // what an empty chart says, and the names that carry figures
}

void PickupPaceChart::recolor() {
    const QPalette p = palette();
    pace_->setPen(QPen(seriesColor(0, p), 2.4));
    pace_->setColor(seriesColor(0, p));
    block_->setPen(QPen(seriesColor(1, p), 1.6, Qt::DashLine));
    cutoff_->setPen(QPen(seriesColor(4, p), 1.6, Qt::DashDotLine));
    forecast_->setPen(QPen(seriesColor(0, p), 2.0, Qt::DashLine));
    QColor bandColor = seriesColor(0, p);
    bandColor.setAlphaF(0.18f);
    band_->setBrush(bandColor);
    band_->setPen(Qt::NoPen);
    comparable_->setPen(QPen(seriesColor(2, p), 1.6, Qt::DotLine));
    performance_->setPen(QPen(seriesColor(3, p), 1.4, Qt::DashDotDotLine));
}

void PickupPaceChart::update() {
    const std::vector<PickupPaceModel::Report>& reports = model_->reports();
    const std::optional<PickupPaceModel::Projection>& projection = model_->projection();
    QList<QPointF> points;
    for (const PickupPaceModel::Report& r : reports) {
        points.append({static_cast<qreal>(chartDateTime(r.date).toMSecsSinceEpoch()),
                       static_cast<qreal>(r.roomNights)});
    }
    pace_->replace(points);
    if (reports.empty() && !projection) {
        setEmptyText(tr("No pickup report is stored for this contract yet."));
        block_->clear();
        cutoff_->clear();
        updateProjection({}, {});
        return;
    }
    setEmptyText({});
    Date from = reports.empty() ? projection->today : reports.front().date;
    Date to = reports.empty() ? projection->today : reports.back().date;
    if (projection) {
        from = std::min(from, projection->today);
        to = std::max(to, projection->arrival);
    }
    if (const std::optional<Date> cutoff = model_->cutoff()) {
        from = std::min(from, *cutoff);
        to = std::max(to, *cutoff);
    }
    from = from.addDays(-3);
    to = to.addDays(3);
    const auto ms = [](Date d) {
        return static_cast<qreal>(chartDateTime(d).toMSecsSinceEpoch());
    };
    from_ = toQDate(from);
    to_ = toQDate(to);
    fitDateTicks();
    std::int64_t top = model_->block();
    for (const PickupPaceModel::Report& r : reports) {
        top = std::max(top, r.roomNights);
    }
    if (projection) {
        top = std::max(top, projection->p90);
    }
    applyNiceScale(y_, static_cast<qreal>(top) * 1.04 + 1);
    block_->replace(QList<QPointF>{{ms(from), static_cast<qreal>(model_->block())},
                                   {ms(to), static_cast<qreal>(model_->block())}});
    if (const std::optional<Date> cutoff = model_->cutoff()) {
        cutoff_->replace(QList<QPointF>{{ms(*cutoff), 0}, {ms(*cutoff), y_->max()}});
        cutoff_->setVisible(true);
    } else {
        cutoff_->clear();
        cutoff_->setVisible(false);
    }
    updateProjection(from, to);
}

void PickupPaceChart::fitDateTicks() {
    if (from_.isValid()) {
        applyMonthTicks(x_, from_, to_, dateTicksThatFit(chart()->plotArea().width(), x_->labelsFont()));
    }
}

void PickupPaceChart::updateProjection(Date from, Date to) {
    const std::optional<PickupPaceModel::Projection>& projection = model_->projection();
    const auto show = [this](QAbstractSeries* series, bool visible) {
        series->setVisible(visible);
        for (QLegendMarker* marker : chart()->legend()->markers(series)) {
            marker->setVisible(visible);
        }
    };
    if (!projection) {
        for (QXYSeries* s : {forecast_, bandUpper_, bandLower_, comparable_, performance_}) {
            s->clear();
        }
        for (QAbstractSeries* s :
             std::initializer_list<QAbstractSeries*>{forecast_, band_, comparable_, performance_}) {
            show(s, false);
        }
        updateLegend();
        return;
    }
    const PickupPaceModel::Projection& p = *projection;
    const auto ms = [](Date d) {
        return static_cast<qreal>(chartDateTime(d).toMSecsSinceEpoch());
    };
    QList<QPointF> expected;
    QList<QPointF> upper;
    QList<QPointF> lower;
    for (Date d = p.today; !(p.arrival < d); d = d.addDays(1)) {
        expected.append({ms(d), model_->projected(p.expected, d)});
        upper.append({ms(d), model_->projected(static_cast<double>(p.p90), d)});
        lower.append({ms(d), model_->projected(static_cast<double>(p.p10), d)});
    }
    forecast_->replace(expected);
    bandUpper_->replace(upper);
    bandLower_->replace(lower);
    show(forecast_, true);
    show(band_, true);

    const bool comparable = p.groups > 0 && !p.fallback && p.comparableFinalShare > 0;
    if (comparable) {
        QList<QPointF> curve;
        const Date start = std::max(from, p.arrival.addDays(-forecast::kMaxDaysBeforeArrival));
        for (Date d = start; !(p.arrival < d); d = d.addDays(1)) {
            curve.append({ms(d), model_->comparable(d)});
        }
        comparable_->replace(curve);
        //: %n past groups of the hotel whose average pace the line shows.
        comparable_->setName(tr("Comparable groups (%n)", nullptr, p.groups));
    } else {
        comparable_->clear();
    }
    show(comparable_, comparable);

    if (p.performanceRoomNights) {
        const qreal level = *p.performanceRoomNights;
        performance_->replace(QList<QPointF>{{ms(from), level}, {ms(to), level}});
        performance_->setName(tr("Performance level"));
    } else {
        performance_->clear();
    }
    show(performance_, p.performanceRoomNights.has_value());
    updateLegend();
}

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
