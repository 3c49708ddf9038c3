// The desk's accounts: its rows are the engine's accounts over every stored contract, "Accounts at risk
// only" keeps those with a risk reason, the account chosen is told in sentences, a double-click lists the
// account's contracts and the row menu opens its latest contract.

#include "../support/shared_database.h"
#include "attrition/engine/accounts.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "democontracts.h"
#include "models/accountsmodel.h"
#include "models/contractlistmodel.h"
#include "session/accounts.h"
#include "session/contractdocument.h"
#include "session/database.h"
#include "session/desk.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "views/accountspanel.h"
#include "views/contractlistpanel.h"
#include "views/deskview.h"
#include "views/mainwindow.h"
#include "widget_test_support.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <gtest/gtest.h>
#include <map>
#include <tuple>

using namespace attrition;
using namespace attrition::ui;
using attrition::testsupport::copySharedDatabase;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

constexpr std::int64_t kGenerated = 2000;

st::ConnectionSettings fileSettings(const QString& path) {
    st::ConnectionSettings s;
    s.file = path.toStdString();
    return s;
}

class AccountsFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        templateDir_ = new QTemporaryDir;
        const QString path = QDir(templateDir_->path()).absoluteFilePath(QStringLiteral("template.sqlite"));
        // The desk's database (desk_view_test.cpp): built once for both.
        ASSERT_TRUE(copySharedDatabase(
            QStringLiteral("desk"),
            [](const QString& built) {
                st::OpenOptions options;
                options.createIfMissing = true;
                auto repository = st::SqlContractRepository::open(fileSettings(built), options);
                if (!repository || !(*repository)->saveNew(demo::portfolio(), "test")) {
                    return false;
                }
                st::SampleDataOptions sample;
                sample.contracts = kGenerated;
                sample.withScenarios = false;
                return static_cast<bool>(st::populateSampleData(**repository, sample));
            },
            path));
    }
    static void TearDownTestSuite() {
        delete templateDir_;
        templateDir_ = nullptr;
    }

    AccountsFixture() {
        QSettings().clear();
        databasePath = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
        EXPECT_TRUE(QFile::copy(
            QDir(templateDir_->path()).absoluteFilePath(QStringLiteral("template.sqlite")), databasePath));
        QSettings settings;
        st::writeConnectionSettings(settings, fileSettings(databasePath));
        settings.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Lima"));
        window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        EXPECT_TRUE(window->openInitialDatabase());
        window->show();
        settle();
        desk()->setToday(st::sampleToday());
        desk()->showAccounts();
        ready();
    }
    ~AccountsFixture() override {
        if (window) {
            window->document()->setSaved();
            window.reset();
        }
        QSettings().clear();
    }

    DeskView* desk() const { return window->deskView(); }
    AccountsPanel* panel() const { return desk()->accountsPanel(); }
    AccountsModel* model() const { return panel()->model(); }
    void ready() {
        desk()->waitUntilReady();
        settle();
    }

    /// Every stored contract of the filter, as attrition-cli accounts reads them.
    std::vector<Contract> stored(const st::ContractFilter& filter = {}) const {
        std::vector<Contract> contracts;
        EXPECT_TRUE(st::forEachStored(*window->repository(), filter,
                                      [&](const st::StoredContract& c) { contracts.push_back(c.contract); }));
        return contracts;
    }

    /// The model's row of the first account (by name) that has `wanted`, -1 when none.
    template <typename Wanted> int firstRow(Wanted wanted) const {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (wanted(*model()->accountAt(r))) {
                return r;
            }
        }
        return -1;
    }

    static inline QTemporaryDir* templateDir_ = nullptr;
    QTemporaryDir dir;
    QString databasePath;
    std::unique_ptr<MainWindow> window;
};

TEST_F(AccountsFixture, TheAccountsAreOneClickFromTheDesk) {
    QTabWidget* pages = desk()->pages();
    ASSERT_EQ(pages->count(), 2);
    EXPECT_EQ(pages->currentWidget(), panel());
    EXPECT_TRUE(panel()->isVisible());
    pages->setCurrentIndex(0);
    EXPECT_FALSE(panel()->isVisible());
    EXPECT_TRUE(desk()->atRiskView()->isVisible());
    pages->setCurrentIndex(1);
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_TRUE(panel()->statusLabel()->text().contains(QStringLiteral("accounts")))
        << panel()->statusLabel()->text().toStdString();
    // On a laptop screen every column is seen without scrolling sideways, the name with room to tell
    // accounts apart.
    QTableView* view = panel()->view();
    for (int column = 0; column < AccountsModel::ColumnCount; ++column) {
        EXPECT_LE(view->columnViewportPosition(column) + view->columnWidth(column), view->viewport()->width())
            << "column " << column;
    }
    EXPECT_FALSE(view->horizontalScrollBar()->isVisible());
    // No label is cut: each line of it fits, in the column sorted by beside the room the arrow is drawn in.
    QHeaderView* header = view->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto labelFits = [&] {
        for (int column = 1; column < AccountsModel::ColumnCount; ++column) {
            const int arrow =
                column == header->sortIndicatorSection() ? header->height() / 2 + 2 * margin : 0;
            for (const QString& line : model()->headerData(column, Qt::Horizontal).toString().split(u'\n')) {
                EXPECT_GE(header->sectionSize(column) - 2 * margin - arrow,
                          header->fontMetrics().horizontalAdvance(line))
                    << line.toStdString() << (arrow > 0 ? " (sorted by)" : "");
            }
        }
    };
    labelFits();
    view->sortByColumn(AccountsModel::LostColumn, Qt::DescendingOrder); // a label wider than its figures
    labelFits();
    view->sortByColumn(AccountsModel::NameColumn, Qt::AscendingOrder);
    EXPECT_GE(view->columnWidth(AccountsModel::NameColumn), 16 * view->fontMetrics().horizontalAdvance(u'x'));
    // Read on a thread of its own: the window goes on while it is computed.
    desk()->invalidate();
    EXPECT_TRUE(panel()->computing());
    EXPECT_EQ(panel()->statusLabel()->text(), QStringLiteral("Computing…"));
    ready();
    EXPECT_FALSE(panel()->computing());
}

TEST_F(AccountsFixture, RowsAreTheEnginesAccountsOfEveryContract) {
    const AccountList want = accounts(stored(), st::sampleToday());
    ASSERT_GT(want.accounts.size(), 10U);
    ASSERT_EQ(model()->rowCount(), static_cast<int>(want.accounts.size()));
    EXPECT_EQ(panel()->shown()->list.contracts, want.contracts);
    const QString dash = QStringLiteral("\u2014");
    bool sawDamages = false;
    bool sawCycle = false;
    bool sawSettled = false;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const Account& w = want.accounts[static_cast<std::size_t>(r)];
        const Account* a = model()->accountAt(r);
        ASSERT_EQ(a->name, w.name) << r;
        EXPECT_EQ(model()->text(r, AccountsModel::NameColumn),
                  w.name.empty() ? QStringLiteral("(no account)") : QString::fromStdString(w.name));
        EXPECT_EQ(model()->text(r, AccountsModel::ContractsColumn), formatCount(w.contracts));
        EXPECT_EQ(model()->text(r, AccountsModel::CancelledColumn), formatCount(w.cancelled));
        EXPECT_EQ(model()->text(r, AccountsModel::LostColumn), formatCount(w.lost));
        EXPECT_EQ(model()->text(r, AccountsModel::LastStayColumn),
                  w.lastStay ? formatDate(w.lastStay->arrival) : dash);
        EXPECT_EQ(model()->text(r, AccountsModel::NextStayColumn),
                  w.nextStay ? formatDate(w.nextStay->arrival) : dash);
        // Blocked against picked up room nights of the final pickups.
        if (w.finalPickup.pickup) {
            EXPECT_EQ(model()->text(r, AccountsModel::PickupColumn),
                      QStringLiteral("%1 (%2 of %3)")
                          .arg(formatPercentRounded(*w.finalPickup.pickup),
                               formatCount(w.finalPickup.pickupRoomNights),
                               formatCount(w.finalPickup.blockRoomNights)));
        } else {
            EXPECT_EQ(model()->text(r, AccountsModel::PickupColumn), dash);
        }
        if (w.cycle.medianDays) {
            sawCycle = true;
            EXPECT_EQ(
                model()->text(r, AccountsModel::CycleColumn),
                QStringLiteral("%1 \u00b1 %2 days")
                    .arg(formatRooms(w.cycle.medianDays->micro()), formatRooms(w.cycle.spreadDays->micro())));
        }
        EXPECT_EQ(model()->text(r, AccountsModel::TrendColumn).count(QStringLiteral("%")),
                  static_cast<int>(w.pickupTrend.size()));
        // One amount per currency, never added across currencies, collected and waived from the settlements.
        QStringList damages;
        for (const AccountDamages& d : w.damages) {
            damages << formatMoneyWithCode(d.total);
            sawDamages = true;
        }
        EXPECT_EQ(model()->text(r, AccountsModel::DamagesColumn),
                  damages.isEmpty() ? dash : damages.join(QStringLiteral("; ")));
        QStringList collected;
        QStringList waived;
        for (const AccountDamages& d : w.damages) {
            collected << formatMoneyWithCode(d.collected);
            waived << formatMoneyWithCode(d.waived);
            sawSettled = sawSettled || d.collected.isPositive() || d.waived.isPositive();
        }
        EXPECT_EQ(model()->text(r, AccountsModel::CollectedColumn),
                  collected.isEmpty() ? dash : collected.join(QStringLiteral("; ")));
        EXPECT_EQ(model()->text(r, AccountsModel::WaivedColumn),
                  waived.isEmpty() ? dash : waived.join(QStringLiteral("; ")));
        QStringList reasons;
        for (const AccountRiskNote& n : w.risks) {
            reasons << messageText(n.reason);
        }
        EXPECT_EQ(model()->risksText(r), reasons.join(QLatin1Char('\n')));
    }
    EXPECT_TRUE(sawDamages);
    EXPECT_TRUE(sawCycle);
    EXPECT_TRUE(sawSettled);
}

TEST_F(AccountsFixture, TheLatestContractIsTheOneArrivingLast) {
    std::map<std::string, std::tuple<Date, std::int64_t, std::string>> latest;
    ASSERT_TRUE(st::forEachStored(*window->repository(), {}, [&](const st::StoredContract& c) {
        auto [at, inserted] =
            latest.try_emplace(c.contract.account, c.contract.arrival, c.id.value, c.contract.reference);
        if (!inserted && std::tie(c.contract.arrival, c.id.value) >
                             std::tie(std::get<0>(at->second), std::get<1>(at->second))) {
            at->second = {c.contract.arrival, c.id.value, c.contract.reference};
        }
    }));
    for (int r = 0; r < model()->rowCount(); ++r) {
        const auto& [arrival, id, reference] = latest.at(model()->accountAt(r)->name);
        EXPECT_EQ(model()->latestReferenceAt(r), QString::fromStdString(reference));
        EXPECT_EQ(model()->latestKeyAt(r), contractKey(st::ContractId{id}));
    }
}

TEST_F(AccountsFixture, AtRiskOnlyKeepsTheAccountsWithReasons) {
    const int all = model()->rowCount();
    const int atRisk = model()->atRiskCount();
    ASSERT_GT(atRisk, 0);
    ASSERT_LT(atRisk, all);
    panel()->atRiskOnlyBox()->setChecked(true);
    settle();
    ASSERT_EQ(model()->rowCount(), atRisk);
    for (int r = 0; r < model()->rowCount(); ++r) {
        EXPECT_FALSE(model()->accountAt(r)->risks.empty());
        EXPECT_FALSE(model()->text(r, AccountsModel::RiskColumn).isEmpty());
    }
    // The reasons are the row's tooltip, and sentences in the account chosen.
    QSortFilterProxyModel* proxy = panel()->proxy();
    const QString sentences = model()->risksText(proxy->mapToSource(proxy->index(0, 0)).row());
    ASSERT_FALSE(sentences.isEmpty());
    EXPECT_EQ(proxy->index(0, AccountsModel::RiskColumn).data(Qt::ToolTipRole).toString(), sentences);
    panel()->selectRow(0);
    settle();
    const QString detail = panel()->detailView()->toPlainText();
    EXPECT_TRUE(detail.contains(sentences.section(QLatin1Char('\n'), 0, 0))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Rebooking:"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Events (tentative, definite and actualized, by arrival):")));
    // The chosen account stays chosen when every account is shown again.
    const std::string chosen = model()->accountAt(panel()->currentRow())->name;
    panel()->atRiskOnlyBox()->setChecked(false);
    settle();
    EXPECT_EQ(model()->rowCount(), all);
    ASSERT_GE(panel()->currentRow(), 0);
    EXPECT_EQ(model()->accountAt(panel()->currentRow())->name, chosen);
}

TEST_F(AccountsFixture, TheTableSortsByAnyColumn) {
    QSortFilterProxyModel* proxy = panel()->proxy();
    ASSERT_GT(proxy->rowCount(), 2);
    for (const int column :
         {static_cast<int>(AccountsModel::ContractsColumn), static_cast<int>(AccountsModel::LastStayColumn),
          static_cast<int>(AccountsModel::PickupColumn)}) {
        panel()->view()->sortByColumn(column, Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r) {
            EXPECT_GE(proxy->index(r - 1, column).data(AccountsModel::SortRole).toLongLong(),
                      proxy->index(r, column).data(AccountsModel::SortRole).toLongLong())
                << column << " " << r;
        }
    }
}

TEST_F(AccountsFixture, ADoubleClickListsTheAccountsContracts) {
    const int row = firstRow([](const Account& a) { return !a.name.empty() && a.contracts > 1; });
    ASSERT_GE(row, 0);
    const Account* account = model()->accountAt(row);
    const QString name = QString::fromStdString(account->name);
    const QModelIndex index =
        panel()->proxy()->mapFromSource(model()->index(row, AccountsModel::ContractsColumn));
    emit panel()->view()->doubleClicked(index);
    settle();
    EXPECT_EQ(window->page(), MainWindow::Page::Contracts);
    EXPECT_TRUE(window->listPanel()->isVisible());
    EXPECT_EQ(window->listPanel()->accountFilter()->currentData().toString(), name);
    const st::ContractFilter& filter = window->listModel()->filter();
    ASSERT_TRUE(filter.account);
    EXPECT_EQ(*filter.account, account->name);
    EXPECT_TRUE(filter.statuses.empty());
    EXPECT_FALSE(filter.arrivalFrom);
    // Every contract of the account the list shows (archived ones hidden, as ever).
    st::ContractFilter same;
    same.account = account->name;
    same.archived = st::ArchivedContracts::Hidden;
    EXPECT_EQ(window->listModel()->total(), static_cast<int>(stored(same).size()));
    for (int r = 0; r < std::min(window->listModel()->rowCount(), 50); ++r) {
        if (const st::ContractSummary* s = window->listModel()->summaryAt(r)) {
            EXPECT_EQ(s->account, account->name);
        }
    }
}

TEST_F(AccountsFixture, TheRowMenuOpensTheLatestContract) {
    const int row = firstRow([](const Account& a) { return !a.name.empty(); });
    ASSERT_GE(row, 0);
    const QString key = model()->latestKeyAt(row);
    ASSERT_FALSE(key.isEmpty());
    std::unique_ptr<QMenu> menu(panel()->createRowMenu(row, nullptr));
    ASSERT_EQ(menu->actions().size(), 2);
    EXPECT_TRUE(menu->actions()[0]->text().startsWith(QStringLiteral("Show Contracts of ")));
    EXPECT_EQ(menu->actions()[1]->text(),
              QStringLiteral("Open Latest Contract (%1)").arg(model()->latestReferenceAt(row)));
    menu->actions()[1]->trigger();
    settle();
    EXPECT_EQ(window->page(), MainWindow::Page::Contracts);
    EXPECT_EQ(window->document()->sourceId(), key);
}

TEST_F(AccountsFixture, TheDesksHotelFilterReachesTheAccounts) {
    const QString hotel = QString::fromStdString(stored().front().hotel);
    int at = desk()->hotelBox()->findData(hotel);
    if (at < 0) {
        desk()->setHotel(hotel);
        at = desk()->hotelBox()->findData(hotel);
    }
    desk()->hotelBox()->setCurrentIndex(at);
    ready();
    st::ContractFilter filter;
    filter.hotel = hotel.toStdString();
    const AccountList want = accounts(stored(filter), st::sampleToday());
    EXPECT_EQ(panel()->shown()->query.hotel, hotel);
    EXPECT_EQ(panel()->shown()->list.contracts, want.contracts);
    EXPECT_EQ(model()->rowCount(), static_cast<int>(want.accounts.size()));
}

TEST_F(AccountsFixture, TheAccountsAreReadAgainWhenShownAfterAChange) {
    const int row = firstRow([](const Account& a) { return !a.name.empty(); });
    ASSERT_GE(row, 0);
    const std::string name = model()->accountAt(row)->name;
    const std::int64_t before = model()->accountAt(row)->contracts;
    const std::int64_t all = panel()->shown()->list.contracts;
    auto latest = window->repository()->loadByReference(model()->latestReferenceAt(row).toStdString());
    ASSERT_TRUE(latest);
    Contract copy = latest->contract;
    copy.reference = "ACCOUNTS-TEST-1";
    ASSERT_TRUE(window->repository()->saveNew({copy}, "test"));

    // Hidden, the accounts wait until shown: the groups at risk are read again at once.
    desk()->pages()->setCurrentIndex(0);
    desk()->invalidate();
    ready();
    EXPECT_FALSE(panel()->computing());
    EXPECT_EQ(panel()->shown()->list.contracts, all);
    desk()->showAccounts();
    ready();
    EXPECT_EQ(panel()->shown()->list.contracts, all + 1);
    const int again = model()->rowOf(QString::fromStdString(name));
    ASSERT_GE(again, 0);
    EXPECT_EQ(model()->accountAt(again)->contracts, before + 1);
}

} // namespace
