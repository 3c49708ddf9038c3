#include "views/contractlistpanel.h"

#include "models/contractlistmodel.h"
#include "session/database.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/values.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <optional>

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

// The arrival choices before the months: their keys, as the items' data.
const char* const kNext30 = "next30";
const char* const kNext90 = "next90";
const char* const kThisQuarter = "thisQuarter";
const char* const kNextQuarter = "nextQuarter";
const char* const kRange = "range";
const char* const kArrivalPresets[] = {kNext30, kNext90, kThisQuarter, kNextQuarter, kRange};
/// The items before the months: "any", the presets and a separator.
constexpr int kFirstMonthItem = 1 + static_cast<int>(std::size(kArrivalPresets)) + 1;

QDate quarterStart(QDate d) {
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

/// Asks for the first and last arrival date of a range.
class ArrivalRangeDialog : public QDialog {
public:
    ArrivalRangeDialog(QDate from, QDate to, QWidget* parent)
        : QDialog(parent)
        , from_(new QDateEdit(from, this))
        , to_(new QDateEdit(to, this)) {
        setWindowTitle(ContractListPanel::tr("Arrival Dates"));
        for (QDateEdit* edit : {from_, to_}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        }
        auto* form = new QFormLayout;
        form->addRow(ContractListPanel::tr("Arriving &from:"), from_);
        form->addRow(ContractListPanel::tr("Arriving &to:"), to_);
        auto* problem = new QLabel(this);
        setTextTone(problem, TextTone::Error);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        const auto check = [this, problem, buttons] {
            const bool ok = from_->date() <= to_->date();
            problem->setText(ok ? QString()
                                : ContractListPanel::tr("The last arrival date is before the first."));
            buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
        };
        connect(from_, &QDateEdit::dateChanged, this, check);
        connect(to_, &QDateEdit::dateChanged, this, check);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(problem);
        layout->addWidget(buttons);
        check();
    }
    QDate from() const { return from_->date(); }
    QDate to() const { return to_->date(); }

private:
    QDateEdit* from_;
    QDateEdit* to_;
};

/// Cuts a text that does not fit short in the middle, so that names sharing their beginning stay apart:
/// "Pacific Cardiology…Annual Meeting 2027" and "Pacific Cardiology…Board Retreat 2027".
class MiddleElidingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

ContractListPanel::ContractListPanel(ContractListModel* model, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , search_(new QLineEdit(this))
    , status_(new QComboBox(this))
    , month_(new LazyComboBox(this))
    , manager_(new LazyComboBox(this))
    , account_(new LazyComboBox(this))
    , showArchived_(new QCheckBox(this))
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
                             ContractStatus::Cancelled, ContractStatus::Actualized, ContractStatus::Lost}) {
        status_->addItem(QString(), static_cast<int>(s));
    }
    month_->addItem(QString());
    for (const char* key : kArrivalPresets) {
        month_->addItem(QString(), QString::fromLatin1(key));
    }
    month_->insertSeparator(month_->count());
    manager_->addItem(QString());
    account_->addItem(QString());
    filters->addWidget(status_, 0, 0);
    filters->addWidget(month_, 0, 1);
    filters->addWidget(manager_, 1, 0);
    filters->addWidget(account_, 1, 1);
    filters->addWidget(showArchived_, 2, 0, 1, 2);
    layout->addLayout(filters);

    view_->setModel(model_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(ContractListModel::ArrivalColumn, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setShowGrid(false);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = view_->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        const QString id = model_->idAt(index.row());
        if (id.isEmpty()) {
            return;
        }
        if (id != currentId()) {
            view_->selectRow(index.row());
        }
        emit contractMenuRequested(id, view_->viewport()->mapToGlobal(at));
    });
    view_->setWordWrap(false);
    view_->setTextElideMode(Qt::ElideRight);
    // Groups of one organizer share the beginning of their names and differ at the end (the event, the
    // year): the group column cuts names short in the middle; its tooltip holds the whole name.
    view_->setItemDelegateForColumn(ContractListModel::GroupColumn, new MiddleElidingDelegate(view_));
    view_->verticalHeader()->hide();
    // Every row the same height: the view never measures rows it does not show.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
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
    view_->viewport()->installEventFilter(this);
    connect(view_->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ContractListModel::GroupColumn) {
            fitGroupColumn();
        }
    });
    setTextTone(count_, TextTone::Muted);
    layout->addWidget(count_);

    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(250);
    connect(searchTimer_, &QTimer::timeout, this, &ContractListPanel::applyFilters);
    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(search_, &QLineEdit::returnPressed, this, &ContractListPanel::applySearchNow);

    connect(view_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& at) {
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
                    connect(a, &QAction::toggled, this, [this, c](bool on) {
                        view_->setColumnHidden(c, !on);
                        fitGroupColumn();
                    });
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
    connect(showArchived_, &QCheckBox::toggled, this, &ContractListPanel::applyFilters);
    connect(month_, &QComboBox::activated, this, [this](int index) {
        if (month_->itemData(index).toString() == QLatin1String(kRange)) {
            askArrivalRange();
        } else {
            arrivalChoice_ = index;
        }
    });
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
    month_->setToolTip(tr("Show contracts arriving soon, in a quarter, a month or between two dates"));
    manager_->setToolTip(tr("Show one sales manager's contracts"));
    account_->setToolTip(tr("Show one account's contracts"));
    showArchived_->setText(tr("Show &archived contracts"));
    showArchived_->setToolTip(tr("Archived contracts are hidden from the list unless this is checked"));
    // In place (setItemText): the current choice and its data stay, and no filter is applied again.
    status_->setItemText(0, tr("All statuses"));
    for (int i = 1; i < status_->count(); ++i) {
        status_->setItemText(
            i, ContractListModel::statusName(static_cast<ContractStatus>(status_->itemData(i).toInt())));
    }
    month_->setItemText(0, tr("Any arrival date"));
    const QLocale locale;
    for (int i = 1; i < month_->count(); ++i) {
        const QVariant choice = month_->itemData(i);
        if (choice.typeId() == QMetaType::Int) {
            month_->setItemText(i, monthName(choice.toInt(), locale));
            continue;
        }
        const QString key = choice.toString();
        if (key == QLatin1String(kNext30)) {
            month_->setItemText(i, tr("Arriving in the next 30 days"));
        } else if (key == QLatin1String(kNext90)) {
            month_->setItemText(i, tr("Arriving in the next 90 days"));
        } else if (key == QLatin1String(kThisQuarter)) {
            month_->setItemText(i, tr("Arriving this quarter"));
        } else if (key == QLatin1String(kNextQuarter)) {
            month_->setItemText(i, tr("Arriving next quarter"));
        } else if (key == QLatin1String(kRange)) {
            month_->setItemText(i, range_ ? tr("Arriving %1 to %2")
                                                .arg(locale.toString(range_->first, QLocale::ShortFormat),
                                                     locale.toString(range_->second, QLocale::ShortFormat))
                                          : tr("Arrival dates\u2026"));
        }
    }
    manager_->setItemText(0, tr("All sales managers"));
    account_->setItemText(0, tr("All accounts"));
    updateCount();
}

void ContractListPanel::fitColumns(bool widenOnly) {
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&](int column, const QStringList& samples) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString& line : title.split(QLatin1Char('\n'))) {
            width = std::max(width, fm.horizontalAdvance(line) + 10);
        }
        for (const QString& sample : samples) {
            width = std::max(width, fm.horizontalAdvance(sample));
        }
        width += 12;
        view_->setColumnWidth(column, widenOnly ? std::max(width, view_->columnWidth(column)) : width);
    };
    fit(ContractListModel::ArrivalColumn, {formatDate(*Date::fromYmd(2027, 12, 28))});
    fit(ContractListModel::RoomNightsColumn, {QStringLiteral("00,000")});
    fit(ContractListModel::PickupColumn, {QStringLiteral("100.25%"), ContractListModel::noPickupWord(true),
                                          ContractListModel::noPickupWord(false)});
    fit(ContractListModel::ExposureColumn, {QStringLiteral("000,000.00 USD")});
}

void ContractListPanel::fitGroupColumn() {
    QHeaderView* header = view_->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != ContractListModel::GroupColumn && !header->isSectionHidden(c)) {
            others += header->sectionSize(c);
        }
    }
    // About 24 characters: the beginning and the end of a name (its organizer, its event and year).
    const int least = fontMetrics().averageCharWidth() * 24 + 12;
    const int width = std::max(least, view_->viewport()->width() - others);
    if (header->sectionSize(ContractListModel::GroupColumn) != width) {
        header->resizeSection(ContractListModel::GroupColumn, width);
    }
}

bool ContractListPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::Resize) {
        fitGroupColumn();
    }
    return QWidget::eventFilter(watched, event);
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
        const int keep = combo == month_ ? kFirstMonthItem : 1;
        while (combo->count() > keep) {
            combo->removeItem(keep);
        }
        combo->setCurrentIndex(0);
    }
    arrivalChoice_ = 0;
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
    const auto refill = [this](QComboBox* combo, const std::vector<std::pair<QString, QVariant>>& items) {
        const QVariant kept = combo->currentData();
        const QSignalBlocker block(combo);
        // The first items (any, and the arrival presets) stay.
        const int keep = combo == month_ ? kFirstMonthItem : 1;
        while (combo->count() > keep) {
            combo->removeItem(keep);
        }
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

void ContractListPanel::showAccount(const QString& account) {
    fillFilterChoices();
    searchTimer_->stop();
    for (QWidget* w : std::initializer_list<QWidget*>{search_, status_, month_, manager_, account_}) {
        w->blockSignals(true);
    }
    search_->clear();
    status_->setCurrentIndex(0);
    month_->setCurrentIndex(0);
    arrivalChoice_ = 0;
    manager_->setCurrentIndex(0);
    int at = -1;
    for (int i = 1; i < account_->count() && at < 0; ++i) {
        if (account_->itemData(i).toString() == account) {
            at = i;
        }
    }
    if (at < 0) {
        account_->addItem(account.isEmpty() ? tr("(no account)") : account, account);
        at = account_->count() - 1;
    }
    account_->setCurrentIndex(at);
    for (QWidget* w : std::initializer_list<QWidget*>{search_, status_, month_, manager_, account_}) {
        w->blockSignals(false);
    }
    applyFilters();
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
    // A state saved when the group column stretched: it is fitted now.
    view_->horizontalHeader()->setSectionResizeMode(ContractListModel::GroupColumn, QHeaderView::Interactive);
    fitGroupColumn();
}

void ContractListPanel::applyFilters() {
    storage::ContractFilter filter;
    filter.text = search_->text().simplified().toStdString();
    if (status_->currentIndex() > 0) {
        filter.statuses = {static_cast<ContractStatus>(status_->currentData().toInt())};
    }
    if (const std::optional<std::pair<QDate, QDate>> arriving = arrivalDates()) {
        filter.arrivalFrom =
            Date::fromYmd(arriving->first.year(), arriving->first.month(), arriving->first.day());
        filter.arrivalTo =
            Date::fromYmd(arriving->second.year(), arriving->second.month(), arriving->second.day());
    }
    if (manager_->currentIndex() > 0) {
        filter.salesManager = manager_->currentData().toString().toStdString();
    }
    if (account_->currentIndex() > 0) {
        filter.account = account_->currentData().toString().toStdString();
    }
    filter.archived = showArchived_->isChecked() ? storage::ArchivedContracts::Included
                                                 : storage::ArchivedContracts::Hidden;
    model_->setFilter(filter);
}

std::optional<std::pair<QDate, QDate>> ContractListPanel::arrivalDates() const {
    const QVariant choice = month_->currentData();
    if (!choice.isValid()) {
        return std::nullopt;
    }
    if (choice.typeId() == QMetaType::Int) {
        const int m = choice.toInt();
        const QDate first(m / 12, m % 12 + 1, 1);
        return std::pair{first, QDate(first.year(), first.month(), first.daysInMonth())};
    }
    const QDate today = today_.isValid() ? today_ : QDate::currentDate();
    const QString key = choice.toString();
    if (key == QLatin1String(kNext30)) {
        return std::pair{today, today.addDays(30)};
    }
    if (key == QLatin1String(kNext90)) {
        return std::pair{today, today.addDays(90)};
    }
    if (key == QLatin1String(kThisQuarter) || key == QLatin1String(kNextQuarter)) {
        const QDate start = quarterStart(today).addMonths(key == QLatin1String(kNextQuarter) ? 3 : 0);
        return std::pair{start, start.addMonths(3).addDays(-1)};
    }
    if (key == QLatin1String(kRange) && range_) {
        return range_;
    }
    return std::nullopt;
}

void ContractListPanel::setArrivalRange(QDate from, QDate to) {
    range_ = std::pair{std::min(from, to), std::max(from, to)};
    const int at = month_->findData(QString::fromLatin1(kRange));
    arrivalChoice_ = at;
    retranslate();
    if (month_->currentIndex() == at) {
        applyFilters();
    } else {
        month_->setCurrentIndex(at); // applies the filter
    }
}

void ContractListPanel::setToday(QDate today) {
    today_ = today;
    applyFilters();
}

void ContractListPanel::askArrivalRange() {
    const QDate today = today_.isValid() ? today_ : QDate::currentDate();
    const auto shown = range_ ? *range_ : arrivalDates().value_or(std::pair{today, today.addMonths(3)});
    ArrivalRangeDialog dialog(shown.first, shown.second, this);
    if (dialog.exec() == QDialog::Accepted) {
        setArrivalRange(dialog.from(), dialog.to());
        return;
    }
    // Cancelled: the choice before stays (or nothing, when no range was ever given).
    month_->setCurrentIndex(range_ ? month_->findData(QString::fromLatin1(kRange)) : arrivalChoice_);
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
