#include "attrition/ui/contractlistpanel.h"

#include "attrition/ui/contractlistmodel.h"
#include "attrition/ui/database.h"
#include "attrition/ui/icons.h"
#include "attrition/ui/theme.h"
#include "attrition/ui/values.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace attrition::ui {

namespace {

/// A combo box that asks for its choices when first opened.
class LazyComboBox : public QComboBox {
public:
    using QComboBox::QComboBox;
    std::function<void()> beforePopup;

    void showPopup() override {
        if (beforePopup) {
            beforePopup();
        }
        QComboBox::showPopup();
    }
};

int monthNumber(Date d) {
    return d.year() * 12 + d.month() - 1;
}

/// "June 2027": the month of a monthNumber().
QString monthName(int month, const QLocale& locale) {
    return locale.toString(QDate(month / 12, month % 12 + 1, 1), QStringLiteral("MMMM yyyy"));
}

} // namespace

ContractListPanel::ContractListPanel(ContractListModel* model, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , search_(new QLineEdit(this))
    , status_(new QComboBox(this))
    , month_(new LazyComboBox(this))
    , manager_(new LazyComboBox(this))
    , account_(new LazyComboBox(this))
    , view_(new QTableView(this))
    , count_(new QLabel(this))
    , searchTimer_(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(6);

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
    for (QComboBox* combo : {month_, manager_, account_}) {
        static_cast<LazyComboBox*>(combo)->beforePopup = [this] {
            fillFilterChoices();
        };
    }
    // Named by retranslate(), below.
    status_->addItem(QString());
    for (ContractStatus s : {ContractStatus::Prospect, ContractStatus::Tentative, ContractStatus::Definite,
                             ContractStatus::Cancelled, ContractStatus::Actualized}) {
        status_->addItem(QString(), static_cast<int>(s));
    }
    month_->addItem(QString());
    manager_->addItem(QString());
    account_->addItem(QString());
    filters->addWidget(status_, 0, 0);
    filters->addWidget(month_, 0, 1);
    filters->addWidget(manager_, 1, 0);
    filters->addWidget(account_, 1, 1);
    layout->addLayout(filters);

    view_->setModel(model_);
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
    // Every row the same height: the view never measures rows it does not show.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setSectionResizeMode(ContractListModel::GroupColumn, QHeaderView::Stretch);
    view_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setFrameShape(QFrame::StyledPanel);
    fitColumns(false);
    const QFontMetrics fm = fontMetrics();
    view_->horizontalHeader()->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("Room")) + 12);
    for (int c : {ContractListModel::ReferenceColumn, ContractListModel::AccountColumn,
                  ContractListModel::SalesManagerColumn, ContractListModel::HotelColumn,
                  ContractListModel::StatusColumn, ContractListModel::NightsColumn}) {
        view_->setColumnHidden(c, true);
    }
    layout->addWidget(view_, 1);
    setTextTone(count_, TextTone::Muted);
    layout->addWidget(count_);

    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(250);
    connect(searchTimer_, &QTimer::timeout, this, &ContractListPanel::applyFilters);
    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(search_, &QLineEdit::returnPressed, this, &ContractListPanel::applySearchNow);

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
    // A column the repository cannot sort by keeps the sort it had.
    connect(view_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!ContractListModel::sortKeyFor(column)) {
                    view_->horizontalHeader()->setSortIndicator(model_->sortColumn(), model_->sortOrder());
                }
            });
    for (QComboBox* combo : {status_, month_, manager_, account_}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ContractListPanel::applyFilters);
    }
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!selectedId_.isEmpty()) {
            selectId(selectedId_);
        }
    });
    connect(model_, &ContractListModel::totalChanged, this, &ContractListPanel::updateCount);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!selecting_ && current.isValid()) {
                    emit currentIdChanged(current.data(ContractListModel::IdRole).toString());
                }
            });
    retranslate();
}

void ContractListPanel::retranslate() {
    search_->setPlaceholderText(tr("Search group, reference, account, hotel\u2026"));
    status_->setToolTip(tr("Show contracts of one status"));
    month_->setToolTip(tr("Show contracts arriving in one month"));
    manager_->setToolTip(tr("Show one sales manager's contracts"));
    account_->setToolTip(tr("Show one account's contracts"));
    // In place (setItemText): the current choice and its data stay, and no filter is applied again.
    status_->setItemText(0, tr("All statuses"));
    for (int i = 1; i < status_->count(); ++i) {
        status_->setItemText(
            i, ContractListModel::statusName(static_cast<ContractStatus>(status_->itemData(i).toInt())));
    }
    month_->setItemText(0, tr("Any arrival month"));
    const QLocale locale;
    for (int i = 1; i < month_->count(); ++i) {
        const int m = month_->itemData(i).toInt();
        month_->setItemText(i, monthName(m, locale));
    }
    manager_->setItemText(0, tr("All sales managers"));
    account_->setItemText(0, tr("All accounts"));
    updateCount();
}

void ContractListPanel::fitColumns(bool widenOnly) {
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        int titleWidth = 0;
        for (const QString& line : title.split(QLatin1Char('\n'))) {
            titleWidth = std::max(titleWidth, fm.horizontalAdvance(line) + 10);
        }
        const int width = std::max(fm.horizontalAdvance(sample), titleWidth) + 12;
        view_->setColumnWidth(column, widenOnly ? std::max(width, view_->columnWidth(column)) : width);
    };
    fit(ContractListModel::ArrivalColumn, formatDate(*Date::fromYmd(2027, 12, 28)));
    fit(ContractListModel::RoomNightsColumn, QStringLiteral("00,000"));
    fit(ContractListModel::PickupColumn, QStringLiteral("100.25%"));
    fit(ContractListModel::ExposureColumn, QStringLiteral("000,000.00 USD"));
}

void ContractListPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A title longer in the new language: its column is widened (never narrowed, so that the widths
        // the user chose stay).
        fitColumns(true);
    }
    QWidget::changeEvent(event);
}

void ContractListPanel::resetFilters() {
    choicesFilled_ = false;
    {
        const QSignalBlocker block(search_);
        search_->clear();
    }
    searchTimer_->stop();
    for (QComboBox* combo : {month_, manager_, account_}) {
        const QSignalBlocker block(combo);
        while (combo->count() > 1) {
            combo->removeItem(1);
        }
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker block(status_);
    status_->setCurrentIndex(0);
    applyFilters();
}

void ContractListPanel::fillFilterChoices(bool again) {
    storage::ContractRepository* repository = model_->repository();
    if (again) {
        // Read when next opened: the choices may have changed.
        choicesFilled_ = false;
        return;
    }
    if (choicesFilled_ || repository == nullptr) {
        return;
    }
    choicesFilled_ = true;
    const auto refill = [](QComboBox* combo, const std::vector<std::pair<QString, QVariant>>& items) {
        const QVariant kept = combo->currentData();
        const QString all = combo->itemText(0);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto& [text, value] : items) {
            combo->addItem(text, value);
        }
        const int at = kept.isValid() ? combo->findData(kept) : 0;
        combo->setCurrentIndex(std::max(0, at));
    };
    std::vector<std::pair<QString, QVariant>> items;
    if (auto range = arrivalRange(*repository); range && *range) {
        const QLocale locale;
        for (int m = monthNumber((*range)->first); m <= monthNumber((*range)->second); ++m) {
            items.emplace_back(monthName(m, locale), m);
        }
    }
    refill(month_, items);
    items.clear();
    if (auto managers = salesManagers(*repository)) {
        for (const QString& m : *managers) {
            items.emplace_back(m, m);
        }
    }
    refill(manager_, items);
    items.clear();
    if (auto accounts = repository->accounts()) {
        for (const storage::AccountSummary& a : *accounts) {
            const QString name = QString::fromStdString(a.name);
            items.emplace_back(name, name);
        }
    }
    refill(account_, items);
}

void ContractListPanel::applySearchNow() {
    searchTimer_->stop();
    applyFilters();
}

QString ContractListPanel::currentId() const {
    const QModelIndex current = view_->currentIndex();
    return current.isValid() ? current.data(ContractListModel::IdRole).toString() : QString();
}

void ContractListPanel::selectId(const QString& id) {
    selecting_ = true;
    selectedId_ = id;
    const int row = id.isEmpty() ? -1 : model_->rowForId(id, 10);
    const QModelIndex index = row < 0 ? QModelIndex() : model_->index(row, ContractListModel::GroupColumn);
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
    const int rows = model_->rowCount();
    if (rows == 0) {
        return;
    }
    const int current =
        view_->currentIndex().isValid() ? view_->currentIndex().row() : (delta > 0 ? -1 : rows);
    const int next = std::clamp(current + delta, 0, rows - 1);
    view_->setCurrentIndex(model_->index(next, ContractListModel::GroupColumn));
}

void ContractListPanel::saveState(QSettings& settings) const {
    settings.setValue(QStringLiteral("list/header"), view_->horizontalHeader()->saveState());
}

void ContractListPanel::restoreState(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("list/header")).toByteArray();
    if (!header.isEmpty()) {
        view_->horizontalHeader()->restoreState(header);
    }
    if (!ContractListModel::sortKeyFor(view_->horizontalHeader()->sortIndicatorSection())) {
        view_->horizontalHeader()->setSortIndicator(ContractListModel::ArrivalColumn, Qt::AscendingOrder);
    }
}

void ContractListPanel::applyFilters() {
    storage::ContractFilter filter;
    filter.text = search_->text().simplified().toStdString();
    if (status_->currentIndex() > 0) {
        filter.statuses = {static_cast<ContractStatus>(status_->currentData().toInt())};
    }
    if (month_->currentIndex() > 0) {
        const int m = month_->currentData().toInt();
        const QDate first(m / 12, m % 12 + 1, 1);
        filter.arrivalFrom = Date::fromYmd(first.year(), first.month(), 1);
        filter.arrivalTo = Date::fromYmd(first.year(), first.month(), first.daysInMonth());
    }
    if (manager_->currentIndex() > 0) {
        filter.salesManager = manager_->currentData().toString().toStdString();
    }
    if (account_->currentIndex() > 0) {
        filter.account = account_->currentData().toString().toStdString();
    }
    model_->setFilter(filter);
}

void ContractListPanel::updateCount() {
    const int shown = model_->total();
    const int total = model_->unfilteredTotal();
    const QLocale locale;
    count_->setText(shown == total ? tr("%Ln contract(s)", nullptr, total)
                                   : tr("%1 of %Ln contract(s)", nullptr, total).arg(locale.toString(shown)));
    if (!model_->lastError().isEmpty()) {
        count_->setToolTip(model_->lastError());
    }
}

} // namespace attrition::ui
