// On a laptop screen: the main window and every dialog of the program fit 1366x768 and 1280x720 (less a
// taskbar; and 1920x1080 as well), in English, Spanish (the longest texts) and Italian. The main window,
// opened at the screen's available size with a realistic contract, shows no page of the editor scrolling
// sideways, and the damages keep a usable width; no window or dialog needs more room than the screen has.
//
// The widget tests' offscreen screen is a desktop's (see qt_environment.cpp): there each window is given
// the size it would have on a laptop and its size hints are compared with the area the laptop leaves.
// ctest runs these tests again with the laptop's area as the platform's screen (ui_laptop_screen_*, see
// CMakeLists.txt): then the window is opened as the program opens it, and each dialog is measured at the
// size it opens at there.
//
// With ATTRITION_LAPTOP_SCREENS set to a folder, each window and dialog is also saved there as a PNG.

#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "charts/pipelinechart.h"
#include "charts/quoteclausechart.h"
#include "democontracts.h"
#include "editor/contracteditor.h"
#include "models/hoteloutlookmodel.h"
#include "session/database.h"
#include "session/desk.h"
#include "text/language.h"
#include "views/chartspanel.h"
#include "views/damagespanel.h"
#include "views/deskview.h"
#include "views/mainwindow.h"
#include "views/quotepanel.h"
#include "views/scenariopanel.h"
#include "widget_test_support.h"
#include "widgets/gridview.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <vector>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

/// A laptop screen: its name, and the area it leaves to windows (a taskbar of 40 px below).
struct Screen {
    const char* name;
    QRect available;
};

const Screen kScreens[] = {
    {"1366x768", QRect(0, 0, 1366, 728)},
    {"1280x720", QRect(0, 0, 1280, 680)},
    {"1920x1080", QRect(0, 0, 1920, 1040)}, // and a desktop's, the same way
};

/// What a window manager's title bar takes of the available height.
constexpr int kTitleBar = 30;

/// The narrowest the damages panel may get: its amounts and their labels side by side.
constexpr int kDamagesWidth = 300;

struct Language {
    const char* code;
    QLocale locale;
};

const Language kLanguages[] = {
    {"en", QLocale(QLocale::English, QLocale::UnitedStates)},
    {"es", QLocale(QLocale::Spanish, QLocale::Spain)},
    {"it", QLocale(QLocale::Italian, QLocale::Italy)},
};

QString translate(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
}

/// Saves what a window shows when ATTRITION_LAPTOP_SCREENS names a folder.
void keepScreenshot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("ATTRITION_LAPTOP_SCREENS");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).absoluteFilePath(name + QStringLiteral(".png")));
}

/// The widest of the texts in a page, as its minimum width and text, to say what made it too wide.
std::string widestIn(QWidget* page) {
    int widest = 0;
    QString text;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        const auto* button = qobject_cast<QAbstractButton*>(w);
        const auto* label = qobject_cast<QLabel*>(w);
        if (w->isVisible() && (button != nullptr || label != nullptr) &&
            w->minimumSizeHint().width() > widest) {
            widest = w->minimumSizeHint().width();
            text = button != nullptr ? button->text() : label->text();
        }
    }
    return QStringLiteral("%1 px, \"%2\"").arg(widest).arg(text).toStdString();
}

/// What a dialog asked for and was shown at, read while it is open.
struct SeenDialog {
    QString title;
    QSize size;
    QSize minimumSizeHint;
    QSize minimumSize;
    QSize sizeHint;
};

/// Triggers `open` (which opens a modal dialog and waits for it), reads the dialog, saves its picture and
/// cancels it.
std::optional<SeenDialog> seeDialog(const std::function<void()>& open, const QString& screenshot) {
    std::optional<SeenDialog> seen;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr || !dialog->isVisible() || qobject_cast<QMessageBox*>(dialog) != nullptr) {
            return;
        }
        timer.stop();
        QApplication::processEvents();
        seen = SeenDialog{dialog->windowTitle(), dialog->size(), dialog->minimumSizeHint(),
                          dialog->minimumSize(), dialog->sizeHint()};
        keepScreenshot(dialog, screenshot);
        dialog->reject();
    });
    timer.start();
    open();
    timer.stop();
    return seen;
}

class LaptopScreen : public ::testing::TestWithParam<int> {
protected:
    LaptopScreen() {
        QSettings().clear();
        const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
        connection.file = path.toStdString();
        st::OpenOptions options;
        options.createIfMissing = true;
        auto repository = st::SqlContractRepository::open(connection, options);
        EXPECT_TRUE(static_cast<bool>(repository));
        EXPECT_TRUE((*repository)->saveNew(demo::portfolio(), "test"));
    }
    ~LaptopScreen() override {
        if (window) {
            window->document()->setSaved();
            window.reset();
        }
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        settle();
        QSettings().clear();
    }

    const Screen& screen() const { return kScreens[GetParam()]; }
    /// Whether the platform's screen is that laptop's (ctest's ui_laptop_screen_* runs).
    bool onLaptopScreen() const {
        return QGuiApplication::primaryScreen()->availableGeometry() == screen().available;
    }
    /// The window's inside on that screen, below its title bar.
    QSize clientArea() const { return screen().available.size() - QSize(0, kTitleBar); }

    /// Starts the program as on that screen, in a language, with the association meeting open (the
    /// contract with the most in it: two room types, F&B, meeting rooms, reviews, deposits).
    void start(const Language& language) {
        QSettings settings;
        st::writeConnectionSettings(settings, connection);
        settings.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Lima"));
        ASSERT_TRUE(installLanguage(QString::fromLatin1(language.code)));
        QLocale::setDefault(language.locale);
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openInitialDatabase());
        window->resize(clientArea());
        window->show();
        settle();
        auto stored = window->repository()->loadByReference("GRP-27-0509");
        ASSERT_TRUE(static_cast<bool>(stored));
        ASSERT_TRUE(window->openContract(contractKey(stored->id)));
        // The window opens on the desk; the editor is measured on the contracts' page.
        window->setPage(MainWindow::Page::Contracts);
        settle();
    }

    QString shotName(const Language& language, const QString& what) const {
        return QStringLiteral("%1-%2-%3")
            .arg(what, QString::fromLatin1(screen().name), QString::fromLatin1(language.code));
    }

    QAction* action(const char* source) const {
        const QString text = translate("attrition::ui::MainWindow", source);
        for (QAction* a : window->findChildren<QAction*>()) {
            if (a->text() == text) {
                return a;
            }
        }
        ADD_FAILURE() << "no action " << text.toStdString();
        return nullptr;
    }

    void expectFits(const SeenDialog& dialog, const QString& what) {
        const QSize room = clientArea();
        SCOPED_TRACE(what.toStdString() + " (" + dialog.title.toStdString() + ")");
        EXPECT_LE(dialog.minimumSizeHint.width(), room.width());
        EXPECT_LE(dialog.minimumSizeHint.height(), room.height());
        EXPECT_LE(dialog.minimumSize.width(), room.width());
        EXPECT_LE(dialog.minimumSize.height(), room.height());
        // As it opens: within the screen it opens on, and on the laptop's when that is the platform's.
        const QSize screenRoom = QGuiApplication::primaryScreen()->availableSize() - QSize(0, kTitleBar);
        EXPECT_LE(dialog.size.height(), screenRoom.height());
        EXPECT_LE(dialog.size.width(), screenRoom.width());
        if (onLaptopScreen()) {
            EXPECT_LE(dialog.size.height(), room.height());
            EXPECT_LE(dialog.size.width(), room.width());
        }
    }

    QTemporaryDir dir;
    st::ConnectionSettings connection;
    std::unique_ptr<MainWindow> window;
};

TEST_P(LaptopScreen, TheMainWindowOpensWithinTheScreen) {
    QSettings settings;
    st::writeConnectionSettings(settings, connection);
    // As saved on a large desktop screen.
    window = std::make_unique<MainWindow>();
    window->setGeometry(100, 100, 1800, 1000);
    window->placeWithin(screen().available);
    EXPECT_TRUE(screen().available.contains(window->frameGeometry()));
    EXPECT_GE(window->width(), screen().available.width() * 8 / 10);
    EXPECT_GE(window->height(), screen().available.height() * 8 / 10);
    // A geometry that fits stays as it was.
    window->setGeometry(50, 40, 1000, 600);
    window->placeWithin(screen().available);
    EXPECT_EQ(window->geometry(), QRect(50, 40, 1000, 600));
    // On the laptop itself: the window as the program opens it, after a run on a desktop's screen.
    if (onLaptopScreen()) {
        window->setGeometry(100, 100, 1800, 1000);
        window->close();
        window.reset();
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openInitialDatabase());
        window->show();
        settle();
        EXPECT_TRUE(screen().available.contains(window->frameGeometry()))
            << window->frameGeometry().x() << "," << window->frameGeometry().y() << " "
            << window->frameGeometry().width() << "x" << window->frameGeometry().height();
        EXPECT_GE(window->width(), screen().available.width() * 8 / 10);
    }
}

TEST_P(LaptopScreen, TheEditorAndTheDamagesFitInEachLanguage) {
    for (const Language& language : kLanguages) {
        SCOPED_TRACE(std::string(language.code) + " at " + screen().name);
        start(language);
        EXPECT_LE(window->minimumSizeHint().width(), clientArea().width());
        EXPECT_LE(window->minimumSizeHint().height(), clientArea().height());
        EXPECT_LE(window->minimumSize().width(), clientArea().width());
        EXPECT_LE(window->minimumSize().height(), clientArea().height());
        // The size given (less a window frame, on the laptop's own screen).
        EXPECT_LE(window->width(), clientArea().width());
        EXPECT_GE(window->width(), clientArea().width() - 10);
        EXPECT_LE(window->height(), clientArea().height());
        EXPECT_GE(window->height(), clientArea().height() - 10);

        // The header's lines are whole, or cut short with an ellipsis and whole in their tooltip.
        for (const char* name : {"headerTitle", "headerSubtitle"}) {
            const auto* label = window->findChild<QLabel*>(QLatin1String(name));
            ASSERT_NE(label, nullptr) << name;
            const QString full = label->property("fullText").toString();
            EXPECT_FALSE(full.isEmpty()) << name;
            EXPECT_LE(label->fontMetrics().horizontalAdvance(label->text()), label->contentsRect().width())
                << name << ": " << label->text().toStdString();
            if (label->text() != full) {
                EXPECT_TRUE(label->text().endsWith(QChar(0x2026))) << label->text().toStdString();
                EXPECT_EQ(label->toolTip(), full);
            }
        }

        ContractEditor* editor = window->editor();
        for (int s = 0; s < ContractEditor::SectionCount; ++s) {
            const auto section = static_cast<ContractEditor::Section>(s);
            editor->showSection(section);
            settle();
            SCOPED_TRACE(ContractEditor::sectionName(section).toStdString());
            for (QScrollArea* area : editor->findChildren<QScrollArea*>()) {
                if (area->isVisible()) {
                    EXPECT_FALSE(area->horizontalScrollBar()->isVisible())
                        << "the page is " << area->widget()->minimumSizeHint().width() << " px wide in "
                        << area->viewport()->width() << " px; widest: " << widestIn(area->widget());
                }
            }
            EXPECT_GE(window->damagesPanel()->width(), kDamagesWidth);
            if (section == ContractEditor::CancellationSection || section == ContractEditor::BlockSection) {
                keepScreenshot(window.get(), shotName(language, QStringLiteral("main-%1").arg(s)));
            }
        }
        EXPECT_GE(window->damagesPanel()->width(), kDamagesWidth);
        // The damages' headline whole, the expected damages worked out in the background included: each line
        // of it as tall as its text.
        for (int i = 0; i < 400 && window->damagesPanel()->expectedText().isEmpty(); ++i) {
            settle(1);
        }
        EXPECT_FALSE(window->damagesPanel()->expectedText().isEmpty());
        settle();
        const auto* headline = window->damagesPanel()->findChild<QWidget*>(QStringLiteral("damagesHeader"));
        ASSERT_NE(headline, nullptr);
        for (const QLabel* label : headline->findChildren<QLabel*>()) {
            if (label->isVisible()) {
                const int needs =
                    label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
                EXPECT_GE(label->height(), needs) << label->text().toStdString();
            }
        }
        // Each chart beside the editor with its texts whole: no axis label, title or legend cut short.
        ChartsPanel* charts = window->chartsPanel();
        for (int i = 0; i < charts->count(); ++i) {
            charts->setCurrentIndex(i);
            settle();
            EXPECT_EQ(attrition::uitest::cutChartTexts(window.get()), QStringList())
                << charts->tabText(i).toStdString();
            keepScreenshot(window.get(), shotName(language, QStringLiteral("chart-%1").arg(i)));
        }
        charts->setCurrentIndex(0);
        // Every chart's tab in view, its name whole: the tabs at their own widths fit the bar.
        const QTabBar* chartTabs = window->chartsPanel()->tabBar();
        EXPECT_LE(chartTabs->sizeHint().width(), chartTabs->width());
        for (int i = 0; i < chartTabs->count(); ++i) {
            EXPECT_LE(chartTabs->tabRect(i).right(), chartTabs->rect().right()) << i;
        }

        window->setMode(MainWindow::Mode::Scenarios);
        settle();
        for (QScrollArea* area : window->scenarioPanel()->findChildren<QScrollArea*>()) {
            if (area->isVisible()) {
                EXPECT_FALSE(area->horizontalScrollBar()->isVisible()) << "scenarios";
            }
        }
        EXPECT_EQ(attrition::uitest::cutChartTexts(window.get()), QStringList()) << "scenarios";
        keepScreenshot(window.get(), shotName(language, QStringLiteral("scenarios")));

        // The Quote page of the meeting as a tentative group, its outlook pasted: the inputs never scroll
        // sideways, and the results, the clause table and its chart keep a usable size.
        window->document()->edit(QStringLiteral("Status"), {},
                                 [](Contract& c) { c.status = ContractStatus::Tentative; });
        window->setMode(MainWindow::Mode::Quote);
        settle();
        QuotePanel* quote = window->quotePanel();
        quote->outlookGrid()->setCurrentIndex(quote->outlookModel()->index(0, 0));
        quote->outlookGrid()->pasteText(QStringLiteral("420\t300\t180\t20\n420\t260\t210\t20\n"
                                                       "420\t240\t210\t20\n420\t200\t160\t20\n"));
        quote->recompute();
        settle();
        EXPECT_TRUE(quote->currentQuote().has_value())
            << quote->problems().join(QLatin1Char('\n')).toStdString();
        for (QScrollArea* area : quote->findChildren<QScrollArea*>()) {
            if (area->isVisible()) {
                EXPECT_FALSE(area->horizontalScrollBar()->isVisible())
                    << "quote: the inputs are " << area->widget()->minimumSizeHint().width() << " px wide in "
                    << area->viewport()->width() << " px; widest: " << widestIn(area->widget());
            }
        }
        EXPECT_GE(quote->clauseChart()->height(), 150);
        EXPECT_GE(quote->clauseChart()->width(), 250);
        const auto* nights = quote->findChild<QTableView*>(QStringLiteral("quoteNights"));
        ASSERT_NE(nights, nullptr);
        EXPECT_GE(nights->height(), 70);
        EXPECT_GE(quote->outlookGrid()->height(), quote->outlookGrid()->minimumHeight());
        EXPECT_EQ(attrition::uitest::cutChartTexts(window.get()), QStringList()) << "quote";
        keepScreenshot(window.get(), shotName(language, QStringLiteral("quote")));
        window->setMode(MainWindow::Mode::Editor);
        window->document()->setSaved();
        window.reset();
    }
}

TEST_P(LaptopScreen, TheDeskFitsInEachLanguage) {
    for (const Language& language : kLanguages) {
        SCOPED_TRACE(std::string(language.code) + " at " + screen().name);
        start(language);
        window->setPage(MainWindow::Page::Desk);
        DeskView* desk = window->deskView();
        desk->setToday(st::sampleToday());
        desk->setPeriod(DeskView::Period::Next180);
        desk->waitUntilReady();
        settle();
        EXPECT_LE(window->minimumSizeHint().width(), clientArea().width());
        EXPECT_LE(window->minimumSizeHint().height(), clientArea().height());
        EXPECT_LE(desk->minimumSizeHint().width(), desk->width());
        EXPECT_LE(desk->minimumSizeHint().height(), desk->height());
        // Every label, button and choice shown whole, and none over another.
        std::vector<QWidget*> shown;
        for (QWidget* w : desk->findChildren<QWidget*>()) {
            const bool text =
                qobject_cast<QLabel*>(w) != nullptr || qobject_cast<QAbstractButton*>(w) != nullptr ||
                qobject_cast<QComboBox*>(w) != nullptr || qobject_cast<QDateEdit*>(w) != nullptr;
            bool inside = false; // a part of a table or a chart, which lay out their own
            for (QWidget* up = w->parentWidget(); up != nullptr && up != desk; up = up->parentWidget()) {
                inside = inside || qobject_cast<QAbstractScrollArea*>(up) != nullptr ||
                         qobject_cast<QComboBox*>(up) != nullptr || qobject_cast<QDateEdit*>(up) != nullptr;
            }
            if (!text || inside || !w->isVisible()) {
                continue;
            }
            const auto* label = qobject_cast<QLabel*>(w);
            if (label == nullptr || !label->wordWrap()) {
                EXPECT_GE(w->width(), w->minimumSizeHint().width())
                    << w->metaObject()->className() << " " << w->objectName().toStdString()
                    << (label != nullptr ? label->text().toStdString() : std::string());
            }
            shown.push_back(w);
        }
        for (std::size_t i = 0; i < shown.size(); ++i) {
            for (std::size_t j = i + 1; j < shown.size(); ++j) {
                const QRect a(shown[i]->mapTo(desk, QPoint(0, 0)), shown[i]->size());
                const QRect b(shown[j]->mapTo(desk, QPoint(0, 0)), shown[j]->size());
                if (shown[i]->isAncestorOf(shown[j]) || shown[j]->isAncestorOf(shown[i])) {
                    continue;
                }
                EXPECT_FALSE(a.intersects(b))
                    << shown[i]->metaObject()->className() << " and " << shown[j]->metaObject()->className();
            }
        }
        // The list, the chart and its table keep a usable size.
        EXPECT_GE(desk->atRiskView()->height(), 120);
        EXPECT_GE(desk->atRiskView()->viewport()->height(),
                  4 * desk->atRiskView()->verticalHeader()->defaultSectionSize());
        EXPECT_GE(desk->pipelineChart()->height(), 180);
        EXPECT_GE(desk->pipelineChart()->width(), 300);
        EXPECT_GE(desk->pipelineView()->height(), 100);
        EXPECT_GE(desk->detailView()->width(), 200);
        // The pipeline chart's texts whole.
        EXPECT_EQ(attrition::uitest::cutChartTexts(desk), QStringList());
        keepScreenshot(window.get(), shotName(language, QStringLiteral("desk")));
        window->document()->setSaved();
        window.reset();
    }
}

TEST_P(LaptopScreen, EveryDialogFitsInEachLanguage) {
    // The dialogs the main window and the editor open, by the action that opens them (message boxes
    // aside: Qt sizes those to their text).
    const char* const actions[] = {
        "&Open File\u2026",
        "New &Database\u2026",
        "Open Data&base\u2026",
        "&Connect to PostgreSQL Server\u2026",
        "Import &Contracts\u2026",
        "E&xport Contracts\u2026",
        "Save as New &Contract\u2026",
        "Your &Name for Saves\u2026",
        "Desk &Thresholds\u2026",
        "&Import Pickup Report\u2026",
        "&Print Report\u2026",
        "&Export Report as PDF\u2026",
        "Page Set&up\u2026",
        "Export &Spreadsheet\u2026",
    };
    for (const Language& language : kLanguages) {
        SCOPED_TRACE(std::string(language.code) + " at " + screen().name);
        start(language);
        int n = 0;
        for (const char* source : actions) {
            QAction* a = action(source);
            ASSERT_NE(a, nullptr);
            const auto seen =
                seeDialog([a] { a->trigger(); }, shotName(language, QStringLiteral("dialog-%1").arg(n++)));
            ASSERT_TRUE(seen.has_value()) << "no dialog from " << source;
            expectFits(*seen, QString::fromUtf8(source));
        }
        // The editor's: the code of a new room type.
        const QString addTip = translate("attrition::ui::ContractEditor", "Add a room type");
        QToolButton* add = nullptr;
        for (QToolButton* button : window->editor()->findChildren<QToolButton*>()) {
            if (button->toolTip() == addTip) {
                add = button;
            }
        }
        ASSERT_NE(add, nullptr);
        window->editor()->showSection(ContractEditor::BlockSection);
        settle();
        const auto seen =
            seeDialog([add] { add->click(); }, shotName(language, QStringLiteral("dialog-room")));
        ASSERT_TRUE(seen.has_value()) << "no dialog from Add a room type";
        expectFits(*seen, QStringLiteral("Add a room type"));
        window->document()->setSaved();
        window.reset();
    }
}

INSTANTIATE_TEST_SUITE_P(Screens, LaptopScreen, ::testing::Range(0, 3),
                         [](const ::testing::TestParamInfo<int>& screenIndex) {
                             return "At" + std::string(kScreens[screenIndex.param].name);
                         });

} // namespace
