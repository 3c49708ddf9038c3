#include "views/deskview.h"

#include "charts/pipelinechart.h"
#include "dialogs/deskthresholdsdialog.h"
#include "models/atriskmodel.h"
#include "models/pipelinedamagesmodel.h"
#include "models/pipelinemodel.h"
#include "session/desk.h"
#include "style/theme.h"
#include "text/values.h"
#include "views/accountspanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace attrition::ui {

namespace {

/// The texts of the buttons under the groups at risk, which the group's context menu offers as well.
QString openContractText() {
    return DeskView::tr("Open Contract");
}

QString openForecastText() {
    return DeskView::tr("Open Forecast");
}

QLabel* heading(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

QComboBox* choiceBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->addItem(QString(), QString());
    return box;
}

} // namespace

DeskView::DeskView(QWidget* parent)
    : QWidget(parent)
    , loader_(new DeskLoader(this))
    , periodLabel_(new QLabel(this))
    , period_(new QComboBox(this))
    , from_(new QDateEdit(this))
    , to_(new QDateEdit(this))
    , hotelLabel_(new QLabel(this))
    , hotel_(choiceBox(this))
    , managerLabel_(new QLabel(this))
    , manager_(choiceBox(this))
    , accountLabel_(new QLabel(this))
    , account_(choiceBox(this))
    , thresholdsButton_(new QPushButton(this))
    , status_(new QLabel(this))
    , atRiskTitle_(heading(this))
    , atRisk_(new AtRiskModel(this))
    , proxy_(new QSortFilterProxyModel(this))
    , atRiskView_(new QTableView(this))
    , detailTitle_(heading(this))
    , detail_(new QTextBrowser(this))
    , openContract_(new QPushButton(this))
    , openForecast_(new QPushButton(this))
    , pipelineTitle_(heading(this))
    , currencyLabel_(new QLabel(this))
    , currency_(new QComboBox(this))
    , measureLabel_(new QLabel(this))
    , measure_(new QComboBox(this))
    , pipeline_(new PipelineModel(this))
    , damages_(new PipelineDamagesModel(this))
    , chart_(nullptr)
    , pipelineView_(new QTableView(this))
    , conversion_(new QLabel(this))
    , wash_(new QLabel(this))
    , split_(new QSplitter(Qt::Vertical, this))
    , accounts_(new AccountsPanel(this))
    , pages_(new QTabWidget(this)) {
    setObjectName(QStringLiteral("deskView"));
    thresholds_ = readDeskThresholds(QSettings());
    chart_ = new PipelineChart(pipeline_, damages_, this);

    // The filters, in one line.
    for (int i = 0; i < 5; ++i) {
        period_->addItem(QString());
    }
    period_->setCurrentIndex(static_cast<int>(Period::Next90));
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat(QLocale()));
        edit->setEnabled(false);
    }
    auto* filters = new QHBoxLayout();
    filters->setSpacing(6);
    filters->addWidget(periodLabel_);
    filters->addWidget(period_);
    filters->addWidget(from_);
    filters->addWidget(to_);
    filters->addSpacing(10);
    filters->addWidget(hotelLabel_);
    filters->addWidget(hotel_, 1);
    filters->addWidget(managerLabel_);
    filters->addWidget(manager_, 1);
    filters->addWidget(accountLabel_);
    filters->addWidget(account_, 1);
    filters->addSpacing(10);
    filters->addWidget(thresholdsButton_);
    thresholdsButton_->setObjectName(QStringLiteral("deskThresholdsButton"));
    for (QLabel* label : {periodLabel_, hotelLabel_, managerLabel_, accountLabel_}) {
        label->setBuddy(label == periodLabel_    ? static_cast<QWidget*>(period_)
                        : label == hotelLabel_   ? hotel_
                        : label == managerLabel_ ? manager_
                                                 : account_);
    }

    // The groups at risk: the list, and beside it what the selected one's flags say.
    proxy_->setSourceModel(atRisk_);
    proxy_->setSortRole(AtRiskModel::SortRole);
    atRiskView_->setObjectName(QStringLiteral("atRiskView"));
    atRiskView_->setModel(proxy_);
    atRiskView_->setSortingEnabled(true);
    atRiskView_->sortByColumn(AtRiskModel::RankColumn, Qt::AscendingOrder);
    atRiskView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    atRiskView_->setSelectionMode(QAbstractItemView::SingleSelection);
    atRiskView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    atRiskView_->setAlternatingRowColors(true);
    atRiskView_->setWordWrap(false);
    atRiskView_->setContextMenuPolicy(Qt::CustomContextMenu);
    atRiskView_->verticalHeader()->hide();
    atRiskView_->verticalHeader()->setDefaultSectionSize(atRiskView_->fontMetrics().height() + 8);
    // The figures fit their contents (measured on the first rows only: the list may hold thousands); the
    // group and the next date share what is left.
    QHeaderView* header = atRiskView_->horizontalHeader();
    header->setResizeContentsPrecision(60);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header->setSectionResizeMode(AtRiskModel::GroupColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AtRiskModel::HotelColumn, QHeaderView::Interactive);
    header->resizeSection(AtRiskModel::HotelColumn, 14 * x);
    header->setSectionResizeMode(AtRiskModel::NextColumn, QHeaderView::Stretch);
    // The flags as wide as the widest listed, up to what the other columns leave (fitFlagsColumn); their
    // sentences are in the tooltip and the detail.
    header->setSectionResizeMode(AtRiskModel::FlagsColumn, QHeaderView::Interactive);
    detail_->setObjectName(QStringLiteral("atRiskDetail"));
    detail_->setOpenLinks(false);
    detail_->setMinimumWidth(26 * x);
    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(detailTitle_);
    detailLayout->addWidget(detail_, 1);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(openContract_);
    buttons->addWidget(openForecast_);
    detailLayout->addLayout(buttons);
    auto* atRiskPage = new QWidget(this);
    auto* atRiskLayout = new QVBoxLayout(atRiskPage);
    atRiskLayout->setContentsMargins(0, 0, 0, 0);
    atRiskLayout->addWidget(atRiskTitle_);
    atRiskLayout->addWidget(atRiskView_, 1);

    // The pipeline: the chart, and beside it its table with the conversion and the wash.
    for (int i = 0; i <= kDamagesShown; ++i) {
        measure_->addItem(QString());
    }
    currency_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pipelineView_->setObjectName(QStringLiteral("pipelineView"));
    pipelineView_->setModel(pipeline_);
    pipelineView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pipelineView_->verticalHeader()->hide();
    pipelineView_->verticalHeader()->setDefaultSectionSize(pipelineView_->fontMetrics().height() + 6);
    pipelineView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    pipelineView_->horizontalHeader()->setMinimumSectionSize(7 * x);
    pipelineView_->horizontalHeader()->setStretchLastSection(false);
    for (QLabel* label : {conversion_, wash_}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    chart_->setMinimumSize(34 * x, 180);
    auto* pipelineControls = new QHBoxLayout();
    pipelineControls->addWidget(pipelineTitle_);
    pipelineControls->addStretch(1);
    pipelineControls->addWidget(measureLabel_);
    pipelineControls->addWidget(measure_);
    pipelineControls->addWidget(currencyLabel_);
    pipelineControls->addWidget(currency_);
    measureLabel_->setBuddy(measure_);
    currencyLabel_->setBuddy(currency_);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(pipelineView_, 1);
    tableLayout->addWidget(conversion_);
    tableLayout->addWidget(wash_);
    auto* pipelineSplit = new QSplitter(Qt::Horizontal, this);
    pipelineSplit->addWidget(chart_);
    pipelineSplit->addWidget(tableBox);
    pipelineSplit->setStretchFactor(0, 1);
    pipelineSplit->setStretchFactor(1, 0);
    pipelineSplit->setChildrenCollapsible(false);
    auto* pipelinePage = new QWidget(this);
    auto* pipelineLayout = new QVBoxLayout(pipelinePage);
    pipelineLayout->setContentsMargins(0, 0, 0, 0);
    pipelineLayout->addLayout(pipelineControls);
    pipelineLayout->addWidget(pipelineSplit, 1);

    // Below the list: the group chosen in it, then the pipeline.
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(detailBox);
    lower->addWidget(pipelinePage);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 3);
    lower->setChildrenCollapsible(false);

    split_->addWidget(atRiskPage);
    split_->addWidget(lower);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 2);
    split_->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(filters);
    layout->addWidget(status_);
    // The groups at risk with the pipeline, and the accounts: one click apart.
    pages_->setObjectName(QStringLiteral("deskPages"));
    pages_->setDocumentMode(true);
    pages_->addTab(split_, QString());
    pages_->addTab(accounts_, QString());
    layout->addWidget(pages_, 1);
    setTextTone(status_, TextTone::Muted);
    status_->setWordWrap(true);

    const auto changed = [this] {
        request();
    };
    connect(period_, &QComboBox::currentIndexChanged, this, [this] { setPeriod(period()); });
    connect(from_, &QDateEdit::dateChanged, this, changed);
    connect(to_, &QDateEdit::dateChanged, this, changed);
    for (QComboBox* box : {hotel_, manager_, account_}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
    connect(currency_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < static_cast<int>(pipeline_->currencies().size())) {
            pipeline_->setCurrency(pipeline_->currencies()[static_cast<std::size_t>(index)]);
            damages_->setCurrency(pipeline_->currency());
            fitPipelineTable();
        }
    });
    connect(measure_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool damages = index == kDamagesShown;
        if (!damages) {
            pipeline_->setMeasure(
                static_cast<PipelineModel::Measure>(std::clamp(index, 0, kDamagesShown - 1)));
        }
        chart_->showDamages(damages);
        QAbstractItemModel* shown = damages ? static_cast<QAbstractItemModel*>(damages_) : pipeline_;
        if (pipelineView_->model() != shown) {
            pipelineView_->setModel(shown);
        }
        fitPipelineTable();
    });
    connect(loader_, &DeskLoader::ready, this, &DeskView::showData);
    connect(atRiskView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeskView::updateDetail);
    connect(atRiskView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString key = index.data(AtRiskModel::KeyRole).toString();
        if (!key.isEmpty()) {
            emit openContractRequested(key);
        }
    });
    connect(atRiskView_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = atRiskView_->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        atRiskView_->selectRow(index.row());
        QMenu* menu = createRowMenu(index.data(AtRiskModel::KeyRole).toString(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(atRiskView_->viewport()->mapToGlobal(at));
    });
    connect(thresholdsButton_, &QPushButton::clicked, this, &DeskView::editThresholds);
    connect(openContract_, &QPushButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty()) {
            emit openContractRequested(key);
        }
    });
    connect(openForecast_, &QPushButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty()) {
            emit openForecastRequested(key);
        }
    });
    connect(accounts_, &AccountsPanel::openContractRequested, this, &DeskView::openContractRequested);
    connect(accounts_, &AccountsPanel::accountContractsRequested, this, &DeskView::accountContractsRequested);
    retranslate();
    setPeriod(Period::Next90);
    updateDetail();
}

DeskView::~DeskView() = default;

void DeskView::retranslate() {
    periodLabel_->setText(tr("&Arrivals"));
    period_->setItemText(static_cast<int>(Period::Next30), tr("Next 30 days"));
    period_->setItemText(static_cast<int>(Period::Next90), tr("Next 90 days"));
    period_->setItemText(static_cast<int>(Period::Next180), tr("Next 180 days"));
    period_->setItemText(static_cast<int>(Period::ThisQuarter), tr("This quarter"));
    period_->setItemText(static_cast<int>(Period::Dates), tr("Dates"));
    from_->setToolTip(tr("The first arrival date"));
    to_->setToolTip(tr("The last arrival date"));
    hotelLabel_->setText(tr("&Hotel"));
    managerLabel_->setText(tr("Sales &manager"));
    accountLabel_->setText(tr("A&ccount"));
    hotel_->setItemText(0, tr("Any hotel"));
    manager_->setItemText(0, tr("Anyone"));
    account_->setItemText(0, tr("Any account"));
    thresholdsButton_->setText(tr("&Thresholds\u2026"));
    thresholdsButton_->setToolTip(tr("When a group is flagged: the pace, the days without pickup movement, "
                                     "the days before a review date (Desk Thresholds)"));
    atRiskTitle_->setText(tr("Groups at risk"));
    detailTitle_->setText(tr("The group chosen"));
    atRiskView_->setToolTip(tr("Double-click a group to open its contract; right-click for more."));
    openContract_->setText(openContractText());
    openForecast_->setText(openForecastText());
    pipelineTitle_->setText(tr("Pipeline by arrival month"));
    pages_->setTabText(0, tr("&Groups at Risk and Pipeline"));
    pages_->setTabText(1, tr("Acc&ounts"));
    pages_->setTabToolTip(1, tr("Customer attrition by account, over every arrival date"));
    measureLabel_->setText(tr("&Show"));
    measure_->setItemText(0, tr("Room nights"));
    measure_->setItemText(1, tr("Room revenue"));
    measure_->setItemText(2, tr("Contracts"));
    measure_->setItemText(3, tr("F&B minimum"));
    measure_->setItemText(4, tr("Damages as picked up"));
    measure_->setItemText(kDamagesShown, tr("Damages collected and waived"));
    measure_->setToolTip(tr("Damages as picked up: what the engine assesses if the pickup stays as "
                            "it is (the cancellation fee of a cancelled group). Damages collected and "
                            "waived: the damages of the actualized and cancelled groups by arrival month, "
                            "with what their settlements record."));
    currencyLabel_->setText(tr("C&urrency"));
    currency_->setToolTip(tr("Amounts in different currencies are never added: the pipeline shows one "
                             "currency at a time."));
    if (data_) {
        showData(data_);
    } else {
        status_->setText(hasDatabase_ ? tr("Computing…") : tr("No database is open."));
    }
}

void DeskView::fitPipelineTable() {
    // The table as wide as its columns; the chart takes the rest.
    pipelineView_->resizeColumnsToContents();
    pipelineView_->setMinimumWidth(pipelineView_->horizontalHeader()->length() +
                                   2 * pipelineView_->frameWidth() +
                                   pipelineView_->verticalScrollBar()->sizeHint().width());
}

void DeskView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DeskView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitFlagsColumn();
}

void DeskView::fitFlagsColumn() {
    QHeaderView* header = atRiskView_->horizontalHeader();
    const QFontMetrics metrics = atRiskView_->fontMetrics();
    int widest = header->sectionSizeHint(AtRiskModel::FlagsColumn);
    for (int r = 0; r < atRisk_->rowCount(); ++r) {
        widest = std::max(widest, metrics.horizontalAdvance(atRisk_->text(r, AtRiskModel::FlagsColumn)) +
                                      3 * metrics.horizontalAdvance(QLatin1Char('x')));
    }
    // Up to what the other columns leave, the group and the next date and action (which share what is left
    // alike) keeping 16 x-widths each, or the next date's label if that is wider.
    const int least = std::max(16 * metrics.horizontalAdvance(QLatin1Char('x')),
                               header->sectionSizeHint(AtRiskModel::NextColumn));
    int others = 2 * least;
    for (int c = 0; c < header->count(); ++c) {
        if (c != AtRiskModel::FlagsColumn && c != AtRiskModel::GroupColumn && c != AtRiskModel::NextColumn &&
            !header->isSectionHidden(c)) {
            others += header->sectionSize(c);
        }
    }
    const int room = atRiskView_->viewport()->width() - others;
    header->resizeSection(
        AtRiskModel::FlagsColumn,
        std::min(widest, std::max(header->sectionSizeHint(AtRiskModel::FlagsColumn), room)));
}

void DeskView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) {
        request();
    }
}

void DeskView::setDatabase(const storage::ConnectionSettings& connection,
                           storage::ContractRepository* repository) {
    loader_->setDatabase(connection, repository);
    accounts_->setDatabase(connection, repository);
    hasDatabase_ = repository != nullptr;
    for (QComboBox* box : {hotel_, manager_, account_}) {
        const QSignalBlocker block(box);
        while (box->count() > 1) {
            box->removeItem(1);
        }
        box->setCurrentIndex(0);
    }
    data_.reset();
    atRisk_->setDesk(nullptr);
    pipeline_->setDesk(nullptr);
    fillCurrencies();
    updateDetail();
    invalidate();
}

void DeskView::invalidate() {
    accounts_->invalidate();
    stale_ = true;
    request();
}

void DeskView::pastGroupsChanged() {
    loader_->forgetPastGroups();
    invalidate();
}

bool DeskView::keepsPastGroups() const {
    return loader_->keepsPastGroups();
}

void DeskView::setToday(std::optional<Date> today) {
    today_ = today;
    setPeriod(period());
    request();
}

void DeskView::setThresholds(const DeskThresholds& thresholds) {
    if (thresholds == thresholds_) {
        return;
    }
    thresholds_ = thresholds;
    request();
}

void DeskView::editThresholds() {
    DeskThresholdsDialog dialog(thresholds_, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QSettings settings;
    writeDeskThresholds(settings, dialog.thresholds());
    setThresholds(dialog.thresholds());
}

void DeskView::setPeriod(Period period) {
    const QSignalBlocker block(period_);
    period_->setCurrentIndex(static_cast<int>(period));
    from_->setEnabled(period == Period::Dates);
    to_->setEnabled(period == Period::Dates);
    if (period != Period::Dates) {
        const DeskQuery q = query();
        const QSignalBlocker blockFrom(from_);
        const QSignalBlocker blockTo(to_);
        from_->setDate(toQDate(q.from));
        to_->setDate(toQDate(q.to));
    }
    request();
}

DeskView::Period DeskView::period() const {
    return static_cast<Period>(std::clamp(period_->currentIndex(), 0, 4));
}

void DeskView::setDates(Date from, Date to) {
    const QSignalBlocker blockFrom(from_);
    const QSignalBlocker blockTo(to_);
    from_->setDate(toQDate(from));
    to_->setDate(toQDate(to));
    setPeriod(Period::Dates);
}

namespace {

void chooseText(QComboBox* box, const QString& text) {
    if (text.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    int index = box->findData(text);
    if (index < 0) {
        box->addItem(text, text);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

} // namespace

void DeskView::setHotel(const QString& hotel) {
    chooseText(hotel_, hotel);
}

void DeskView::setSalesManager(const QString& manager) {
    chooseText(manager_, manager);
}

void DeskView::setAccount(const QString& account) {
    chooseText(account_, account);
}

DeskQuery DeskView::query() const {
    DeskQuery q;
    q.today = today_.value_or(fromQDate(QDate::currentDate()).value_or(Date()));
    switch (period()) {
    case Period::Next30:
    case Period::Next90:
    case Period::Next180: {
        const int days = period() == Period::Next30 ? 30 : period() == Period::Next90 ? 90 : 180;
        q.from = q.today;
        q.to = q.today.addDays(days);
        break;
    }
    case Period::ThisQuarter: {
        const int first = (q.today.month() - 1) / 3 * 3 + 1;
        q.from = Date::fromYmd(q.today.year(), first, 1).value_or(q.today);
        const QDate end = QDate(q.today.year(), first, 1).addMonths(3).addDays(-1);
        q.to = fromQDate(end).value_or(q.today);
        break;
    }
    case Period::Dates:
        q.from = fromQDate(from_->date()).value_or(q.today);
        q.to = fromQDate(to_->date()).value_or(q.today);
        break;
    }
    q.hotel = hotel_->currentData().toString();
    q.salesManager = manager_->currentData().toString();
    q.account = account_->currentData().toString();
    q.thresholds = thresholds_;
    return q;
}

void DeskView::request() {
    if (!hasDatabase_) {
        return;
    }
    const DeskQuery q = query();
    accounts_->setQuery(
        AccountsQuery{q.today, q.hotel, q.salesManager, q.account, q.thresholds.accountOptions()});
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    stale_ = false;
    status_->setText(tr("Computing…"));
    loader_->request(query());
}

void DeskView::waitUntilReady() {
    loader_->wait();
    accounts_->waitUntilReady();
}

void DeskView::showAccounts() {
    pages_->setCurrentWidget(accounts_);
}

bool DeskView::computing() const {
    return loader_->busy();
}

void DeskView::fillChoices(QComboBox* box, const QStringList& names) {
    const QSignalBlocker block(box);
    for (const QString& name : names) {
        if (box->findData(name) < 0) {
            // In order after the first item ("any").
            int at = 1;
            while (at < box->count() && box->itemData(at).toString() < name) {
                ++at;
            }
            box->insertItem(at, name, name);
        }
    }
}

void DeskView::fillCurrencies() {
    const QSignalBlocker block(currency_);
    currency_->clear();
    for (const Currency c : pipeline_->currencies()) {
        currency_->addItem(currencyCode(c));
    }
    const auto& all = pipeline_->currencies();
    const auto at = std::find(all.begin(), all.end(), pipeline_->currency());
    currency_->setCurrentIndex(at == all.end() ? -1 : static_cast<int>(at - all.begin()));
    currency_->setEnabled(all.size() > 1);
}

void DeskView::showData(std::shared_ptr<const DeskData> shown) {
    const QString selected = currentKey();
    data_ = std::move(shown);
    atRisk_->setDesk(data_);
    pipeline_->setDesk(data_);
    damages_->setDesk(data_);
    damages_->setCurrency(pipeline_->currency());
    fillCurrencies();
    fillChoices(hotel_, data_->hotels);
    fillChoices(manager_, data_->salesManagers);
    fillChoices(account_, data_->accounts);
    const forecast::AtRiskList& list = data_->atRisk;
    int flagged = 0;
    for (const forecast::AtRiskRow& r : list.rows) {
        flagged += r.flags.empty() ? 0 : 1;
    }
    QString status =
        tr("%n groups arriving %1 to %2, standing on %3", nullptr, static_cast<int>(list.rows.size()))
            .arg(formatDate(list.from), formatDate(list.to), formatDate(list.today));
    status += QStringLiteral(" \u00b7 ") + tr("%n with flags", nullptr, flagged);
    if (!list.skipped.empty()) {
        status += QStringLiteral(" \u00b7 ") + tr("%n not forecast (the engine refuses them)", nullptr,
                                                  static_cast<int>(list.skipped.size()));
    }
    status += QStringLiteral(" \u00b7 ") +
              tr("read in %1 ms, computed in %2 ms")
                  .arg(QString::number(data_->readMs, 'f', 0), QString::number(data_->computeMs, 'f', 0));
    if (!data_->problem.isEmpty()) {
        status = data_->problem;
    }
    status_->setText(status);
    fitPipelineTable();
    conversion_->setText(pipeline_->conversionText());
    wash_->setText(pipeline_->washText());
    atRiskTitle_->setText(tr("Groups at risk"));
    fitFlagsColumn();
    // The same group stays selected when it is still listed.
    int row = -1;
    for (int r = 0; r < proxy_->rowCount() && !selected.isEmpty(); ++r) {
        if (proxy_->index(r, 0).data(AtRiskModel::KeyRole).toString() == selected) {
            row = r;
            break;
        }
    }
    if (row >= 0) {
        atRiskView_->selectRow(row);
    }
    updateDetail();
    emit refreshed();
}

QString DeskView::currentKey() const {
    const QModelIndex current = atRiskView_->selectionModel()->currentIndex();
    if (!current.isValid() || !atRiskView_->selectionModel()->isRowSelected(current.row(), {})) {
        return {};
    }
    return current.data(AtRiskModel::KeyRole).toString();
}

void DeskView::selectRow(int row) {
    atRiskView_->selectRow(row);
    atRiskView_->setCurrentIndex(proxy_->index(row, 0));
}

void DeskView::updateDetail() {
    const QModelIndex current = atRiskView_->selectionModel()->currentIndex();
    const int row = current.isValid() ? proxy_->mapToSource(current).row() : -1;
    const bool chosen = atRisk_->rowAt(row) != nullptr;
    openContract_->setEnabled(chosen);
    openForecast_->setEnabled(chosen);
    if (!chosen) {
        detail_->setPlainText(atRisk_->rowCount() == 0
                                  ? QString()
                                  : tr("Choose a group to read what its figures say and why it is flagged."));
        return;
    }
    detail_->setPlainText(atRisk_->detailText(row));
}

QMenu* DeskView::createRowMenu(const QString& key, QWidget* parent) {
    auto* menu = new QMenu(parent);
    QAction* open = menu->addAction(openContractText());
    QAction* forecast = menu->addAction(openForecastText());
    open->setEnabled(!key.isEmpty());
    forecast->setEnabled(!key.isEmpty());
    connect(open, &QAction::triggered, this, [this, key] { emit openContractRequested(key); });
    connect(forecast, &QAction::triggered, this, [this, key] { emit openForecastRequested(key); });
    // More actions on the group (a pickup reminder letter, …): added by those connected to
    // rowMenuAboutToShow, after this separator.
    menu->addSeparator();
    emit rowMenuAboutToShow(menu, key);
    if (menu->actions().constLast()->isSeparator()) {
        menu->removeAction(menu->actions().constLast());
    }
    return menu;
}

} // namespace attrition::ui
