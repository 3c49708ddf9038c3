#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace attrition::ui {

/// Help > User Guide: the user guide (docs/USER_GUIDE.md, built into the program under :/guide/) shown as
/// a document, in the language the program runs in (USER_GUIDE.es.md, USER_GUIDE.it.md; English when there
/// is no guide in that language). Beside it the contents, the guide's headings, each a click away, and below
/// it a find bar (Ctrl+F). A window of its own, not modal: the guide stays open beside the contract.
class UserGuideWindow : public QWidget {
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    /// The guide's resource for a language ("es"): its own when there is one, else the English guide.
    static QString guideFile(const QString& language);
    /// The language of the guide shown: "en", "es" or "it".
    QString language() const { return language_; }

    /// The guide's headings, in order, as the contents list them.
    QStringList headings() const;
    /// Scrolls to the heading with this text (as headings() gives it); false when there is none.
    bool showHeading(const QString& heading);
    /// The heading the guide is scrolled to (the last one at or above the top of the view).
    QString currentHeading() const;

    /// Selects the next (or previous) occurrence of `text`, going round at the end; false when the guide
    /// does not contain it.
    bool find(const QString& text, bool backward = false);
    /// Shows the find bar and puts the cursor in it.
    void showFind();

    QTextBrowser* browser() const { return browser_; }
    QTreeWidget* contents() const { return contents_; }
    QLineEdit* findBox() const { return findBox_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Reads the guide in the installed language and lists its headings.
    void load();
    void retranslate();
    void listHeadings();
    /// Screenshots no wider than the page.
    void fitImages();
    void linkClicked(const QUrl& url);
    void scrollToPosition(int position);

    QString language_;
    QSplitter* split_;
    QTreeWidget* contents_;
    QTextBrowser* browser_;
    QWidget* findBar_;
    QLabel* findLabel_;
    QLineEdit* findBox_;
    QLabel* findStatus_;
    int imagesFitTo_ = 0;
};

/// Help > Keyboard Shortcuts: every action of a window's menus (and the window's own actions) that has a
/// shortcut, read from the actions when the dialog opens so that it never falls behind, with its menu path
/// and its keys as the platform writes them; then the keys of the editor's grids.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    struct Row {
        QString action; ///< as the menu shows it, without its mnemonic
        QString menu;   ///< "File", "View > Go to Section"; empty for a key of the grids
        QString keys;   ///< QKeySequence::NativeText, several joined with ", "
    };

    /// The rows for `window`'s actions, in the order of its menus, then the grids' keys.
    static std::vector<Row> rowsFor(QWidget* window);

    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
    const std::vector<Row>& rows() const { return rows_; }
    QTreeWidget* table() const { return table_; }

private:
    std::vector<Row> rows_;
    QTreeWidget* table_;
};

} // namespace attrition::ui
