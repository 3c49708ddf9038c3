#include "attrition/ui/contractlistpanel.h"

#include "attrition/ui/contractlistmodel.h"
#include "attrition/ui/icons.h"
#include "attrition/ui/theme.h"
#include "attrition/ui/values.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace attrition::ui {

ContractListPanel::ContractListPanel(ContractListModel* model, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , filter_(new ContractFilterModel(this))
    , search_(new QLineEdit(this))
    , status_(new QComboBox(this))
    , month_(new QComboBox(this))
    , manager_(new QComboBox(this))
    , account_(new QComboBox(this))
    , view_(new QTableView(this))
    , count_(new QLabel(this)) {
    filter_->setSourceModel(model_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(6);

    search_->setPlaceholderText(tr("Search group, reference, account, hotel\u2026"));
    search_->setClearButtonEnabled(true);
    search_->addAction(icon(Icon::Search), QLineEdit::LeadingPosition);
    layout->addWidget(search_);

    auto* filters = new QGridLayout();
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(6);
    for (QComboBox* combo : {status_, month_, manager_, account_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    status_->setToolTip(tr("Show contracts of one status"));
    month_->setToolTip(tr("Show contracts arriving in one month"));
    manager_->setToolTip(tr("Show one sales manager's contracts"));
    account_->setToolTip(tr("Show one account's contracts"));
    filters->addWidget(status_, 0, 0);
    filters->addWidget(month_, 0, 1);
    filters->addWidget(manager_, 1, 0);
    filters->addWidget(account_, 1, 1);
    layout->addLayout(filters);

    view_->setModel(filter_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(ContractListModel::ArrivalColumn, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setShowGrid(false);
    view_->setWordWrap(false);
    view_->setTextElideMode(Qt::ElideRight);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setSectionResizeMode(ContractListModel::GroupColumn, QHeaderView::Stretch);
    view_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setFrameShape(QFrame::StyledPanel);
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        int titleWidth = 0;
        for (const QString& line : title.split(QLatin1Char('\n'))) {
            titleWidth = std::max(titleWidth, fm.horizontalAdvance(line) + 10);
        }
        view_->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), titleWidth) + 12);
    };
    fit(ContractListModel::ArrivalColumn, formatDate(*Date::fromYmd(2027, 12, 28)));
    fit(ContractListModel::RoomNightsColumn, QStringLiteral("00,000"));
    fit(ContractListModel::PickupColumn, QStringLiteral("100.25%"));
    fit(ContractListModel::ExposureColumn, QStringLiteral("00,000.00 USD"));
    view_->horizontalHeader()->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("Room")) + 12);
    for (int c : {ContractListModel::ReferenceColumn, ContractListModel::AccountColumn,
                  ContractListModel::SalesManagerColumn, ContractListModel::HotelColumn,
                  ContractListModel::StatusColumn, ContractListModel::NightsColumn}) {
        view_->setColumnHidden(c, true);
    }
    layout->addWidget(view_, 1);
    setTextTone(count_, TextTone::Muted);
    layout->addWidget(count_);

    connect(
        view_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) {
            QMenu menu(this);
            for (int c = 0; c < ContractListModel::ColumnCount; ++c) {
                if (c == ContractListModel::GroupColumn) {
                    continue;
                }
                QAction* a = menu.addAction(model_->headerData(c, Qt::Horizontal)
                                                .toString()
                                                .replace(QLatin1Char('\n'), QLatin1Char(' ')));
                a->setCheckable(true);
                a->setChecked(!view_->isColumnHidden(c));
                connect(a, &QAction::toggled, this, [this, c](bool on) { view_->setColumnHidden(c, !on); });
            }
            menu.exec(view_->horizontalHeader()->mapToGlobal(at));
        });
    connect(search_, &QLineEdit::textChanged, filter_, &ContractFilterModel::setSearchText);
    for (QComboBox* combo : {status_, month_, manager_, account_}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ContractListPanel::applyFilters);
    }
    connect(model_, &QAbstractItemModel::modelReset, this, &ContractListPanel::rebuildFilters);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, &ContractListPanel::updateCount);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, &ContractListPanel::updateCount);
    connect(filter_, &QAbstractItemModel::modelReset, this, &ContractListPanel::updateCount);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, &ContractListPanel::updateCount);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!selecting_ && current.isValid()) {
                    emit currentIdChanged(current.data(ContractListModel::IdRole).toString());
                }
            });
    rebuildFilters();
}

QString ContractListPanel::currentId() const {
    const QModelIndex current = view_->currentIndex();
    return current.isValid() ? current.data(ContractListModel::IdRole).toString() : QString();
}

void ContractListPanel::selectId(const QString& id) {
    selecting_ = true;
    const int sourceRow = model_->rowForId(id);
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : filter_->mapFromSource(model_->index(sourceRow, 0));
    if (index.isValid()) {
        view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        view_->scrollTo(index);
    } else {
        view_->selectionModel()->clear();
    }
    selecting_ = false;
}

void ContractListPanel::step(int delta) {
    const int rows = filter_->rowCount();
    if (rows == 0) {
        return;
    }
    const int current =
        view_->currentIndex().isValid() ? view_->currentIndex().row() : (delta > 0 ? -1 : rows);
    const int next = std::clamp(current + delta, 0, rows - 1);
    view_->setCurrentIndex(filter_->index(next, ContractListModel::GroupColumn));
}

void ContractListPanel::saveState(QSettings& settings) const {
    settings.setValue(QStringLiteral("list/header"), view_->horizontalHeader()->saveState());
}

void ContractListPanel::restoreState(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("list/header")).toByteArray();
    if (!header.isEmpty()) {
        view_->horizontalHeader()->restoreState(header);
    }
}

void ContractListPanel::rebuildFilters() {
    const auto refill = [](QComboBox* combo, const QString& all,
                           const std::vector<std::pair<QString, QVariant>>& items) {
        const QVariant kept = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto& [text, value] : items) {
            combo->addItem(text, value);
        }
        const int at = kept.isValid() ? combo->findData(kept) : 0;
        combo->setCurrentIndex(std::max(0, at));
    };
    std::set<int> statuses;
    std::set<int> months;
    std::set<QString> managers;
    std::set<QString> accounts;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QModelIndex i = model_->index(r, 0);
        if (i.data(ContractListModel::StatusRole).toInt() < 0) {
            continue;
        }
        statuses.insert(i.data(ContractListModel::StatusRole).toInt());
        months.insert(i.data(ContractListModel::ArrivalMonthRole).toInt());
        if (const QString m = i.data(ContractListModel::SalesManagerRole).toString(); !m.isEmpty()) {
            managers.insert(m);
        }
        if (const QString a = i.data(ContractListModel::AccountRole).toString(); !a.isEmpty()) {
            accounts.insert(a);
        }
    }
    std::vector<std::pair<QString, QVariant>> items;
    for (int s : statuses) {
        items.emplace_back(ContractListModel::statusName(static_cast<ContractStatus>(s)), s);
    }
    refill(status_, tr("All statuses"), items);
    items.clear();
    const QLocale locale;
    for (int m : months) {
        const QDate d(m / 12, m % 12 + 1, 1);
        items.emplace_back(locale.toString(d, QStringLiteral("MMMM yyyy")), m);
    }
    refill(month_, tr("Any arrival month"), items);
    items.clear();
    for (const QString& m : managers) {
        items.emplace_back(m, m);
    }
    refill(manager_, tr("All sales managers"), items);
    items.clear();
    for (const QString& a : accounts) {
        items.emplace_back(a, a);
    }
    refill(account_, tr("All accounts"), items);
    applyFilters();
}

void ContractListPanel::applyFilters() {
    const auto optionalInt = [](QComboBox* c) -> std::optional<int> {
        return c->currentIndex() > 0 ? std::optional<int>(c->currentData().toInt()) : std::nullopt;
    };
    filter_->setStatus(optionalInt(status_));
    filter_->setArrivalMonth(optionalInt(month_));
    filter_->setSalesManager(manager_->currentIndex() > 0 ? manager_->currentData().toString() : QString());
    filter_->setAccount(account_->currentIndex() > 0 ? account_->currentData().toString() : QString());
    updateCount();
}

void ContractListPanel::updateCount() {
    const int shown = filter_->rowCount();
    const int total = model_->rowCount();
    count_->setText(shown == total ? tr("%n contract(s)", nullptr, total)
                                   : tr("%1 of %n contract(s)", nullptr, total).arg(shown));
}

} // namespace attrition::ui
