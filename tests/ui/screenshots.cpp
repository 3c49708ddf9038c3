// Takes the screenshots of docs/screenshots: the main window at 1280x800 and 1920x1080, light and dark,
// and a few views worth showing. Run it under a display (xvfb-run) or QT_QPA_PLATFORM=offscreen:
//
//     ui_screenshots --out docs/screenshots [--database contracts.sqlite]
//
// Without --database it makes a temporary database as a first start does (the bundled sample contracts and
// generated ones) with the portfolio of demonstration contracts added, and lists that.

#include "attrition/storage/past_groups.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "democontracts.h"
#include "dialogs/deskthresholdsdialog.h"
#include "dialogs/letterheaddialog.h"
#include "dialogs/userguide.h"
#include "editor/contracteditor.h"
#include "models/accountsmodel.h"
#include "models/contractlistmodel.h"
#include "models/scenarioset.h"
#include "session/database.h"
#include "session/folders.h"
#include "session/outlook.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/language.h"
#include "views/accountspanel.h"
#include "views/chartspanel.h"
#include "views/contractlistpanel.h"
#include "views/deskview.h"
#include "views/mainwindow.h"
#include "views/quotepanel.h"
#include "views/scenariopanel.h"
#include "widgets/linefield.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace attrition;
using namespace attrition::ui;

namespace {

void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(30);
    }
}

bool shoot(const QString& out, const QString& name, QSize size, Theme theme, const QString& database,
           const QString& reference, const std::function<void(MainWindow&)>& prepare) {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("theme"), themeKey(theme));
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Dana Whitfield"));
    {
        QSettings settings;
        storage::ConnectionSettings connection;
        connection.file = database.toStdString();
        storage::writeConnectionSettings(settings, connection);
    }
    MainWindow window;
    window.resize(size);
    if (!window.openInitialDatabase()) {
        return false;
    }
    window.show();
    if (!reference.isEmpty()) {
        if (auto stored = window.repository()->loadByReference(reference.toStdString())) {
            window.openContract(contractKey(stored->id));
        }
        window.setPage(MainWindow::Page::Contracts);
    }
    if (prepare) {
        prepare(window);
    }
    settle();
    window.listModel()->assessPending();
    settle();
    const QString path = QDir(out).absoluteFilePath(name);
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    window.document()->setSaved(); // no question on closing
    return ok;
}

/// Help > User Guide and Help > Keyboard Shortcuts, each as it opens over the main window (sized for the
/// screen it opens on: run under `xvfb-run -s "-screen 0 1366x768x24"` for a laptop's).
bool shootHelpWindows(const QString& out, const QString& suffix, const QString& database) {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Dana Whitfield"));
    {
        QSettings settings;
        storage::ConnectionSettings connection;
        connection.file = database.toStdString();
        storage::writeConnectionSettings(settings, connection);
    }
    MainWindow window;
    if (!window.openInitialDatabase()) {
        return false;
    }
    window.show();
    settle();
    bool ok = true;
    UserGuideWindow* guide = window.showUserGuide();
    settle();
    guide->showHeading(guide->headings().value(1));
    settle();
    QString path = QDir(out).absoluteFilePath(QStringLiteral("user-guide%1.png").arg(suffix));
    ok &= guide->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    guide->showFind();
    QTest::keyClicks(guide->findBox(), QStringLiteral("PostgreSQL"));
    settle();
    path = QDir(out).absoluteFilePath(QStringLiteral("user-guide-find%1.png").arg(suffix));
    ok &= guide->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    guide->close();
    ShortcutsDialog* shortcuts = window.showShortcuts();
    settle();
    path = QDir(out).absoluteFilePath(QStringLiteral("keyboard-shortcuts%1.png").arg(suffix));
    ok &= shortcuts->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    shortcuts->close();
    window.document()->setSaved();
    return ok;
}

/// The window with File > Report Language open: the menus are windows of their own, painted onto the
/// window's picture where they stand.
bool shootReportLanguageMenu(const QString& out, const QString& name, const QString& database) {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Dana Whitfield"));
    {
        QSettings settings;
        storage::ConnectionSettings connection;
        connection.file = database.toStdString();
        storage::writeConnectionSettings(settings, connection);
    }
    MainWindow window;
    window.resize(1280, 800);
    if (!window.openInitialDatabase()) {
        return false;
    }
    window.show();
    settle();
    QMenu* file = window.menuBar()->actions().value(0)->menu();
    file->popup(window.mapToGlobal(window.menuBar()->geometry().bottomLeft()));
    settle();
    QMenu* languages = nullptr;
    for (QAction* a : file->actions()) {
        if (a->menu() != nullptr && a->menu()->actions().size() == 4) {
            languages = a->menu();
            file->setActiveAction(a);
            languages->popup(file->mapToGlobal(file->actionGeometry(a).topRight()));
        }
    }
    settle();
    if (languages == nullptr) {
        return false;
    }
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    for (QMenu* menu : {file, languages}) {
        painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
    }
    painter.end();
    file->hide();
    const QString path = QDir(out).absoluteFilePath(name);
    const bool ok = picture.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

/// The list's arrival filter opened, at a laptop's size.
bool shootArrivalFilter(const QString& out, const QString& name, const QString& database,
                        bool firstStart = false) {
    QSettings().clear();
    if (!firstStart) {
        QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Dana Whitfield"));
    }
    {
        QSettings settings;
        storage::ConnectionSettings connection;
        connection.file = database.toStdString();
        storage::writeConnectionSettings(settings, connection);
    }
    MainWindow window;
    window.resize(1366, 768);
    if (!window.openInitialDatabase()) {
        return false;
    }
    window.show();
    settle();
    QComboBox* arrival = window.listPanel()->monthFilter();
    if (firstStart) {
        // The first start as it opens: the bar asking the user's name above the contract.
        const QString path = QDir(out).absoluteFilePath(name);
        const bool ok = window.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        return ok;
    }
    arrival->showPopup();
    settle();
    QWidget* popup = arrival->view()->window();
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    painter.drawPixmap(window.mapFromGlobal(popup->pos()), popup->grab());
    painter.end();
    arrival->hidePopup();
    const QString path = QDir(out).absoluteFilePath(name);
    const bool ok = picture.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

/// File > Report Letterhead, filled in, in the program's language.
bool shootLetterheadDialog(const QString& out, const QString& name, const QString& logo) {
    Letterhead l;
    l.hotel = QStringLiteral("Hotel Miramar Barcelona");
    l.address = QStringLiteral("Passeig de Colom 12\n08002 Barcelona, Spain");
    l.taxNumber = QStringLiteral("ESB12345678");
    l.paymentTerms = QStringLiteral("Due within 30 days of this statement, by bank transfer.");
    l.logoFile = logo;
    LetterheadDialog dialog(l);
    dialog.show();
    settle();
    const QString path = QDir(out).absoluteFilePath(name);
    const bool ok = dialog.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

/// The first stored group still to arrive on the sample data's day, with pickup and a review date ahead.
QString upcomingWithReviewAhead(const QString& database) {
    storage::ConnectionSettings connection;
    connection.file = database.toStdString();
    auto repository = storage::SqlContractRepository::open(connection, {});
    if (!repository) {
        return {};
    }
    const Date today = storage::sampleToday();
    QString found;
    (void)storage::forEachStored(**repository, {}, [&](const storage::StoredContract& stored) {
        const Contract& c = stored.contract;
        const bool reviewAhead = std::any_of(c.reviewSchedule.begin(), c.reviewSchedule.end(),
                                             [&](const ReviewStep& r) { return today < r.deadline; });
        if (found.isEmpty() && c.reference.starts_with("GRP-") && c.status == ContractStatus::Definite &&
            today < c.arrival && !c.pickup.empty() && reviewAhead) {
            found = QString::fromStdString(c.reference);
        }
    });
    return found;
}

} // namespace

/// The contract list's context menu opened on a row, with an archived contract shown, at a laptop's size.
bool shootContractMenu(const QString& out, const QString& name, const QString& database) {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Dana Whitfield"));
    {
        QSettings settings;
        storage::ConnectionSettings connection;
        connection.file = database.toStdString();
        storage::writeConnectionSettings(settings, connection);
    }
    MainWindow window;
    window.resize(1366, 768);
    if (!window.openInitialDatabase()) {
        return false;
    }
    window.show();
    settle();
    ContractListModel* model = window.listModel();
    const QString archived = model->idAt(2);
    window.setContractArchived(archived, true);
    window.listPanel()->showArchivedBox()->setChecked(true);
    settle();
    const QString id = model->idAt(1);
    window.listPanel()->selectId(id);
    settle();
    QTableView* view = window.listPanel()->view();
    const QRect cell = view->visualRect(model->index(model->rowForId(id), ContractListModel::GroupColumn));
    QMenu* menu = window.createContractMenu(id, &window);
    menu->popup(view->viewport()->mapToGlobal(cell.center()));
    settle();
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
    painter.end();
    menu->hide();
    window.setContractArchived(archived, false);
    const QString path = QDir(out).absoluteFilePath(name);
    const bool ok = picture.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Attrition Desk"));
    QApplication::setApplicationName(QStringLiteral("Attrition Desk Screenshots"));
    QApplication::setWindowIcon(applicationIcon());
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                      QStringLiteral("dir"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("The SQLite contract database to list."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("contract-menu"),
                      QStringLiteral("Only the contract list's context menu at 1366x768.")});
    parser.addOption(
        {QStringLiteral("sections"), QStringLiteral("Also every section of the editor, light and dark.")});
    parser.addOption(
        {QStringLiteral("language"),
         QStringLiteral("Only the main window and a cancellation, in this language (es, it), with the "
                        "language's locale: main-1920x1080-light-es.png, ..."),
         QStringLiteral("code")});
    parser.addOption({QStringLiteral("new-contract"),
                      QStringLiteral("Only a new contract's attrition and cancellation sections at 1366x768, "
                                     "with the program's defaults not yet confirmed.")});
    parser.addOption(
        {QStringLiteral("help-windows"),
         QStringLiteral("Only the user guide and the keyboard shortcuts, as they open on this "
                        "screen: user-guide.png, keyboard-shortcuts.png (-es, -it with --language).")});
    parser.addOption(
        {QStringLiteral("quote"),
         QStringLiteral("Only the Quote page of a proposed sample group against the samples' hotel outlook, "
                        "light: quote-1366x768-light.png, quote-1920x1080-light.png.")});
    parser.addOption(
        {QStringLiteral("deposits"),
         QStringLiteral("Only the Deposits page of a generated group with a settlement, light: "
                        "deposits-1366x768.png, deposits-1920x1080.png (-es, -it with --language).")});
    parser.addOption(
        {QStringLiteral("desk"),
         QStringLiteral(
             "Only the desk as the window opens on it, light, standing on the samples' "
             "today: desk-1366x768.png, desk-1920x1080.png, the past year's damages: "
             "desk-damages-1366x768.png, desk-damages-1280x720.png, and Desk Thresholds: desk-thresholds.png "
             "(-es, -it with --language).")});
    parser.addOption(
        {QStringLiteral("accounts"),
         QStringLiteral("Only the desk's accounts, light, standing on the samples' today, an account at risk "
                        "chosen: accounts-1366x768.png, accounts-1280x720.png, accounts-1920x1080.png (-es, "
                        "-it with --language).")});
    parser.addOption(
        {QStringLiteral("portfolio-progress"),
         QStringLiteral("Only the progress of a portfolio exported from the window at 1366x768, light, as it "
                        "reads the contracts and as it forecasts the groups at risk: "
                        "portfolio-progress-reading.png, portfolio-progress-forecasting.png (give a large "
                        "--database).")});
    parser.process(app);
    const QString language = parser.value(QStringLiteral("language"));
    if (!language.isEmpty()) {
        if (!installLanguage(language)) {
            std::printf("FAILED: no translation for %s\n", qPrintable(language));
            return 1;
        }
        QLocale::setDefault(localeForLanguage(language));
    }
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);

    QTemporaryDir temp;
    QString folder = parser.value(QStringLiteral("database"));
    if (folder.isEmpty()) {
        folder = QDir(temp.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
        storage::ConnectionSettings connection;
        connection.file = folder.toStdString();
        storage::OpenOptions options;
        options.createIfMissing = true;
        auto repository = storage::SqlContractRepository::open(connection, options);
        if (!repository) {
            std::printf("FAILED %s\n", repository.error().message.c_str());
            return 1;
        }
        // The samples dated as in their files (no today), so that the pictures are the same on any day.
        const QString problem =
            fillWithSamples(**repository, samplesFolder(), MainWindow::kGeneratedSamples, QDate());
        if (!problem.isEmpty() || !(*repository)->saveNew(demo::portfolio(), "Dana Whitfield")) {
            std::printf("FAILED to fill the database: %s\n", qPrintable(problem));
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("contract-menu"))) {
        return shootContractMenu(out, QStringLiteral("contract-menu-1366x768-light.png"), folder) ? 0 : 1;
    }
    const QString meeting = QStringLiteral("GRP-27-0509");
    bool ok = true;
    const auto editorAt = [](ContractEditor::Section section) {
        return [section](MainWindow& w) {
            w.editor()->showSection(section);
        };
    };
    if (parser.isSet(QStringLiteral("new-contract"))) {
        const auto fresh = [](ContractEditor::Section section) {
            return [section](MainWindow& w) {
                for (QAction* a : w.findChildren<QAction*>()) {
                    if (a->shortcut() == QKeySequence(QKeySequence::New)) {
                        a->trigger();
                        break;
                    }
                }
                w.editor()->showSection(section);
            };
        };
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            ok &= shoot(out, QStringLiteral("new-contract-cancellation-1366x768-%1.png").arg(themeKey(theme)),
                        QSize(1366, 768), theme, folder, meeting, fresh(ContractEditor::CancellationSection));
        }
        ok &= shoot(out, QStringLiteral("new-contract-attrition-1366x768-light.png"), QSize(1366, 768),
                    Theme::Light, folder, meeting, fresh(ContractEditor::AttritionSection));
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("portfolio-progress"))) {
        // The window grabbed with its progress dialog as each stage of the export shows it.
        ok &= shoot(
            out, QStringLiteral("portfolio-progress-window.png"), QSize(1366, 768), Theme::Light, folder, {},
            [&](MainWindow& w) {
                w.setPage(MainWindow::Page::Contracts);
                settle();
                QStringList taken;
                QTimer timer;
                timer.setInterval(50);
                QObject::connect(&timer, &QTimer::timeout, [&] {
                    auto* progress = w.findChild<QProgressDialog*>();
                    if (progress == nullptr || !progress->isVisible()) {
                        return;
                    }
                    const bool forecasting = progress->maximum() == 0;
                    const QString name = forecasting ? QStringLiteral("portfolio-progress-forecasting.png")
                                                     : QStringLiteral("portfolio-progress-reading.png");
                    if (taken.contains(name)) {
                        return;
                    }
                    taken << name;
                    QPixmap picture = w.grab();
                    QPainter painter(&picture);
                    painter.drawPixmap(w.mapFromGlobal(progress->mapToGlobal(QPoint())), progress->grab());
                    painter.end();
                    const QString path = QDir(out).absoluteFilePath(name);
                    ok &= picture.save(path);
                    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
                });
                timer.start();
                QTemporaryDir pdfs;
                ok &= w.exportPortfolioTo(pdfs.filePath(QStringLiteral("portfolio.pdf")));
                timer.stop();
            });
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("desk"))) {
        // The next 180 days of arrivals, the most urgent group chosen.
        const auto desk = [](MainWindow& w) {
            DeskView* d = w.deskView();
            d->setToday(storage::sampleToday());
            d->setPeriod(DeskView::Period::Next180);
            d->waitUntilReady();
            settle();
            d->selectRow(0);
        };
        const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
        for (const auto& [size, label] : {std::pair{QSize(1366, 768), QStringLiteral("1366x768")},
                                          std::pair{QSize(1920, 1080), QStringLiteral("1920x1080")}}) {
            ok &= shoot(out, QStringLiteral("desk-%1%2.png").arg(label, suffix), size, Theme::Light, folder,
                        {}, desk);
        }
        // The past year's arrivals, the pipeline showing the damages assessed, collected and waived.
        for (const auto& [size, label] : {std::pair{QSize(1366, 768), QStringLiteral("1366x768")},
                                          std::pair{QSize(1280, 720), QStringLiteral("1280x720")}}) {
            ok &= shoot(out, QStringLiteral("desk-damages-%1%2.png").arg(label, suffix), size, Theme::Light,
                        folder, {}, [](MainWindow& w) {
                            DeskView* d = w.deskView();
                            d->setToday(storage::sampleToday());
                            d->setDates(storage::sampleToday().addDays(-365), storage::sampleToday());
                            d->pipelineMeasureBox()->setCurrentIndex(DeskView::kDamagesShown);
                            d->waitUntilReady();
                            settle();
                            d->selectRow(0);
                        });
        }
        // Desk Thresholds, as it opens over the desk at 1366x768.
        ok &= shoot(out, QStringLiteral("desk-thresholds-1366x768%1.png").arg(suffix), QSize(1366, 768),
                    Theme::Light, folder, {}, [&](MainWindow& w) {
                        desk(w);
                        DeskThresholdsDialog dialog(w.deskView()->thresholds(), &w);
                        dialog.show();
                        settle();
                        const QString path =
                            QDir(out).absoluteFilePath(QStringLiteral("desk-thresholds%1.png").arg(suffix));
                        ok &= dialog.grab().save(path);
                        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
                    });
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("deposits"))) {
        // A generated group whose damages were partly collected and the rest credited on the account's next
        // event (else the first with payments), on the Deposits page scrolled to its settlement.
        QString reference;
        {
            storage::ConnectionSettings connection;
            connection.file = folder.toStdString();
            auto repository = storage::SqlContractRepository::open(connection, {});
            for (std::int64_t i = 0; repository && i < MainWindow::kGeneratedSamples; ++i) {
                const auto stored = (*repository)->loadByReference(storage::sampleContract(1, i).reference);
                if (!stored || stored->contract.settlement.payments.empty()) {
                    continue;
                }
                if (reference.isEmpty() || !stored->contract.settlement.creditContract.empty()) {
                    reference = QString::fromStdString(stored->contract.reference);
                }
                if (!stored->contract.settlement.creditContract.empty()) {
                    break;
                }
            }
        }
        const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
        const auto deposits = [](MainWindow& w) {
            w.editor()->showSection(ContractEditor::DepositsSection);
            settle();
            QWidget* state = w.editor()->settlementState();
            for (QWidget* p = state; p != nullptr; p = p->parentWidget()) {
                if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                    scroll->ensureWidgetVisible(state, 0, 200);
                    break;
                }
            }
        };
        for (const auto& [size, label] : {std::pair{QSize(1366, 768), QStringLiteral("1366x768")},
                                          std::pair{QSize(1920, 1080), QStringLiteral("1920x1080")}}) {
            ok &= shoot(out, QStringLiteral("deposits-%1%2.png").arg(label, suffix), size, Theme::Light,
                        folder, reference, deposits);
        }
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("accounts"))) {
        // Every account, the first one at risk chosen.
        const auto accountsPage = [](MainWindow& w) {
            DeskView* d = w.deskView();
            d->setToday(storage::sampleToday());
            d->showAccounts();
            d->waitUntilReady();
            settle();
            // The accounts with the most contracts first; the first of them at risk chosen, else the first.
            AccountsPanel* panel = d->accountsPanel();
            panel->view()->sortByColumn(AccountsModel::ContractsColumn, Qt::DescendingOrder);
            int chosen = 0;
            for (int r = 0; r < panel->proxy()->rowCount(); ++r) {
                if (!panel->proxy()->index(r, AccountsModel::RiskColumn).data().toString().isEmpty()) {
                    chosen = r;
                    break;
                }
            }
            panel->selectRow(chosen);
            panel->view()->scrollTo(panel->proxy()->index(chosen, 0));
        };
        const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
        for (const auto& [size, label] : {std::pair{QSize(1366, 768), QStringLiteral("1366x768")},
                                          std::pair{QSize(1280, 720), QStringLiteral("1280x720")},
                                          std::pair{QSize(1920, 1080), QStringLiteral("1920x1080")}}) {
            ok &= shoot(out, QStringLiteral("accounts-%1%2.png").arg(label, suffix), size, Theme::Light,
                        folder, {}, accountsPage);
        }
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("quote"))) {
        // A generated proposed group (prospect or tentative) of three nights or more, still to come on the
        // samples' today, whose block and the transient demand of the samples' outlook pass its hotel's
        // capacity on some night: the Quote page as a user sees it, the outlook read from the database.
        QString reference;
        {
            storage::ConnectionSettings connection;
            connection.file = folder.toStdString();
            auto repository = storage::SqlContractRepository::open(connection, {});
            for (std::int64_t i = 0; repository && reference.isEmpty() && i < MainWindow::kGeneratedSamples;
                 ++i) {
                const auto stored = (*repository)->loadByReference(storage::sampleContract(1, i).reference);
                if (!stored) {
                    continue;
                }
                const Contract& c = stored->contract;
                if ((c.status != ContractStatus::Prospect && c.status != ContractStatus::Tentative) ||
                    c.departure.daysSince(c.arrival) < 3 || c.arrival <= storage::sampleToday()) {
                    continue;
                }
                const auto outlook = (*repository)->hotelOutlook(c.hotel, c.arrival, c.departure.addDays(-1));
                for (const HotelNight& n : outlook ? *outlook : std::vector<HotelNight>{}) {
                    Quantity rooms = n.transientDemand;
                    for (const BlockEntry& e : c.block) {
                        rooms += e.night == n.night ? Quantity::whole(e.rooms) : Quantity();
                    }
                    if (rooms > Quantity::whole(n.capacity)) {
                        reference = QString::fromStdString(c.reference);
                        break;
                    }
                }
            }
        }
        if (reference.isEmpty()) {
            std::printf("FAILED: no proposed sample group displaces transient business\n");
            return 1;
        }
        std::printf("%s\n", qPrintable(reference));
        const auto quotePage = [](MainWindow& w) {
            w.forecaster()->setToday(storage::sampleToday());
            w.forecaster()->setCompareWith(CompareWith::All);
            w.setMode(MainWindow::Mode::Quote);
            QuotePanel* p = w.quotePanel();
            // Typed as a user of the program's language writes numbers.
            const auto local = [](QString typed) {
                return typed.replace(QLatin1Char('.'), QLocale().decimalPoint());
            };
            for (const auto& [margin, typed] :
                 {std::pair{QuotePanel::Margin::Commission, QStringLiteral("10")},
                  std::pair{QuotePanel::Margin::VariableCost, QStringLiteral("32.00")}}) {
                p->marginEdit(margin)->clear();
                QTest::keyClicks(p->marginEdit(margin), local(typed));
            }
            p->recompute();
            p->resultTabs()->setCurrentIndex(w.width() < 1600 ? 1 : 0);
        };
        for (const auto& [size, label] : {std::pair{QSize(1366, 768), QStringLiteral("1366x768")},
                                          std::pair{QSize(1920, 1080), QStringLiteral("1920x1080")}}) {
            ok &= shoot(out, QStringLiteral("quote-%1-light.png").arg(label), size, Theme::Light, folder,
                        reference, quotePage);
        }
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("help-windows"))) {
        return shootHelpWindows(out, language.isEmpty() ? QString() : QLatin1Char('-') + language, folder)
                   ? 0
                   : 1;
    }
    if (!language.isEmpty()) {
        ok &= shoot(out, QStringLiteral("main-1920x1080-light-%1.png").arg(language), QSize(1920, 1080),
                    Theme::Light, folder, meeting, editorAt(ContractEditor::BlockSection));
        ok &= shoot(out, QStringLiteral("cancellation-1280x800-light-%1.png").arg(language), QSize(1280, 800),
                    Theme::Light, folder, QStringLiteral("GRP-27-0610"), [](MainWindow& w) {
                        w.editor()->showSection(ContractEditor::CancellationSection);
                        w.chartsPanel()->setCurrentIndex(2);
                    });
        ok &=
            shootReportLanguageMenu(out, QStringLiteral("report-language-menu-%1.png").arg(language), folder);
        return ok ? 0 : 1;
    }
    for (const auto& [size, label] : {std::pair{QSize(1280, 800), QStringLiteral("1280x800")},
                                      std::pair{QSize(1920, 1080), QStringLiteral("1920x1080")}}) {
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            ok &= shoot(out, QStringLiteral("main-%1-%2.png").arg(label, themeKey(theme)), size, theme,
                        folder, meeting, editorAt(ContractEditor::BlockSection));
        }
    }
    ok &= shoot(out, QStringLiteral("pickup-1920x1080-light.png"), QSize(1920, 1080), Theme::Light, folder,
                meeting, [](MainWindow& w) {
                    w.editor()->showSection(ContractEditor::PickupSection);
                    w.chartsPanel()->setCurrentIndex(1);
                });
    ok &= shoot(out, QStringLiteral("pace-1920x1080-light.png"), QSize(1920, 1080), Theme::Light, folder,
                QStringLiteral("GRP-0000011"), [](MainWindow& w) {
                    w.editor()->showSection(ContractEditor::PickupSection);
                    w.chartsPanel()->setCurrentIndex(3);
                });
    ok &= shootContractMenu(out, QStringLiteral("contract-menu-1366x768-light.png"), folder);
    ok &= shoot(out, QStringLiteral("food-beverage-1280x800-light.png"), QSize(1280, 800), Theme::Light,
                folder, meeting, editorAt(ContractEditor::FoodBeverageSection));
    ok &= shoot(out, QStringLiteral("cancellation-1920x1080-dark.png"), QSize(1920, 1080), Theme::Dark,
                folder, QStringLiteral("GRP-27-0610"), [](MainWindow& w) {
                    w.editor()->showSection(ContractEditor::CancellationSection);
                    w.chartsPanel()->setCurrentIndex(2);
                });
    ok &= shoot(out, QStringLiteral("invalid-date-1280x800-light.png"), QSize(1280, 800), Theme::Light,
                folder, meeting, [](MainWindow& w) {
                    w.editor()->showSection(ContractEditor::GeneralSection);
                    auto* departure = static_cast<LineField*>(w.editor()->field(QStringLiteral("departure")));
                    departure->lineEdit()->setFocus();
                    departure->lineEdit()->selectAll();
                    QTest::keyClicks(departure->lineEdit(), QStringLiteral("5/7/2027"));
                    auto* signedOn = static_cast<LineField*>(w.editor()->field(QStringLiteral("signedOn")));
                    signedOn->lineEdit()->setFocus();
                    signedOn->lineEdit()->selectAll();
                    QTest::keyClicks(signedOn->lineEdit(), QStringLiteral("2/30/2026"));
                });
    const auto scenarios = [](MainWindow& w) {
        w.setMode(MainWindow::Mode::Scenarios);
        ScenarioPanel* p = w.scenarioPanel();
        p->addScenario();
        p->addScenario();
        p->scenarioSet()->edit(QStringLiteral("demo"), {}, [](std::vector<Scenario>& all) {
            all[1].overrides.uniformPickup = demo::pct("92.5");
            all[1].overrides.foodBeverageSpend = demo::money("36000.00", demo::usd());
            all[1].name = ScenarioSet::uniqueSuggestedName(all[1].overrides, all, 1);
        });
        p->addScenario();
        p->scenarioSet()->edit(QStringLiteral("demo"), {}, [](std::vector<Scenario>& all) {
            all[2].overrides.uniformPickup.reset();
            all[2].overrides.cancellationNotice = demo::date("2027-03-01");
            all[2].name = ScenarioSet::uniqueSuggestedName(all[2].overrides, all, 2);
        });
        p->selectScenario(1);
    };
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        ok &= shoot(out, QStringLiteral("scenarios-1920x1080-%1.png").arg(themeKey(theme)), QSize(1920, 1080),
                    theme, folder, meeting, scenarios);
    }
    ok &= shoot(out, QStringLiteral("scenarios-1366x768-light.png"), QSize(1366, 768), Theme::Light, folder,
                meeting, scenarios);
    // Each chart at a laptop's size: damages vs pickup, block vs pickup, cancellation fee, pickup pace.
    const QString chartContracts[] = {meeting, meeting, QStringLiteral("GRP-27-0610"),
                                      QStringLiteral("GRP-0000011")};
    for (int chart = 0; chart < 4; ++chart) {
        ok &= shoot(out, QStringLiteral("chart-%1-1366x768-light.png").arg(chart), QSize(1366, 768),
                    Theme::Light, folder, chartContracts[chart], [chart](MainWindow& w) {
                        w.editor()->showSection(ContractEditor::PickupSection);
                        w.chartsPanel()->setCurrentIndex(chart);
                    });
    }
    // The forward look at a group still to arrive, standing on the sample data's day: the pace carried on to
    // arrival, and the forecast tab with the release at the next review date.
    const QString upcoming = upcomingWithReviewAhead(folder);
    const auto forecastTab = [](int tab) {
        return [tab](MainWindow& w) {
            w.editor()->showSection(ContractEditor::PickupSection);
            w.forecaster()->setToday(storage::sampleToday());
            w.forecaster()->setCompareWith(CompareWith::All);
            w.updateOutlook();
            w.chartsPanel()->setCurrentIndex(tab);
        };
    };
    for (const auto& [size, label] : {std::pair{QSize(1366, 768), QStringLiteral("1366x768")},
                                      std::pair{QSize(1920, 1080), QStringLiteral("1920x1080")}}) {
        ok &= shoot(out, QStringLiteral("forecast-pace-%1-light.png").arg(label), size, Theme::Light, folder,
                    upcoming, forecastTab(3));
        ok &= shoot(out, QStringLiteral("forecast-tab-%1-light.png").arg(label), size, Theme::Light, folder,
                    upcoming, forecastTab(4));
    }
    {
        // A logo drawn here, as a hotel's would be: a band with the initials.
        QImage logo(360, 110, QImage::Format_RGB32);
        logo.fill(QColor(29, 78, 137));
        QPainter painter(&logo);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPixelSize(48);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(logo.rect(), Qt::AlignCenter, QStringLiteral("MIRAMAR"));
        painter.end();
        const QString logoFile = QDir(out).absoluteFilePath(QStringLiteral(".letterhead-logo.png"));
        logo.save(logoFile);
        ok &= shootLetterheadDialog(out, QStringLiteral("letterhead-dialog.png"), logoFile);
        ok &= shootArrivalFilter(out, QStringLiteral("list-arrival-filter-1366x768.png"), folder);
        ok &= shootArrivalFilter(out, QStringLiteral("first-start-1366x768.png"), folder, true);
        QFile::remove(logoFile);
    }
    if (parser.isSet(QStringLiteral("sections"))) {
        for (int section = 0; section < ContractEditor::SectionCount; ++section) {
            for (const Theme theme : {Theme::Light, Theme::Dark}) {
                ok &= shoot(out, QStringLiteral("section-%1-%2.png").arg(section).arg(themeKey(theme)),
                            QSize(1600, 900), theme, folder, meeting,
                            editorAt(static_cast<ContractEditor::Section>(section)));
            }
        }
    }
    return ok ? 0 : 1;
}
