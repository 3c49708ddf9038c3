#include "dialogs/userguide.h"

#include "style/theme.h"
#include "text/language.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace attrition::ui {

namespace {

constexpr int kPositionRole = Qt::UserRole + 1;

/// A heading's anchor as GitHub makes it, which the guide's own links use: "Keyboard shortcuts" is
/// "#keyboard-shortcuts".
QString slug(const QString& heading) {
    QString s;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            s += c;
        } else if (c == QLatin1Char(' ')) {
            s += QLatin1Char('-');
        }
    }
    return s;
}

/// An action's text as the menu shows it, without the mnemonic's ampersand or the ellipsis.
QString plainText(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text.trimmed();
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , split_(new QSplitter(this))
    , contents_(new QTreeWidget(split_))
    , browser_(new QTextBrowser(split_))
    , findBar_(new QWidget(this))
    , findLabel_(new QLabel(findBar_))
    , findBox_(new QLineEdit(findBar_))
    , findStatus_(new QLabel(findBar_)) {
    setObjectName(QStringLiteral("userGuide"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    contents_->setObjectName(QStringLiteral("guideContents"));
    contents_->setHeaderHidden(true);
    contents_->setFrameShape(QFrame::NoFrame);
    contents_->setIndentation(14);
    contents_->setUniformRowHeights(true);
    browser_->setObjectName(QStringLiteral("guideText"));
    browser_->setFrameShape(QFrame::NoFrame);
    browser_->setOpenLinks(false);
    browser_->document()->setDocumentMargin(24);
    split_->addWidget(contents_);
    split_->addWidget(browser_);
    split_->setStretchFactor(0, 0);
    split_->setStretchFactor(1, 1);
    split_->setChildrenCollapsible(false);
    layout->addWidget(split_, 1);

    auto* barLayout = new QHBoxLayout(findBar_);
    barLayout->setContentsMargins(8, 6, 8, 6);
    findLabel_->setBuddy(findBox_);
    findBox_->setClearButtonEnabled(true);
    findBox_->installEventFilter(this);
    setTextTone(findStatus_, TextTone::Muted);
    auto* previous = new QToolButton(findBar_);
    previous->setArrowType(Qt::UpArrow);
    previous->setObjectName(QStringLiteral("findPrevious"));
    auto* next = new QToolButton(findBar_);
    next->setArrowType(Qt::DownArrow);
    next->setObjectName(QStringLiteral("findNext"));
    auto* close = new QToolButton(findBar_);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    barLayout->addWidget(findLabel_);
    barLayout->addWidget(findBox_, 1);
    barLayout->addWidget(previous);
    barLayout->addWidget(next);
    barLayout->addWidget(findStatus_, 1);
    barLayout->addWidget(close);
    layout->addWidget(findBar_);
    findBar_->hide();

    auto* findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &UserGuideWindow::showFind);
    addAction(findAction);
    auto* findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { find(findBox_->text()); });
    addAction(findNext);
    auto* findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { find(findBox_->text(), true); });
    addAction(findPrevious);
    auto* closeAction = new QAction(this);
    closeAction->setShortcuts(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    connect(findBox_, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Typing searches from where the last match began, so that the match grows with the word.
        QTextCursor cursor = browser_->textCursor();
        cursor.setPosition(cursor.selectionStart());
        browser_->setTextCursor(cursor);
        find(text);
    });
    connect(findBox_, &QLineEdit::returnPressed, this, [this] { find(findBox_->text()); });
    connect(next, &QToolButton::clicked, this, [this] { find(findBox_->text()); });
    connect(previous, &QToolButton::clicked, this, [this] { find(findBox_->text(), true); });
    connect(close, &QToolButton::clicked, this, [this] {
        findBar_->hide();
        browser_->setFocus();
    });
    connect(contents_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { scrollToPosition(item->data(0, kPositionRole).toInt()); });
    connect(contents_, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { scrollToPosition(item->data(0, kPositionRole).toInt()); });
    connect(browser_, &QTextBrowser::anchorClicked, this, &UserGuideWindow::linkClicked);
    // The contents follow the reading: the heading of what is at the top of the view is the current one.
    connect(browser_->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const QString heading = currentHeading();
        for (QTreeWidgetItemIterator it(contents_); *it != nullptr; ++it) {
            if ((*it)->text(0) == heading) {
                const QSignalBlocker quiet(contents_);
                contents_->setCurrentItem(*it);
                contents_->scrollToItem(*it);
                break;
            }
        }
    });

    retranslate();
    load();

    // Most of a laptop's screen, the contents a fifth of it.
    QSize size(1100, 760);
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
    }
    resize(size);
    split_->setSizes({std::max(220, size.width() / 4), size.width() - std::max(220, size.width() / 4)});
}

QString UserGuideWindow::guideFile(const QString& language) {
    const QString own = QStringLiteral(":/guide/USER_GUIDE.%1.md").arg(language);
    if (language != QLatin1String("en") && QFile::exists(own)) {
        return own;
    }
    return QStringLiteral(":/guide/USER_GUIDE.md");
}

void UserGuideWindow::retranslate() {
    setWindowTitle(tr("Attrition Desk User Guide"));
    contents_->setAccessibleName(tr("Contents"));
    findLabel_->setText(tr("&Find:"));
    findBox_->setPlaceholderText(tr("Text in the guide"));
    findBar_->findChild<QToolButton*>(QStringLiteral("findPrevious"))->setToolTip(tr("Previous match"));
    findBar_->findChild<QToolButton*>(QStringLiteral("findNext"))->setToolTip(tr("Next match"));
    findStatus_->clear();
}

void UserGuideWindow::load() {
    const QString file = guideFile(installedLanguage());
    language_ = file.endsWith(QLatin1String(".es.md"))   ? QStringLiteral("es")
                : file.endsWith(QLatin1String(".it.md")) ? QStringLiteral("it")
                                                         : QStringLiteral("en");
    // Read as a resource of its own, so that its screenshots (screenshots/...) are found beside it.
    browser_->setSource(QUrl(QStringLiteral("qrc") + file), QTextDocument::MarkdownResource);
    imagesFitTo_ = 0;
    fitImages();
    listHeadings();
    browser_->verticalScrollBar()->setValue(0);
}

void UserGuideWindow::listHeadings() {
    contents_->clear();
    std::vector<std::pair<int, QTreeWidgetItem*>> open; // the heading levels above, with their items
    for (QTextBlock block = browser_->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0 || level > 3) {
            continue;
        }
        while (!open.empty() && open.back().first >= level) {
            open.pop_back();
        }
        auto* item = open.empty() ? new QTreeWidgetItem(contents_) : new QTreeWidgetItem(open.back().second);
        item->setText(0, block.text().trimmed());
        item->setData(0, kPositionRole, block.position());
        open.emplace_back(level, item);
    }
    contents_->expandAll();
}

QStringList UserGuideWindow::headings() const {
    QStringList list;
    for (QTreeWidgetItemIterator it(contents_); *it != nullptr; ++it) {
        list << (*it)->text(0);
    }
    return list;
}

bool UserGuideWindow::showHeading(const QString& heading) {
    for (QTreeWidgetItemIterator it(contents_); *it != nullptr; ++it) {
        if ((*it)->text(0) == heading) {
            contents_->setCurrentItem(*it);
            scrollToPosition((*it)->data(0, kPositionRole).toInt());
            return true;
        }
    }
    return false;
}

QString UserGuideWindow::currentHeading() const {
    const int top = browser_->verticalScrollBar()->value();
    QAbstractTextDocumentLayout* layout = browser_->document()->documentLayout();
    QString current;
    for (QTreeWidgetItemIterator it(contents_); *it != nullptr; ++it) {
        const QTextBlock block = browser_->document()->findBlock((*it)->data(0, kPositionRole).toInt());
        if (layout->blockBoundingRect(block).top() <= top + 2) {
            current = (*it)->text(0);
        }
    }
    return current;
}

void UserGuideWindow::scrollToPosition(int position) {
    const QTextBlock block = browser_->document()->findBlock(position);
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    browser_->setTextCursor(cursor);
    const QRectF rect = browser_->document()->documentLayout()->blockBoundingRect(block);
    browser_->verticalScrollBar()->setValue(static_cast<int>(rect.top()));
}

bool UserGuideWindow::find(const QString& text, bool backward) {
    if (text.isEmpty()) {
        findStatus_->clear();
        return false;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = browser_->find(text, flags);
    if (!found) {
        // Round from the other end.
        QTextCursor cursor = browser_->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        browser_->setTextCursor(cursor);
        found = browser_->find(text, flags);
    }
    findStatus_->setText(found ? QString() : tr("Not found in the guide"));
    setTextTone(findStatus_, found ? TextTone::Muted : TextTone::Error);
    return found;
}

void UserGuideWindow::showFind() {
    findBar_->show();
    findBox_->setFocus(Qt::ShortcutFocusReason);
    findBox_->selectAll();
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == findBox_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            findBar_->hide();
            browser_->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            find(findBox_->text(), true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserGuideWindow::linkClicked(const QUrl& url) {
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.hasFragment()) {
        for (QTreeWidgetItemIterator it(contents_); *it != nullptr; ++it) {
            if (slug((*it)->text(0)) == url.fragment()) {
                contents_->setCurrentItem(*it);
                scrollToPosition((*it)->data(0, kPositionRole).toInt());
                return;
            }
        }
    }
}

void UserGuideWindow::fitImages() {
    const int room =
        browser_->viewport()->width() - 2 * static_cast<int>(browser_->document()->documentMargin());
    if (room <= 0 || room == imagesFitTo_) {
        return;
    }
    imagesFitTo_ = room;
    QTextDocument* document = browser_->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(format.name()));
            QImage image = resource.value<QImage>();
            if (image.isNull()) {
                image = QImage::fromData(resource.toByteArray());
            }
            if (image.isNull()) {
                continue;
            }
            // As large as it was taken (in device-independent pixels), at most as wide as the page.
            const qreal width = std::min<qreal>(image.width() / image.devicePixelRatio(), room);
            format.setWidth(width);
            format.setHeight(width * image.height() / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
    // Laid out again as a whole: the layout of the blocks after a resized image is otherwise left where it
    // was (Qt 6.4), and text is painted over the image.
    document->markContentsDirty(0, document->characterCount());
}

void UserGuideWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The guide of the new language, at the same place if it has one of that name (it rarely has).
        if (guideFile(installedLanguage()) != guideFile(language_)) {
            load();
        }
    }
    QWidget::changeEvent(event);
}

void UserGuideWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &UserGuideWindow::fitImages);
}

// ---------------------------------------------------------------------------------------------------------

std::vector<ShortcutsDialog::Row> ShortcutsDialog::rowsFor(QWidget* window) {
    std::vector<Row> rows;
    QList<QAction*> seen;
    const auto keysOf = [](const QAction* action) {
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys << key.toString(QKeySequence::NativeText);
        }
        return keys.join(QStringLiteral(", "));
    };
    const std::function<void(const QList<QAction*>&, const QString&)> walk =
        [&](const QList<QAction*>& actions, const QString& path) {
            for (QAction* action : actions) {
                if (action->isSeparator() || seen.contains(action)) {
                    continue;
                }
                seen << action;
                if (QMenu* menu = action->menu()) {
                    const QString title = plainText(menu->title());
                    walk(menu->actions(), path.isEmpty() ? title : path + QStringLiteral(" > ") + title);
                } else if (!action->shortcuts().isEmpty()) {
                    rows.push_back({plainText(action->text()), path, keysOf(action)});
                }
            }
        };
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        walk(main->menuBar()->actions(), {});
    }
    // The window's own actions that are in no menu.
    walk(window->actions(), {});

    // The keys of the editor's grids (GridView), which no action carries.
    const QString grids = tr("Tables of the editor");
    const auto native = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    const auto keys = [](const char* key) {
        return QKeySequence(QLatin1String(key)).toString(QKeySequence::NativeText);
    };
    rows.push_back({tr("Keep the value and move down"), grids, keys("Return")});
    rows.push_back({tr("Keep the value and move up"), grids, keys("Shift+Return")});
    rows.push_back({tr("Move across"), grids, keys("Tab") + QStringLiteral(", ") + keys("Shift+Tab")});
    rows.push_back({tr("Clear the selected cells"), grids, native(QKeySequence::Delete)});
    rows.push_back({tr("Copy the selected cells"), grids, native(QKeySequence::Copy)});
    rows.push_back({tr("Paste from a spreadsheet"), grids, native(QKeySequence::Paste)});
    rows.push_back({tr("Change the cell"), grids, keys("F2")});
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , rows_(rowsFor(window))
    , table_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    table_->setColumnCount(3);
    table_->setHeaderLabels({tr("Action"), tr("Menu"), tr("Keys")});
    table_->setRootIsDecorated(false);
    table_->setAlternatingRowColors(true);
    table_->setUniformRowHeights(true);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    for (const Row& row : rows_) {
        auto* item = new QTreeWidgetItem(table_, {row.action, row.menu, row.keys});
        item->setToolTip(1, row.menu);
    }
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    QSize size(760, 640);
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(QSize(available.width() * 9 / 10, available.height() * 85 / 100));
    }
    resize(size);
}

} // namespace attrition::ui
