#include "views/accountspanel.h"

#include "models/accountsmodel.h"
#include "style/theme.h"
#include "text/values.h"
#include "widgets/compactheader.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace attrition::ui {

namespace {
/// The least width of the account's name, in widths of an 'x': enough to tell accounts apart.
constexpr int kLeastNameWidth = 16;

/// The button's text, and the account's context menu's when the latest contract has no reference.
QString openLatestText() {
    return AccountsPanel::tr("Open Latest Contract");
}
} // namespace

AccountsPanel::AccountsPanel(QWidget* parent)
    : QWidget(parent)
    , loader_(new AccountsLoader(this))
    , status_(new QLabel(this))
    , atRiskOnly_(new QCheckBox(this))
    , model_(new AccountsModel(this))
    , proxy_(new QSortFilterProxyModel(this))
    , view_(new QTableView(this))
    , detailTitle_(new QLabel(this))
    , detail_(new QTextBrowser(this))
    , showContracts_(new QPushButton(this))
    , openLatest_(new QPushButton(this)) {
    setObjectName(QStringLiteral("accountsPanel"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(AccountsModel::SortRole);
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
    view_->setObjectName(QStringLiteral("accountsView"));
    view_->setHorizontalHeader(new CompactHeaderView(view_));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(AccountsModel::NameColumn, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    // The figures fit their contents (measured on the first rows only: there may be thousands of
    // accounts), under headers of two lines where a label is wider than its figures; the name keeps enough
    // room to tell accounts apart and takes what is left, so that every column shows at 1366 pixels wide.
    QHeaderView* header = view_->horizontalHeader();
    header->setResizeContentsPrecision(60);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header->setSectionResizeMode(AccountsModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(AccountsModel::NameColumn, kLeastNameWidth * x);
    header->setMinimumSectionSize(4 * x);
    header->setStretchLastSection(false);
    view_->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != AccountsModel::NameColumn) {
            fitNameColumn();
        }
    });

    QFont bold = detailTitle_->font();
    bold.setBold(true);
    detailTitle_->setFont(bold);
    detail_->setObjectName(QStringLiteral("accountDetail"));
    detail_->setOpenLinks(false);
    status_->setWordWrap(true);
    setTextTone(status_, TextTone::Muted);

    auto* top = new QHBoxLayout();
    top->addWidget(status_, 1);
    top->addWidget(atRiskOnly_);

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailHead = new QHBoxLayout();
    detailHead->addWidget(detailTitle_);
    detailHead->addStretch(1);
    detailHead->addWidget(showContracts_);
    detailHead->addWidget(openLatest_);
    detailLayout->addLayout(detailHead);
    detailLayout->addWidget(detail_, 1);

    // The list above, the account chosen below it, as the groups at risk and the group chosen.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(view_);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(loader_, &AccountsLoader::ready, this, &AccountsPanel::showData);
    connect(atRiskOnly_, &QCheckBox::toggled, this, [this](bool on) {
        const int row = currentRow();
        const QString name = row >= 0 ? QString::fromStdString(model_->accountAt(row)->name) : QString();
        model_->setAtRiskOnly(on);
        if (row >= 0) {
            if (const int again = model_->rowOf(name); again >= 0) {
                selectRow(proxy_->mapFromSource(model_->index(again, 0)).row());
            }
        }
        updateDetail();
    });
    // The current row may stay while the selection changes (a row selected again after a reset).
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPanel::updateDetail);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPanel::updateDetail);
    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            showContractsOf(proxy_->mapToSource(index).row());
        }
    });
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = view_->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        view_->selectRow(index.row());
        QMenu* menu = createRowMenu(proxy_->mapToSource(index).row(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view_->viewport()->mapToGlobal(at));
    });
    connect(showContracts_, &QPushButton::clicked, this, [this] { showContractsOf(currentRow()); });
    connect(openLatest_, &QPushButton::clicked, this, [this] { openLatestOf(currentRow()); });
    retranslate();
    updateDetail();
}

AccountsPanel::~AccountsPanel() = default;

void AccountsPanel::retranslate() {
    atRiskOnly_->setText(tr("Accounts at &risk only"));
    atRiskOnly_->setToolTip(tr("Only the accounts whose usual rebooking cycle has passed without a new "
                               "contract, or whose pickup fell for two events in a row."));
    detailTitle_->setText(tr("The account chosen"));
    showContracts_->setText(tr("Show Contracts"));
    showContracts_->setToolTip(tr("The account's contracts in the contract list"));
    openLatest_->setText(openLatestText());
    openLatest_->setToolTip(tr("The account's contract arriving last, in the editor"));
    view_->setToolTip(tr("Double-click an account to list its contracts; right-click for more."));
    if (data_) {
        showData(data_);
    } else {
        status_->setText(hasDatabase_ ? tr("Computing…") : tr("No database is open."));
    }
}

void AccountsPanel::fitNameColumn() {
    QHeaderView* header = view_->horizontalHeader();
    const int others = header->length() - header->sectionSize(AccountsModel::NameColumn);
    const int least = kLeastNameWidth * fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const int width = std::max(least, view_->viewport()->width() - others);
    if (width != header->sectionSize(AccountsModel::NameColumn)) {
        header->resizeSection(AccountsModel::NameColumn, width);
    }
}

bool AccountsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::Resize) {
        fitNameColumn();
    }
    return QWidget::eventFilter(watched, event);
}

void AccountsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AccountsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) {
        request();
    }
}

void AccountsPanel::setDatabase(const storage::ConnectionSettings& connection,
                                storage::ContractRepository* repository) {
    loader_->setDatabase(connection, repository);
    hasDatabase_ = repository != nullptr;
    data_.reset();
    model_->setAccounts(nullptr);
    stale_ = true;
    status_->setText(hasDatabase_ ? tr("Computing…") : tr("No database is open."));
    updateDetail();
}

void AccountsPanel::setQuery(const AccountsQuery& query) {
    if (hasQuery_ && query == query_ && !stale_) {
        return;
    }
    query_ = query;
    hasQuery_ = true;
    stale_ = true;
    request();
}

void AccountsPanel::invalidate() {
    stale_ = true;
    request();
}

void AccountsPanel::request() {
    if (!hasDatabase_ || !hasQuery_ || !isVisible()) {
        return;
    }
    stale_ = false;
    status_->setText(tr("Computing…"));
    loader_->request(query_);
}

void AccountsPanel::waitUntilReady() {
    loader_->wait();
}

bool AccountsPanel::computing() const {
    return loader_->busy();
}

void AccountsPanel::showData(std::shared_ptr<const AccountsData> shown) {
    const int before = currentRow();
    const QString selected =
        before >= 0 ? QString::fromStdString(model_->accountAt(before)->name) : QString();
    const bool hadSelection = before >= 0;
    data_ = std::move(shown);
    model_->setAccounts(data_);
    const AccountList& list = data_->list;
    QString status =
        tr("%n accounts", nullptr, static_cast<int>(list.accounts.size())) + QStringLiteral(" \u00b7 ") +
        tr("%n contracts of every arrival date, standing on %1", nullptr, static_cast<int>(list.contracts))
            .arg(formatDate(list.today));
    status +=
        QStringLiteral(" \u00b7 ") + tr("%n at risk of not coming back", nullptr, model_->atRiskCount());
    if (!list.invalid.empty()) {
        status += QStringLiteral(" \u00b7 ") + tr("%n contracts left out (the engine refuses them)", nullptr,
                                                  static_cast<int>(list.invalid.size()));
    }
    status += QStringLiteral(" \u00b7 ") +
              tr("read in %1 ms, computed in %2 ms")
                  .arg(QString::number(data_->readMs, 'f', 0), QString::number(data_->computeMs, 'f', 0));
    if (!data_->problem.isEmpty()) {
        status = data_->problem;
    }
    status_->setText(status);
    // The same account stays selected when it is still listed.
    if (hadSelection) {
        if (const int row = model_->rowOf(selected); row >= 0) {
            selectRow(proxy_->mapFromSource(model_->index(row, 0)).row());
        }
    }
    updateDetail();
    emit refreshed();
}

int AccountsPanel::currentRow() const {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid() || !view_->selectionModel()->isRowSelected(current.row(), {})) {
        return -1;
    }
    return proxy_->mapToSource(current).row();
}

void AccountsPanel::selectRow(int row) {
    view_->selectRow(row);
    view_->setCurrentIndex(proxy_->index(row, 0));
}

void AccountsPanel::updateDetail() {
    const int row = currentRow();
    const bool chosen = model_->accountAt(row) != nullptr;
    showContracts_->setEnabled(chosen);
    openLatest_->setEnabled(chosen && !model_->latestKeyAt(row).isEmpty());
    if (!chosen) {
        detail_->setPlainText(model_->rowCount() == 0
                                  ? QString()
                                  : tr("Choose an account to read its events, its pickup and why it may not "
                                       "come back."));
        return;
    }
    detail_->setPlainText(model_->detailText(row));
}

void AccountsPanel::showContractsOf(int row) {
    if (const Account* a = model_->accountAt(row)) {
        emit accountContractsRequested(QString::fromStdString(a->name));
    }
}

void AccountsPanel::openLatestOf(int row) {
    if (const QString key = model_->latestKeyAt(row); !key.isEmpty()) {
        emit openContractRequested(key);
    }
}

QMenu* AccountsPanel::createRowMenu(int row, QWidget* parent) {
    auto* menu = new QMenu(parent);
    const Account* account = model_->accountAt(row);
    // What the actions need is taken now: the list may be computed again while the menu is open.
    const QString name = account != nullptr ? QString::fromStdString(account->name) : QString();
    const QString key = model_->latestKeyAt(row);
    const QString reference = model_->latestReferenceAt(row);
    QString shown = account != nullptr ? AccountsModel::displayName(account->name) : QString();
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    QAction* show = menu->addAction(tr("Show Contracts of %1").arg(shown));
    QAction* latest = menu->addAction(reference.isEmpty() ? openLatestText()
                                                          : tr("Open Latest Contract (%1)").arg(reference));
    show->setEnabled(account != nullptr);
    latest->setEnabled(!key.isEmpty());
    connect(show, &QAction::triggered, this, [this, name] { emit accountContractsRequested(name); });
    connect(latest, &QAction::triggered, this, [this, key] { emit openContractRequested(key); });
    return menu;
}

} // namespace attrition::ui
