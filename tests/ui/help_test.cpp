// Help: the user guide (Help > User Guide, F1) shown from the copy built into the program, in the
// program's language, with its headings as contents, find and its own links; the keyboard shortcuts
// listed from the window's actions; What's This on every field of the contract editor.

#include "attrition/domain/field_catalogue.h"
#include "attrition/storage/sql_repository.h"
#include "democontracts.h"
#include "dialogs/userguide.h"
#include "editor/contracteditor.h"
#include "models/contracttablemodel.h"
#include "session/contractdocument.h"
#include "text/fieldhelp.h"
#include "text/language.h"
#include "views/mainwindow.h"
#include "widget_test_support.h"
#include "widgets/fieldeditor.h"
#include "widgets/gridview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

/// The headings of a guide as its Markdown writes them ("# ", "## ", "### "), outside code blocks.
QStringList markdownHeadings(const QString& resource) {
    QFile file(resource);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << resource.toStdString();
    QStringList headings;
    bool code = false;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```"))) {
            code = !code;
        } else if (!code) {
            static const QRegularExpression heading(QStringLiteral("^#{1,3} (.+)$"));
            const auto match = heading.match(line);
            if (match.hasMatch()) {
                headings << match.captured(1).trimmed();
            }
        }
    }
    return headings;
}

/// An action's text as a menu shows it, without the mnemonic and the ellipsis.
QString menuText(QString text) {
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

QString nativeKeys(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts()) {
        keys << key.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

/// Every action reachable from the menu bar that has a shortcut.
void collectMenuActions(const QList<QAction*>& actions, QList<QAction*>& out) {
    for (QAction* action : actions) {
        if (QMenu* menu = action->menu()) {
            collectMenuActions(menu->actions(), out);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty() && !out.contains(action)) {
            out << action;
        }
    }
}

class Help : public ::testing::Test {
protected:
    Help() {
        QSettings().clear();
        st::ConnectionSettings connection;
        connection.file = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite")).toStdString();
        {
            st::OpenOptions options;
            options.createIfMissing = true;
            auto repository = st::SqlContractRepository::open(connection, options);
            EXPECT_TRUE(static_cast<bool>(repository));
            EXPECT_TRUE((*repository)->saveNew(demo::portfolio(), "test"));
        }
        QSettings settings;
        st::writeConnectionSettings(settings, connection);
        settings.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Lima"));
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        EXPECT_TRUE(window->openInitialDatabase());
        window->show();
        settle();
    }
    ~Help() override {
        installLanguage(QStringLiteral("en"));
        settle();
        window->document()->setSaved();
        window.reset();
        QSettings().clear();
    }

    UserGuideWindow* openGuide() {
        window->userGuideAction()->trigger();
        settle();
        return window->userGuideWindow();
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Help, UserGuideOpensFromTheHelpMenuWithF1AndItsHeadingsAsContents) {
    // In the Help menu, on F1.
    QMenu* help = nullptr;
    for (QAction* a : window->menuBar()->actions()) {
        if (a->menu() != nullptr && a->menu()->actions().contains(window->userGuideAction())) {
            help = a->menu();
        }
    }
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(menuText(help->title()), QStringLiteral("Help"));
    EXPECT_TRUE(help->actions().contains(window->shortcutsAction()));
    EXPECT_TRUE(help->actions().contains(window->whatsThisAction()));
    EXPECT_EQ(window->userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    EXPECT_EQ(window->whatsThisAction()->shortcut(), QKeySequence(QKeySequence::WhatsThis));

    UserGuideWindow* guide = openGuide();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_TRUE(guide->isWindow());
    EXPECT_FALSE(guide->isModal());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(guide->language(), QStringLiteral("en"));

    // The contents are the headings of the guide in docs/, as built in.
    const QStringList expected = markdownHeadings(QStringLiteral(":/guide/USER_GUIDE.md"));
    ASSERT_GE(expected.size(), 15);
    EXPECT_EQ(guide->headings(), expected);
    EXPECT_EQ(guide->headings().first(), QStringLiteral("Attrition Desk User Guide"));
    for (const char* heading : {"The first start", "The window", "The contract editor", "What-if scenarios",
                                "A new contract, step by step", "Reports and letterhead", "Databases",
                                "The command line", "Keyboard shortcuts", "Where settings are kept"}) {
        EXPECT_TRUE(guide->headings().contains(QLatin1String(heading))) << heading;
    }
    // The guide as a document, not as Markdown source.
    const QString text = guide->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("File > New Contract")));
    EXPECT_FALSE(text.contains(QStringLiteral("## ")));

    // A heading of the contents brings it to the top of the view.
    ASSERT_TRUE(guide->showHeading(QStringLiteral("A new contract, step by step")));
    settle();
    EXPECT_GT(guide->browser()->verticalScrollBar()->value(), 0);
    EXPECT_EQ(guide->currentHeading(), QStringLiteral("A new contract, step by step"));
    ASSERT_NE(guide->contents()->currentItem(), nullptr);
    EXPECT_EQ(guide->contents()->currentItem()->text(0), QStringLiteral("A new contract, step by step"));
    // Near the end, as far as the view goes.
    ASSERT_TRUE(guide->showHeading(QStringLiteral("Keyboard shortcuts")));
    settle();
    EXPECT_GT(guide->browser()->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(
        guide->browser()->textCursor().block().text().startsWith(QStringLiteral("Keyboard shortcuts")));

    // F1 again brings the same window to the front.
    window->userGuideAction()->trigger();
    settle();
    EXPECT_EQ(window->userGuideWindow(), guide);
}

TEST_F(Help, TheGuideShowsItsScreenshotsWithinThePage) {
    UserGuideWindow* guide = openGuide();
    ASSERT_NE(guide, nullptr);
    QTextDocument* document = guide->browser()->document();
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat()) {
                continue;
            }
            ++images;
            const QTextImageFormat image = format.toImageFormat();
            SCOPED_TRACE(image.name().toStdString());
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(image.name()));
            EXPECT_TRUE(resource.isValid());
            EXPECT_GT(image.width(), 0);
            EXPECT_LE(image.width(), guide->browser()->viewport()->width());
        }
    }
    EXPECT_EQ(images, 6);
    // Laid out again after the screenshots were fitted: each block below the one before it.
    qreal bottom = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentFrame() != document->rootFrame()) {
            continue; // a table's cell, placed within its table
        }
        const QRectF rect = document->documentLayout()->blockBoundingRect(block);
        EXPECT_GE(rect.top() + 0.5, bottom) << block.text().toStdString();
        bottom = std::max(bottom, rect.bottom());
    }
    EXPECT_GE(bottom, document->size().height() - 2 * document->documentMargin() - 1);
}

TEST_F(Help, TheGuideIsInTheLanguageTheProgramRunsIn) {
    ASSERT_TRUE(installLanguage(QStringLiteral("es")));
    settle();
    UserGuideWindow* guide = openGuide();
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->language(), QStringLiteral("es"));
    EXPECT_EQ(guide->headings(), markdownHeadings(QStringLiteral(":/guide/USER_GUIDE.es.md")));
    EXPECT_EQ(guide->headings().first(), QStringLiteral("Guía del usuario de Attrition Desk"));
    EXPECT_TRUE(guide->headings().contains(QStringLiteral("Atajos de teclado")));

    // Chosen while the guide is open: the guide follows.
    ASSERT_TRUE(installLanguage(QStringLiteral("it")));
    settle();
    EXPECT_EQ(guide->language(), QStringLiteral("it"));
    EXPECT_EQ(guide->headings().first(), QStringLiteral("Guida utente di Attrition Desk"));
    EXPECT_TRUE(guide->headings().contains(QStringLiteral("Scorciatoie da tastiera")));

    ASSERT_TRUE(installLanguage(QStringLiteral("en")));
    settle();
    EXPECT_EQ(guide->language(), QStringLiteral("en"));
    EXPECT_EQ(guide->headings().first(), QStringLiteral("Attrition Desk User Guide"));

    // A language without a guide of its own gets the English one.
    EXPECT_EQ(UserGuideWindow::guideFile(QStringLiteral("de")), QStringLiteral(":/guide/USER_GUIDE.md"));
    EXPECT_EQ(UserGuideWindow::guideFile(QStringLiteral("es")), QStringLiteral(":/guide/USER_GUIDE.es.md"));
    // Every guide has the same sections as the English one.
    const qsizetype sections = markdownHeadings(QStringLiteral(":/guide/USER_GUIDE.md")).size();
    EXPECT_EQ(markdownHeadings(QStringLiteral(":/guide/USER_GUIDE.es.md")).size(), sections);
    EXPECT_EQ(markdownHeadings(QStringLiteral(":/guide/USER_GUIDE.it.md")).size(), sections);
}

TEST_F(Help, CtrlFFindsInTheGuide) {
    UserGuideWindow* guide = openGuide();
    ASSERT_NE(guide, nullptr);
    guide->activateWindow();
    EXPECT_FALSE(guide->findBox()->isVisible());
    QTest::keyClick(guide->browser(), Qt::Key_F, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(guide->findBox()->isVisible());

    QTest::keyClicks(guide->findBox(), QStringLiteral("PostgreSQL"));
    settle();
    EXPECT_EQ(guide->browser()->textCursor().selectedText(), QStringLiteral("PostgreSQL"));
    const int first = guide->browser()->textCursor().position();
    QTest::keyClick(guide->findBox(), Qt::Key_Return);
    EXPECT_GT(guide->browser()->textCursor().position(), first);
    EXPECT_EQ(guide->browser()->textCursor().selectedText(), QStringLiteral("PostgreSQL"));

    EXPECT_FALSE(guide->find(QStringLiteral("no such words in the guide")));
    // Going round: from the end, the next match is the first.
    QTextCursor end = guide->browser()->textCursor();
    end.movePosition(QTextCursor::End);
    guide->browser()->setTextCursor(end);
    EXPECT_TRUE(guide->find(QStringLiteral("PostgreSQL")));
    EXPECT_EQ(guide->browser()->textCursor().position(), first);
}

TEST_F(Help, TheGuidesOwnLinksLeadToItsHeadings) {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("it")}) {
        SCOPED_TRACE(language.toStdString());
        ASSERT_TRUE(installLanguage(language));
        settle();
        UserGuideWindow* guide = openGuide();
        ASSERT_NE(guide, nullptr);
        QFile file(UserGuideWindow::guideFile(language));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
        int links = 0;
        for (auto it = link.globalMatch(markdown); it.hasNext();) {
            const QString fragment = it.next().captured(1);
            ++links;
            guide->browser()->moveCursor(QTextCursor::Start);
            emit guide->browser()->anchorClicked(QUrl(QLatin1Char('#') + fragment));
            SCOPED_TRACE(fragment.toStdString());
            EXPECT_GT(guide->browser()->textCursor().block().blockFormat().headingLevel(), 0);
            EXPECT_GT(guide->browser()->verticalScrollBar()->value(), 0);
        }
        EXPECT_GE(links, 1);
    }
}

TEST_F(Help, KeyboardShortcutsListEveryActionWithAShortcut) {
    window->shortcutsAction()->trigger();
    settle();
    auto* dialog = window->findChild<ShortcutsDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const std::vector<ShortcutsDialog::Row>& rows = dialog->rows();
    EXPECT_EQ(dialog->table()->topLevelItemCount(), static_cast<int>(rows.size()));

    const auto find = [&](const QString& action, const QString& menu) -> const ShortcutsDialog::Row* {
        for (const ShortcutsDialog::Row& row : rows) {
            if (row.action == action && row.menu == menu) {
                return &row;
            }
        }
        return nullptr;
    };
    const ShortcutsDialog::Row* save = find(QStringLiteral("Save"), QStringLiteral("File"));
    ASSERT_NE(save, nullptr);
    EXPECT_EQ(save->keys, QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    EXPECT_EQ(save->keys, QStringLiteral("Ctrl+S"));
    const ShortcutsDialog::Row* section =
        find(QStringLiteral("Room block"), QStringLiteral("View > Go to Section"));
    ASSERT_NE(section, nullptr);
    EXPECT_EQ(section->keys, QStringLiteral("Ctrl+2"));
    ASSERT_NE(find(QStringLiteral("User Guide"), QStringLiteral("Help")), nullptr);

    // Every action of the menus and of the window with a shortcut has its row, with its keys.
    QList<QAction*> actions;
    collectMenuActions(window->menuBar()->actions(), actions);
    for (QAction* a : window->actions()) {
        if (!a->shortcuts().isEmpty() && !actions.contains(a)) {
            actions << a;
        }
    }
    EXPECT_GE(actions.size(), 30);
    for (QAction* action : actions) {
        SCOPED_TRACE(action->text().toStdString());
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const ShortcutsDialog::Row& r) {
            return r.action == menuText(action->text()) && r.keys == nativeKeys(action);
        });
        EXPECT_NE(row, rows.end());
    }
    // Then the grids' keys.
    const auto gridRows = std::count_if(rows.begin(), rows.end(), [](const ShortcutsDialog::Row& r) {
        return r.menu == QStringLiteral("Tables of the editor");
    });
    EXPECT_EQ(static_cast<std::size_t>(gridRows) + static_cast<std::size_t>(actions.size()), rows.size());
    EXPECT_GE(gridRows, 5);
    EXPECT_NE(find(QStringLiteral("Clear the selected cells"), QStringLiteral("Tables of the editor")),
              nullptr);
}

TEST(FieldWhatsThis, EveryCataloguedFieldHasItsText) {
    EXPECT_EQ(fieldsWithWhatsThis().size(), static_cast<qsizetype>(contractFields().size()));
    for (const ContractField& field : contractFields()) {
        const QString path = QString::fromUtf8(field.path.data(), static_cast<qsizetype>(field.path.size()));
        SCOPED_TRACE(path.toStdString());
        EXPECT_GT(fieldWhatsThis(path).size(), 30);
    }
    // A place inside a list gets its list's text; an unknown path none.
    EXPECT_EQ(fieldWhatsThis(QStringLiteral("block[3].rate")), fieldWhatsThis(QStringLiteral("block")));
    EXPECT_EQ(fieldWhatsThis(QStringLiteral("cancellation.tiers[0].maxDays")),
              fieldWhatsThis(QStringLiteral("cancellation.tiers")));
    EXPECT_TRUE(fieldWhatsThis(QStringLiteral("attrition")).isEmpty());
    EXPECT_TRUE(fieldWhatsThis(QStringLiteral("noSuchField")).isEmpty());
}

TEST(FieldWhatsThis, EveryFieldAndTableOfTheEditorHasWhatsThis) {
    QWidget window;
    auto* doc = new ContractDocument(&window);
    doc->load(demo::associationMeeting(), {});
    auto* editor = new ContractEditor(doc, &window);
    const QList<FieldEditor*> fields = editor->findChildren<FieldEditor*>();
    EXPECT_GE(fields.size(), 50);
    for (FieldEditor* field : fields) {
        SCOPED_TRACE(field->path().toStdString());
        EXPECT_EQ(field->whatsThis(), fieldWhatsThis(field->path()));
        EXPECT_FALSE(field->input()->whatsThis().isEmpty());
        EXPECT_EQ(field->input()->whatsThis(), field->whatsThis());
    }
    // The attrition, F&B, meeting room and cancellation clauses each have their fields in the editor.
    for (const ContractField& field : contractFields()) {
        if (field.kind == FieldKind::List || field.section == FieldSection::General) {
            continue;
        }
        const QString path = QString::fromUtf8(field.path.data(), static_cast<qsizetype>(field.path.size()));
        SCOPED_TRACE(path.toStdString());
        ASSERT_NE(editor->field(path), nullptr);
        EXPECT_FALSE(editor->field(path)->input()->whatsThis().isEmpty());
    }
    // The labels beside the inputs say the same.
    for (QLabel* label : editor->findChildren<QLabel*>()) {
        if (auto* input = label->buddy()) {
            EXPECT_EQ(label->whatsThis(), input->whatsThis()) << label->text().toStdString();
        }
    }
    // Each table of a list (the block, the tiers, the scale...) says what the list means.
    int tables = 0;
    for (GridView* grid : editor->findChildren<GridView*>()) {
        if (grid->contractModel() == nullptr) {
            continue;
        }
        ++tables;
        SCOPED_TRACE(grid->contractModel()->listPaths().join(QLatin1Char(',')).toStdString());
        EXPECT_TRUE(grid->whatsThis().contains(fieldWhatsThis(grid->contractModel()->listPaths().first())));
    }
    EXPECT_GE(tables, 8);
}
