#include "views/mainwindow.h"

#include "attrition/domain/pickup.h"
#include "attrition/io/csv.h"
#include "attrition/storage/sql_repository.h"
#include "dialogs/userguide.h"
#include "editor/contracteditor.h"
#include "models/contractlistmodel.h"
#include "models/contracttables.h"
#include "models/pickuppacemodel.h"
#include "models/scenarioset.h"
#include "reports/reportoptions.h"
#include "reports/spreadsheets.h"
#include "session/autosave.h"
#include "session/contractdocument.h"
#include "session/contractfiles.h"
#include "session/contractsession.h"
#include "session/database.h"
#include "session/folders.h"
#include "session/outlook.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/language.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "views/chartspanel.h"
#include "views/contractlistpanel.h"
#include "views/damagespanel.h"
#include "views/deskview.h"
#include "views/forecastpanel.h"
#include "views/quotepanel.h"
#include "views/scenariopanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <algorithm>
#include <climits>
#include <functional>
#include <utility>

namespace attrition::ui {

namespace {

/// Shows the label's whole text (its "fullText" property) when it fits, else cut short with an ellipsis at
/// its end, the whole text then in its tooltip: a header line is never clipped mid-word.
void showElided(QLabel* label) {
    const QString full = label->property("fullText").toString();
    const QString shown =
        label->fontMetrics().elidedText(full, Qt::ElideRight, label->contentsRect().width());
    label->setText(shown);
    label->setToolTip(shown == full ? QString() : full);
}

/// Elides a label again whenever its width changes.
class ElideOnResize final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange) {
            showElided(static_cast<QLabel*>(watched));
        }
        return false;
    }
};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

/// Calls `then` once, when the widget it filters is first painted, and goes.
class OnFirstPaint : public QObject {
public:
    OnFirstPaint(QObject* parent, std::function<void()> then)
        : QObject(parent)
        , then_(std::move(then)) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && then_) {
            watched->removeEventFilter(this);
            std::exchange(then_, {})();
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> then_;
};

/// A PostgreSQL server to connect to, as the user entered it, and the password for this connection only.
struct ServerLogin {
    storage::ConnectionSettings settings;
    QString password;
};

std::optional<ServerLogin> askServerLogin(QWidget* parent, const storage::ConnectionSettings& initial,
                                          const QString& problem) {
    QDialog dialog(parent);
    dialog.setWindowTitle(MainWindow::tr("Connect to PostgreSQL Server"));
    auto* layout = new QVBoxLayout(&dialog);
    if (!problem.isEmpty()) {
        auto* note = new QLabel(problem, &dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout();
    auto* host = new QLineEdit(q(initial.host), &dialog);
    auto* port = new QSpinBox(&dialog);
    port->setRange(1, 65535);
    port->setValue(initial.port);
    auto* database = new QLineEdit(q(initial.database), &dialog);
    auto* user = new QLineEdit(initial.user.empty() ? userName() : q(initial.user), &dialog);
    auto* schema = new QLineEdit(q(initial.schema), &dialog);
    schema->setPlaceholderText(MainWindow::tr("the server's default"));
    auto* password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(MainWindow::tr("asked each time, never stored"));
    // Wide enough for the hints the empty inputs show, in every language.
    for (QLineEdit* edit : {schema, password}) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 24);
    }
    form->addRow(MainWindow::tr("&Host:"), host);
    form->addRow(MainWindow::tr("&Port:"), port);
    form->addRow(MainWindow::tr("&Database:"), database);
    form->addRow(MainWindow::tr("&User:"), user);
    form->addRow(MainWindow::tr("&Schema:"), schema);
    form->addRow(MainWindow::tr("Pass&word:"), password);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(MainWindow::tr("Connect"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    (database->text().isEmpty() ? database : password)->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    ServerLogin login;
    login.settings = initial;
    login.settings.engine = storage::Engine::PostgreSQL;
    login.settings.host = host->text().trimmed().toStdString();
    login.settings.port = port->value();
    login.settings.database = database->text().trimmed().toStdString();
    login.settings.user = user->text().trimmed().toStdString();
    login.settings.schema = schema->text().trimmed().toStdString();
    login.password = password->text();
    return login;
}

// The texts of the actions written in more than one place: each here, once.

/// The undo action's prefix, before the step's name ("&Undo Edit Hotel").
QString undoText() {
    return MainWindow::tr("&Undo");
}

QString redoText() {
    return MainWindow::tr("&Redo");
}

/// Archiving a contract, or taking it out of the archive: the Contract menu's and the list's context menu's.
QString archiveText(bool archived) {
    return archived ? MainWindow::tr("Take Out of &Archive") : MainWindow::tr("&Archive");
}

QString deleteText() {
    return MainWindow::tr("&Delete\u2026");
}

/// The title of the mode bar's tab `index`: the contract, the scenarios, the quote.
QString modeTabText(int index) {
    switch (index) {
    case 0:
        return MainWindow::tr("Contract");
    case 1:
        return MainWindow::tr("What-if scenarios");
    default:
        return MainWindow::tr("Quote");
    }
}

QString toolBarTitle() {
    return MainWindow::tr("Main");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , theme_(applySavedTheme())
    , session_(new ContractSession(this))
    , document_(session_->document())
    , listModel_(new ContractListModel(this))
    , listPanel_(new ContractListPanel(listModel_, this))
    , editor_(new ContractEditor(document_, this))
    , damages_(new DamagesPanel(document_, this))
    , charts_(new ChartsPanel(document_, editor_->nightModel(), this))
    , scenarioPanel_(new ScenarioPanel(document_, this))
    , quotePanel_(nullptr)
    , desk_(new DeskView(this))
    , pages_(new QStackedWidget(this))
    , mainSplit_(new QSplitter(Qt::Horizontal, this))
    , editorSplit_(new QSplitter(Qt::Horizontal, this))
    , rightSplit_(new QSplitter(Qt::Vertical, this))
    , modes_(new QStackedWidget(this))
    , modeBar_(new QTabBar(this))
    , title_(new QLabel(this))
    , subtitle_(new QLabel(this))
    , timing_(new QLabel(this))
    , location_(new QLabel(this))
    , undoGroup_(new QUndoGroup(this))
    , scenarioTimer_(new QTimer(this))
    , forecaster_(new Forecaster(this))
    , outlookTimer_(new QTimer(this)) {
    installEnglishPlurals();
    quotePanel_ = new QuotePanel(document_, forecaster_, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Attrition Desk"));
    undoGroup_->addStack(document_->undoStack());
    undoGroup_->setActiveStack(document_->undoStack());
    autosave_ = new Autosave(document_, 1500, this);
    autosave_->setSource([this] { return session_->location(); },
                         [this] { return session_->loadedVersion(); });

    // The workspace: a header naming the contract, then the editor with damages and charts, or scenarios.
    auto* workspace = new QWidget(this);
    auto* workspaceLayout = new QVBoxLayout(workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    auto* header = new QWidget(workspace);
    header->setObjectName(QStringLiteral("workspaceHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    // Style sheets on the few widgets they style, not on the window: a sheet restyles every widget below it.
    header->setStyleSheet(QStringLiteral(
        "QWidget#workspaceHeader { background: palette(base); border-bottom: 1px solid palette(mid); }"));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(18, 8, 12, 0);
    auto* titles = new QVBoxLayout();
    titles->setSpacing(1);
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextTone(subtitle_, TextTone::Muted);
    subtitle_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title_->setObjectName(QStringLiteral("headerTitle"));
    subtitle_->setObjectName(QStringLiteral("headerSubtitle"));
    auto* elide = new ElideOnResize(this);
    title_->installEventFilter(elide);
    subtitle_->installEventFilter(elide);
    titles->addWidget(title_);
    titles->addWidget(subtitle_);
    titles->addSpacing(6);
    headerLayout->addLayout(titles, 1);
    modeBar_->setObjectName(QStringLiteral("modeBar"));
    modeBar_->setStyleSheet(QStringLiteral("QTabBar::tab { padding: 5px 14px; }"));
    modeBar_->addTab(icon(Icon::Contract), modeTabText(0));
    modeBar_->addTab(icon(Icon::Scenarios), modeTabText(1));
    modeBar_->addTab(icon(Icon::Chart), modeTabText(2));
    modeBar_->setDrawBase(false);
    modeBar_->setExpanding(false);
    headerLayout->addWidget(modeBar_, 0, Qt::AlignBottom);
    // The first start: whose name the change log records.
    nameBar_ = new QFrame(workspace);
    nameBar_->setObjectName(QStringLiteral("nameBar"));
    nameBar_->setAttribute(Qt::WA_StyledBackground);
    nameBar_->setStyleSheet(QStringLiteral(
        "QFrame#nameBar { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }"));
    auto* nameLayout = new QHBoxLayout(nameBar_);
    nameLayout->setContentsMargins(12, 6, 6, 6);
    nameLabel_ = new QLabel(nameBar_);
    nameLabel_->setWordWrap(true);
    // The computer's user name to start from, if it has one.
    nameEdit_ =
        new QLineEdit(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed(), nameBar_);
    nameEdit_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    nameUse_ = new QPushButton(nameBar_);
    nameClose_ = new QToolButton(nameBar_);
    nameClose_->setAutoRaise(true);
    nameClose_->setText(QStringLiteral("\u2715"));
    nameLayout->addWidget(nameLabel_, 1);
    nameLayout->addWidget(nameEdit_);
    nameLayout->addWidget(nameUse_);
    nameLayout->addWidget(nameClose_);
    connect(nameUse_, &QPushButton::clicked, this, [this] { answerNameBar(true); });
    connect(nameEdit_, &QLineEdit::returnPressed, this, [this] { answerNameBar(true); });
    connect(nameClose_, &QToolButton::clicked, this, [this] { answerNameBar(false); });
    nameBar_->setVisible(!QSettings().value(QStringLiteral("user/nameAsked")).toBool() &&
                         !QSettings().contains(QStringLiteral("user/name")));
    retranslateNameBar();
    workspaceLayout->addWidget(header);

    // The damages keep room for their amounts and what they are for, however far the editor is widened.
    damages_->setMinimumWidth(300);
    rightSplit_->addWidget(damages_);
    rightSplit_->addWidget(charts_);
    rightSplit_->setChildrenCollapsible(false);
    rightSplit_->setStretchFactor(0, 3);
    rightSplit_->setStretchFactor(1, 2);
    editorSplit_->addWidget(editor_);
    editorSplit_->addWidget(rightSplit_);
    editorSplit_->setChildrenCollapsible(false);
    editorSplit_->setStretchFactor(0, 3);
    editorSplit_->setStretchFactor(1, 2);
    modes_->addWidget(editorSplit_);
    modes_->addWidget(scenarioPanel_);
    modes_->addWidget(quotePanel_);
    workspaceLayout->addWidget(modes_, 1);

    mainSplit_->addWidget(listPanel_);
    mainSplit_->addWidget(workspace);
    mainSplit_->setStretchFactor(0, 0);
    mainSplit_->setStretchFactor(1, 1);
    mainSplit_->setCollapsible(1, false);
    // The desk first; the contracts one click (or Alt+2) away.
    pages_->setObjectName(QStringLiteral("pages"));
    pages_->addWidget(desk_);
    pages_->addWidget(mainSplit_);
    pages_->setCurrentWidget(desk_);
    // The name bar of the first start above both pages: the desk comes first.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(nameBar_);
    centralLayout->addWidget(pages_, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    statusBar()->addPermanentWidget(timing_);
    statusBar()->addPermanentWidget(location_);
    setTextTone(timing_, TextTone::Muted);
    setTextTone(location_, TextTone::Muted);

    connect(modeBar_, &QTabBar::currentChanged, this,
            [this](int index) { setMode(static_cast<Mode>(std::clamp(index, 0, 2))); });
    connect(listPanel_, &ContractListPanel::currentIdChanged, this, &MainWindow::listSelectionChanged);
    connect(listPanel_, &ContractListPanel::contractMenuRequested, this,
            [this](const QString& id, const QPoint& at) {
                QMenu* menu = createContractMenu(id, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(at);
            });
    connect(editor_, &ContractEditor::statusMessage, this, &MainWindow::showStatus);
    connect(quotePanel_, &QuotePanel::statusMessage, this, &MainWindow::showStatus);
    connect(quotePanel_, &QuotePanel::proposalRequested, this, &MainWindow::exportProposal);
    connect(editor_, &ContractEditor::importPickupRequested, this, &MainWindow::importPickupAsked);
    connect(damages_, &DamagesPanel::fieldActivated, this, [this](const QString& path) {
        setMode(Mode::Editor);
        editor_->showField(path);
    });
    connect(document_, &ContractDocument::contractChanged, this, [this] {
        updateHeader();
        updatePace();
        outlookTimer_->start();
        updateLive();
        updateTiming();
    });
    connect(document_, &ContractDocument::modifiedChanged, this, [this] {
        updateTitle();
        updateLive();
        updateActions();
    });
    connect(document_, &ContractDocument::sourceIdChanged, this, &MainWindow::updateTitle);
    connect(document_, &ContractDocument::contractLoaded, this, [this] {
        readPickupReports();
        updatePace();
        outlookTimer_->start();
    });
    connect(listModel_, &ContractListModel::readFailed, this,
            [this](const QString& message) { showStatus(message); });
    // What the session did, shown: the list and the forecast's past groups follow what was stored.
    connect(session_, &ContractSession::repositoryAboutToChange, this, &MainWindow::flushScenarios);
    connect(session_, &ContractSession::repositoryChanged, this, &MainWindow::useRepository);
    connect(session_, &ContractSession::scenarioSetsAboutToBeDropped, this, &MainWindow::forgetScenarios);
    connect(session_, &ContractSession::scenarioSetCreated, this,
            [this](ScenarioSet* set) { undoGroup_->addStack(set->undoStack()); });
    connect(session_, &ContractSession::scenariosChanged, scenarioTimer_, qOverload<>(&QTimer::start));
    connect(session_, &ContractSession::listChanged, this, [this](const QString& id) {
        if (const auto key = contractIdFromKey(id)) {
            listModel_->invalidate(*key);
            return;
        }
        listModel_->reload();
        listPanel_->fillFilterChoices(true);
    });
    connect(session_, &ContractSession::pastGroupsChanged, forecaster_, &Forecaster::forgetHistory);
    // The desk reads again after a save, an import or a deletion (whenever the list changes).
    connect(session_, &ContractSession::listChanged, desk_, &DeskView::invalidate);
    connect(session_, &ContractSession::pastGroupsChanged, desk_, &DeskView::pastGroupsChanged);
    connect(desk_, &DeskView::openContractRequested, this,
            [this](const QString& id) { openFromDesk(id, false); });
    connect(desk_, &DeskView::openForecastRequested, this,
            [this](const QString& id) { openFromDesk(id, true); });
    connect(desk_, &DeskView::accountContractsRequested, this, [this](const QString& account) {
        setMode(Mode::Editor);
        listPanel_->showAccount(account);
    });
    connect(desk_, &DeskView::rowMenuAboutToShow, this, [this](QMenu* menu, const QString& id) {
        menu->addAction(tr("Pickup Reminder Letter as PDF…"), this, [this, id] {
            if (openFromDesk(id, false)) {
                exportReminderLetter();
            }
        });
    });
    scenarioTimer_->setSingleShot(true);
    scenarioTimer_->setInterval(800);
    connect(scenarioTimer_, &QTimer::timeout, this, &MainWindow::flushScenarios);
    // The forecast follows the edits a moment after the typing stops.
    outlookTimer_->setSingleShot(true);
    outlookTimer_->setInterval(250);
    connect(outlookTimer_, &QTimer::timeout, this, &MainWindow::updateOutlook);
    forecaster_->setCompareWith(static_cast<CompareWith>(
        std::clamp(QSettings().value(QStringLiteral("forecast/compareWith")).toInt(), 0, 2)));
    connect(charts_->forecastPanel(), &ForecastPanel::compareWithChanged, this, [this](CompareWith with) {
        forecaster_->setCompareWith(with);
        QSettings().setValue(QStringLiteral("forecast/compareWith"), static_cast<int>(with));
        updateOutlook();
    });

    restoreSettings();
    updateTitle();
    updateHeader();
    updateActions();
}

MainWindow::~MainWindow() {
    // An orderly end: unsaved edits were saved or discarded on the way (closeEvent). Only a program that
    // stops without getting here leaves its copy for the next start.
    autosave_->clear();
    // The undo stacks are cleared as the children go, after this window is no longer a MainWindow.
    disconnect(undoGroup_, nullptr, this, nullptr);
}

void MainWindow::createActions() {
    // Their texts and tooltips are written by retranslateActions(), at the end and in each language chosen.
    const auto action = [this](Icon which, const QKeySequence& key, auto slot) {
        auto* a = new QAction(icon(which), QString(), this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    new_ = action(Icon::New, QKeySequence::New, &MainWindow::newContract);
    open_ = action(Icon::Open, QKeySequence::Open, &MainWindow::openFileAsked);
    newDatabase_ = action(Icon::New, {}, &MainWindow::newDatabaseAsked);
    openDatabase_ =
        action(Icon::OpenFolder, QKeySequence(tr("Ctrl+Shift+O")), &MainWindow::openDatabaseAsked);
    connectServer_ = action(Icon::OpenFolder, {}, &MainWindow::connectServerAsked);
    importContracts_ = action(Icon::Import, QKeySequence(tr("Ctrl+Shift+I")), &MainWindow::importAsked);
    exportContracts_ = action(Icon::Export, QKeySequence(tr("Ctrl+Shift+E")), &MainWindow::exportAsked);
    save_ = action(Icon::Save, QKeySequence::Save, [this] { save(); });
    saveAs_ = action(Icon::SaveAs, QKeySequence::SaveAs, [this] { saveAs(); });
    userName_ = action(Icon::Contract, {}, &MainWindow::userNameAsked);
    deskThresholds_ = new QAction(this);
    connect(deskThresholds_, &QAction::triggered, this, [this] {
        setPage(Page::Desk);
        desk_->editThresholds();
    });
    import_ = action(Icon::Import, QKeySequence(tr("Ctrl+I")), &MainWindow::importPickupAsked);
    print_ = action(Icon::Print, QKeySequence::Print, [this] { printReport(ReportKind::Contract); });
    pdf_ = action(Icon::Export, QKeySequence(tr("Ctrl+Shift+P")),
                  [this] { exportReportPdf(ReportKind::Contract); });
    proposal_ = action(Icon::Export, {}, &MainWindow::exportProposal);
    pageSetup_ = action(Icon::Print, {}, &MainWindow::pageSetupAsked);
    letterhead_ = action(Icon::Print, {}, &MainWindow::letterheadAsked);
    spreadsheet_ = action(Icon::Export, {}, [this] { exportSpreadsheet(ReportKind::Contract); });
    reload_ = action(Icon::Reload, QKeySequence::Refresh, &MainWindow::reload);
    quit_ = new QAction(this);
    quit_->setShortcut(QKeySequence::Quit);
    quit_->setMenuRole(QAction::QuitRole);
    connect(quit_, &QAction::triggered, this, &QWidget::close);
    userGuide_ = new QAction(this);
    userGuide_->setShortcut(QKeySequence::HelpContents);
    connect(userGuide_, &QAction::triggered, this, &MainWindow::showUserGuide);
    shortcuts_ = new QAction(this);
    connect(shortcuts_, &QAction::triggered, this, &MainWindow::showShortcuts);
    whatsThis_ = new QAction(this);
    whatsThis_->setShortcut(QKeySequence::WhatsThis);
    connect(whatsThis_, &QAction::triggered, this, [] { QWhatsThis::enterWhatsThisMode(); });

    undo_ = undoGroup_->createUndoAction(this, undoText());
    undo_->setIcon(icon(Icon::Undo));
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = undoGroup_->createRedoAction(this, redoText());
    redo_->setIcon(icon(Icon::Redo));
    // The group keeps the prefix given above for good: the texts are written here instead, so that they
    // follow the language.
    disconnect(undoGroup_, &QUndoGroup::undoTextChanged, undo_, nullptr);
    disconnect(undoGroup_, &QUndoGroup::redoTextChanged, redo_, nullptr);
    connect(undoGroup_, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(undoGroup_, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);
    redo_->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    archive_ = new QAction(this);
    connect(archive_, &QAction::triggered, this, [this] {
        const QString id = listPanel_->currentId();
        const auto* row = listModel_->summaryAt(listModel_->rowForId(id));
        setContractArchived(id, row == nullptr || !row->archived);
    });
    delete_ = new QAction(icon(Icon::Remove), QString(), this);
    connect(delete_, &QAction::triggered, this, [this] { deleteContract(listPanel_->currentId()); });
    undoDelete_ = new QAction(QString(), this);
    connect(undoDelete_, &QAction::triggered, this, [this] { undoDelete(); });
    find_ = new QAction(icon(Icon::Search), QString(), this);
    find_->setShortcut(QKeySequence::Find);
    connect(find_, &QAction::triggered, this, [this] {
        setPage(Page::Contracts);
        listPanel_->show();
        showList_->setChecked(true);
        listPanel_->searchBox()->setFocus(Qt::ShortcutFocusReason);
        listPanel_->searchBox()->selectAll();
    });

    auto* pageGroup = new QActionGroup(this);
    showDesk_ = new QAction(icon(Icon::Chart), QString(), pageGroup);
    showDesk_->setCheckable(true);
    showDesk_->setChecked(true);
    showDesk_->setShortcut(QKeySequence(tr("Alt+1")));
    connect(showDesk_, &QAction::triggered, this, [this] { setPage(Page::Desk); });
    showContracts_ = new QAction(icon(Icon::Contract), QString(), pageGroup);
    showContracts_->setCheckable(true);
    showContracts_->setShortcut(QKeySequence(tr("Alt+2")));
    connect(showContracts_, &QAction::triggered, this, [this] { setPage(Page::Contracts); });

    showList_ = new QAction(this);
    showList_->setCheckable(true);
    showList_->setChecked(true);
    showList_->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(showList_, &QAction::toggled, listPanel_, &QWidget::setVisible);
    showCharts_ = new QAction(this);
    showCharts_->setCheckable(true);
    showCharts_->setChecked(true);
    showCharts_->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    connect(showCharts_, &QAction::toggled, charts_, &QWidget::setVisible);
    chartTables_ = new QAction(icon(Icon::Table), QString(), this);
    chartTables_->setCheckable(true);
    chartTables_->setShortcut(QKeySequence(tr("Ctrl+T")));
    connect(chartTables_, &QAction::toggled, charts_, &ChartsPanel::setShowTables);
    dark_ = new QAction(this);
    dark_->setCheckable(true);
    dark_->setChecked(currentTheme() == Theme::Dark);
    connect(dark_, &QAction::toggled, this, [this](bool on) {
        theme_ = on ? Theme::Dark : Theme::Light;
        applyAndSaveTheme(theme_);
        refreshTextTones(this);
    });

    auto* modeGroup = new QActionGroup(this);
    editorMode_ = new QAction(icon(Icon::Contract), QString(), modeGroup);
    editorMode_->setCheckable(true);
    editorMode_->setChecked(true);
    editorMode_->setShortcut(QKeySequence(tr("F7")));
    scenarioMode_ = new QAction(icon(Icon::Scenarios), QString(), modeGroup);
    scenarioMode_->setCheckable(true);
    scenarioMode_->setShortcut(QKeySequence(tr("F8")));
    connect(editorMode_, &QAction::triggered, this, [this] { setMode(Mode::Editor); });
    connect(scenarioMode_, &QAction::triggered, this, [this] { setMode(Mode::Scenarios); });
    quoteMode_ = new QAction(icon(Icon::Chart), QString(), modeGroup);
    quoteMode_->setCheckable(true);
    quoteMode_->setShortcut(QKeySequence(tr("F9")));
    connect(quoteMode_, &QAction::triggered, this, [this] { setMode(Mode::Quote); });

    next_ = new QAction(this);
    next_->setShortcut(QKeySequence(tr("Alt+Down")));
    connect(next_, &QAction::triggered, this, [this] { listPanel_->step(1); });
    previous_ = new QAction(this);
    previous_->setShortcut(QKeySequence(tr("Alt+Up")));
    connect(previous_, &QAction::triggered, this, [this] { listPanel_->step(-1); });
    addScenario_ = new QAction(icon(Icon::Add), QString(), this);
    addScenario_->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    connect(addScenario_, &QAction::triggered, this, [this] {
        setMode(Mode::Scenarios);
        scenarioPanel_->addScenario();
    });
    retranslateActions();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(new_);
    file->addAction(open_);
    file->addSeparator();
    file->addAction(newDatabase_);
    file->addAction(openDatabase_);
    file->addAction(connectServer_);
    file->addSeparator();
    file->addAction(save_);
    file->addAction(saveAs_);
    file->addSeparator();
    file->addAction(importContracts_);
    file->addAction(exportContracts_);
    file->addAction(import_);
    file->addSeparator();
    file->addAction(print_);
    file->addAction(pdf_);
    file->addAction(proposal_);
    file->addAction(spreadsheet_);
    QMenu* reports = file->addMenu(tr("Other &Reports"));
    reports->addAction(tr("Print Scenario Comparison\u2026"), this,
                       [this] { printReport(ReportKind::Scenarios); });
    reports->addAction(tr("Export Scenario Comparison as PDF\u2026"), this,
                       [this] { exportReportPdf(ReportKind::Scenarios); });
    reports->addAction(tr("Export Scenarios as Spreadsheet\u2026"), this,
                       [this] { exportSpreadsheet(ReportKind::Scenarios); });
    reports->addSeparator();
    reports->addAction(tr("Print Portfolio of the Contracts Listed\u2026"), this,
                       [this] { printReport(ReportKind::Portfolio); });
    reports->addAction(tr("Export Portfolio as PDF\u2026"), this,
                       [this] { exportReportPdf(ReportKind::Portfolio); });
    file->addAction(pageSetup_);
    file->addAction(letterhead_);
    createReportLanguageMenu(file);
    file->addSeparator();
    file->addAction(reload_);
    file->addSeparator();
    file->addAction(quit_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo_);
    edit->addAction(redo_);
    edit->addSeparator();
    edit->addAction(undoDelete_);
    edit->addSeparator();
    edit->addAction(find_);
    edit->addSeparator();
    edit->addAction(userName_);
    edit->addAction(deskThresholds_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(showDesk_);
    view->addAction(showContracts_);
    view->addSeparator();
    view->addAction(editorMode_);
    view->addAction(scenarioMode_);
    view->addAction(quoteMode_);
    view->addSeparator();
    QMenu* sections = view->addMenu(tr("Go to &Section"));
    for (int s = 0; s < ContractEditor::SectionCount; ++s) {
        QAction* a = sections->addAction(ContractEditor::sectionName(static_cast<ContractEditor::Section>(s))
                                             .replace(QLatin1Char('&'), QStringLiteral("&&")));
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(s + 1)));
        connect(a, &QAction::triggered, this, [this, s] {
            setMode(Mode::Editor);
            editor_->showSection(static_cast<ContractEditor::Section>(s));
        });
    }
    view->addSeparator();
    view->addAction(showList_);
    view->addAction(showCharts_);
    view->addAction(chartTables_);
    view->addSeparator();
    view->addAction(dark_);
    createLanguageMenu(view);

    QMenu* contract = menuBar()->addMenu(tr("&Contract"));
    contract->addAction(next_);
    contract->addAction(previous_);
    contract->addSeparator();
    contract->addAction(addScenario_);
    contract->addSeparator();
    contract->addAction(archive_);
    contract->addAction(delete_);
    connect(contract, &QMenu::aboutToShow, this, &MainWindow::updateContractActions);
    updateContractActions();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(userGuide_);
    help->addAction(shortcuts_);
    help->addAction(whatsThis_);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Attrition Desk"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(toolBarTitle());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setStyleSheet(QStringLiteral("QToolBar { spacing: 2px; padding: 2px 4px; }"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(showDesk_);
    bar->addAction(showContracts_);
    bar->addSeparator();
    for (QAction* a : {new_, open_, save_}) {
        bar->addAction(a);
    }
    bar->addSeparator();
    bar->addAction(undo_);
    bar->addAction(redo_);
    bar->addSeparator();
    bar->addAction(import_);
    bar->addAction(print_);
    bar->addSeparator();
    bar->addAction(addScenario_);
    for (QAction* a :
         {showDesk_, showContracts_, new_, open_, save_, undo_, redo_, import_, print_, addScenario_}) {
        if (QWidget* w = bar->widgetForAction(a)) {
            w->setToolTip(a->toolTip().isEmpty() ? a->text().remove(QLatin1Char('&')) : a->toolTip());
        }
    }
    // Short labels beside the icons (retranslateActions() writes them); the menus carry the full names.
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1400, 860);
    }
    // A geometry saved on a larger screen, or the default size on a laptop's: within the screen's area.
    if (const QScreen* screen =
            this->screen() != nullptr ? this->screen() : QGuiApplication::primaryScreen()) {
        placeWithin(screen->availableGeometry());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    layoutRestored_ =
        mainSplit_->restoreState(settings.value(QStringLiteral("window/mainSplit")).toByteArray()) &&
        editorSplit_->restoreState(settings.value(QStringLiteral("window/editorSplit")).toByteArray()) &&
        rightSplit_->restoreState(settings.value(QStringLiteral("window/rightSplit")).toByteArray());
    listPanel_->restoreState(settings);
    showList_->setChecked(settings.value(QStringLiteral("view/list"), true).toBool());
    showCharts_->setChecked(settings.value(QStringLiteral("view/charts"), true).toBool());
    editor_->showSection(static_cast<ContractEditor::Section>(
        std::clamp(settings.value(QStringLiteral("editor/section"), 0).toInt(), 0,
                   static_cast<int>(ContractEditor::SectionCount) - 1)));
    charts_->setCurrentIndex(settings.value(QStringLiteral("charts/tab"), 0).toInt());
}

void MainWindow::placeWithin(const QRect& available) {
    if (available.isEmpty() || available.contains(frameGeometry())) {
        return;
    }
    const QPoint inset = geometry().topLeft() - frameGeometry().topLeft(); // the frame's left and top
    const QSize frame = frameGeometry().size() - size();
    const QSize outer = frameGeometry().size().boundedTo(available.size());
    const QRect placed = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, outer, available);
    setGeometry(QRect(placed.topLeft() + inset, outer - frame));
}

void MainWindow::applyDefaultLayout() {
    const int width = std::max(this->width(), 1000);
    // On a laptop's screen the list gives the editor and the damages the room they need.
    // Wide enough to tell the groups' names apart beside their arrival, room nights and pickup.
    const int list = width >= 1700 ? 560 : width >= 1440 ? 450 : 400;
    mainSplit_->setSizes({list, width - list});
    const int rest = width - list;
    const int right = std::max(width >= 1360 ? 410 : 370, rest * 2 / 5);
    editorSplit_->setSizes({rest - right, right});
    const int height = std::max(this->height(), 600);
    rightSplit_->setSizes({height * 58 / 100, height * 42 / 100});
}

void MainWindow::showEvent(QShowEvent* event) {
    if (!shownOnce_) {
        // Again with the window's frame, which is known once it is shown.
        shownOnce_ = true;
        if (const QScreen* screen = this->screen()) {
            placeWithin(screen->availableGeometry());
        }
    }
    if (!layoutRestored_) {
        applyDefaultLayout();
        layoutRestored_ = true;
    }
    QMainWindow::showEvent(event);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplit"), mainSplit_->saveState());
    settings.setValue(QStringLiteral("window/editorSplit"), editorSplit_->saveState());
    settings.setValue(QStringLiteral("window/rightSplit"), rightSplit_->saveState());
    settings.setValue(QStringLiteral("view/list"), showList_->isChecked());
    settings.setValue(QStringLiteral("view/charts"), showCharts_->isChecked());
    settings.setValue(QStringLiteral("editor/section"), static_cast<int>(editor_->currentSection()));
    settings.setValue(QStringLiteral("charts/tab"), charts_->currentIndex());
    settings.setValue(QStringLiteral("lastContract"), document_->sourceId());
    settings.setValue(QStringLiteral("lastLocation"), location_->text());
    listPanel_->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (!maybeSaveOutlook(
            tr("The hotel outlook entered on the Quote page is not saved. Save it before closing?"))) {
        event->ignore();
        return;
    }
    autosave_->clear(); // saved, or the user discarded the changes
    flushScenarios();
    saveSettings();
    event->accept();
}

bool MainWindow::maybeSaveOutlook(const QString& question) {
    // The hotel's outlook of the Quote page is saved on its own, not with the contract, in the database open.
    if (session_->repository() == nullptr || !quotePanel_->hasUnsavedOutlook()) {
        return true;
    }
    const auto answer = QMessageBox::question(this, tr("Save Outlook?"), question,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && quotePanel_->saveOutlook());
}

QString MainWindow::outlookBeforeAnotherDatabaseText() {
    return tr("The hotel outlook entered on the Quote page is not saved in this database. Save it before "
              "opening another?");
}

bool MainWindow::maybeSave() {
    if (!document_->isModified()) {
        return true;
    }
    const QString name = QString::fromStdString(document_->contract().groupName);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 has changes that are not saved.").arg(name.isEmpty() ? tr("The contract") : name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::listSelectionChanged(const QString& id) {
    if (id == document_->sourceId()) {
        return;
    }
    if (!openContract(id)) {
        listPanel_->selectId(document_->sourceId());
    }
}

// --- Databases

bool MainWindow::openInitialDatabase(ContractsOpening opening) {
    deferContracts_ = opening == ContractsOpening::AfterFirstPaint;
    const auto reset = qScopeGuard([this] { deferContracts_ = false; });
    const QSettings settings;
    storage::ConnectionSettings connection = storage::readConnectionSettings(settings);
    if (connection.engine == storage::Engine::PostgreSQL) {
        QString problem;
        while (true) {
            const std::optional<ServerLogin> login = askServerLogin(this, connection, problem);
            if (!login) {
                break;
            }
            storage::OpenOptions options;
            options.password = login->password.toStdString();
            auto opened = storage::SqlContractRepository::open(login->settings, options);
            if (opened) {
                session_->useRepository(std::move(opened).value(), login->settings);
                databaseOpened();
                return true;
            }
            problem = q(opened.error().message);
            connection = login->settings;
        }
        return recoverFromOpenFailure(tr("Not connected to %1.").arg(q(connection.location())));
    }
    const bool isDefault = connection.file.empty();
    if (isDefault) {
        connection.file = storage::defaultDatabaseFile();
    }
    const bool firstStart = isDefault && !QFileInfo::exists(q(connection.file));
    storage::OpenOptions options;
    options.createIfMissing = firstStart;
    auto opened = storage::SqlContractRepository::open(connection, options);
    if (!opened) {
        return recoverFromOpenFailure(q(opened.error().message));
    }
    if (firstStart) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString problem = fillWithSamples(**opened, samplesFolder(), kGeneratedSamples);
        QApplication::restoreOverrideCursor();
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, tr("Sample Contracts"),
                                 tr("The sample contracts could not all be stored:\n\n%1").arg(problem));
        }
    }
    storage::ConnectionSettings used = connection;
    if (isDefault) {
        used.file.clear(); // stays "the default file"
    }
    session_->useRepository(std::move(opened).value(), used);
    databaseOpened();
    if (firstStart) {
        showStatus(tr("Made a database of sample contracts at %1").arg(q(connection.file)));
    }
    return true;
}

bool MainWindow::recoverFromOpenFailure(const QString& problem) {
    QString message = problem;
    while (true) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot Open the Contract Database"),
                        tr("The contract database cannot be opened.\n\n%1").arg(message),
                        QMessageBox::Open | QMessageBox::Close, isVisible() ? this : nullptr);
        box.setInformativeText(tr("Nothing was changed in it. Open another database, or quit."));
        box.button(QMessageBox::Open)->setText(tr("Open Another Database\u2026"));
        box.button(QMessageBox::Close)->setText(tr("Quit"));
        box.setDefaultButton(QMessageBox::Open);
        if (box.exec() != QMessageBox::Open) {
            return false;
        }
        const QString path =
            QFileDialog::getOpenFileName(nullptr, tr("Open Contract Database"), lastFolder(),
                                         tr("Contract databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty()) {
            continue;
        }
        storage::ConnectionSettings connection;
        connection.file = QFileInfo(path).absoluteFilePath().toStdString();
        auto opened = storage::SqlContractRepository::open(connection);
        if (opened) {
            QSettings settings;
            storage::writeConnectionSettings(settings, connection);
            rememberFolder(path);
            session_->useRepository(std::move(opened).value(), connection);
            databaseOpened();
            return true;
        }
        message = q(opened.error().message);
    }
}

bool MainWindow::openDatabase(const storage::ConnectionSettings& settings,
                              const storage::OpenOptions& options, bool remember) {
    if (!maybeSave() || !maybeSaveOutlook(outlookBeforeAnotherDatabaseText())) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DatabaseOutcome opened = session_->openDatabase(settings, options);
    QApplication::restoreOverrideCursor();
    if (!opened.opened()) {
        QMessageBox::critical(this, tr("Cannot Open the Contract Database"), opened.message);
        return false;
    }
    if (remember) {
        QSettings stored;
        storage::writeConnectionSettings(stored, session_->connection());
    }
    databaseOpened();
    showStatus(tr("Opened %1").arg(location_->text()));
    return true;
}

bool MainWindow::newDatabase(const QString& path) {
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Cannot Make a New Database"),
                             tr("%1 exists already. Choose File > Open Database to open it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    storage::ConnectionSettings settings;
    settings.file = QFileInfo(path).absoluteFilePath().toStdString();
    storage::OpenOptions options;
    options.createIfMissing = true;
    return openDatabase(settings, options);
}

storage::ContractRepository* MainWindow::repository() const {
    return session_->repository();
}

std::int64_t MainWindow::loadedVersion() const {
    return session_->loadedVersion();
}

void MainWindow::useRepository() {
    storage::ContractRepository* repository = session_->repository();
    forecaster_->setRepository(repository);
    quotePanel_->setRepository(repository);
    contractsPending_ = deferContracts_ && repository != nullptr;
    if (contractsPending_) {
        listModel_->setRepository(nullptr);
    } else {
        listContracts();
    }
    desk_->setDatabase(session_->connection(), repository);
    location_->setText(session_->location());
    location_->setToolTip(location_->text());
    document_->load(document_->contract(), {});
    scenarioPanel_->setScenarioSet(scenariosFor({}));
}

void MainWindow::listContracts() {
    // The filters reset with no database, so that the contracts are counted once, with the filters reset.
    listModel_->setRepository(nullptr);
    listPanel_->resetFilters();
    listModel_->setRepository(session_->repository());
}

void MainWindow::finishOpening() {
    if (!contractsPending_) {
        return;
    }
    contractsPending_ = false;
    listContracts();
    databaseOpened();
}

void MainWindow::databaseOpened() {
    if (contractsPending_) {
        // The window paints the desk first; then, as soon as that is on screen, the contracts' side.
        auto* painted =
            new OnFirstPaint(this, [this] { QTimer::singleShot(0, this, &MainWindow::finishOpening); });
        installEventFilter(painted);
        return;
    }
    storage::ContractRepository* repository = session_->repository();
    const QSettings settings;
    const QString last = settings.value(QStringLiteral("lastContract")).toString();
    if (!last.isEmpty() && settings.value(QStringLiteral("lastLocation")).toString() == location_->text() &&
        contractIdFromKey(last) && repository->load(*contractIdFromKey(last)) && openContract(last)) {
        offerRecovery();
        return;
    }
    if (listModel_->rowCount() > 0) {
        listPanel_->step(1);
    }
    offerRecovery();
}

void MainWindow::offerRecovery() {
    if (session_->repository() == nullptr) {
        return;
    }
    for (const RecoveredEdits& edits : Autosave::recoverable(q(session_->repository()->location()))) {
        const std::string& named =
            edits.contract.groupName.empty() ? edits.contract.reference : edits.contract.groupName;
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes?"),
                        tr("Changes to %1 made until %2 were not saved when Attrition Desk last stopped.")
                            .arg(named.empty() ? tr("a new contract") : q(named),
                                 QLocale().toString(edits.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::Yes | QMessageBox::Discard, this);
        box.button(QMessageBox::Yes)->setText(tr("Restore"));
        box.setInformativeText(tr("Restore them to look them over and save them, or discard them."));
        box.setDefaultButton(QMessageBox::Yes);
        const bool restore = box.exec() == QMessageBox::Yes;
        Autosave::discard(edits); // restored edits are kept again as soon as they are in the editor
        if (restore) {
            restoreEdits(edits);
        }
    }
}

void MainWindow::restoreEdits(const RecoveredEdits& edits) {
    const auto key = contractIdFromKey(edits.sourceId);
    const bool stored = key && session_->repository()->load(*key);
    if (stored && openContract(edits.sourceId)) {
        // Saved against the version the edits started from: if someone saved since, the save says so.
        session_->setLoadedVersion(edits.loadedVersion);
    } else {
        newContract();
    }
    document_->endMerge();
    document_->edit(tr("Restore unsaved changes"), {}, [&](Contract& c) { c = edits.contract; });
    autosave_->writeNow();
    showStatus(
        tr("Restored the unsaved changes to %1: save them to keep them").arg(q(edits.contract.reference)));
}

void MainWindow::newDatabaseAsked() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Contract Database"), QDir(saveFolder()).absoluteFilePath(tr("contracts.sqlite")),
        tr("Contract databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        rememberFolder(path);
        newDatabase(path.endsWith(QLatin1String(".sqlite")) || path.endsWith(QLatin1String(".db"))
                        ? path
                        : path + QStringLiteral(".sqlite"));
    }
}

void MainWindow::openDatabaseAsked() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Contract Database"), lastFolder(),
                                     tr("Contract databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    storage::ConnectionSettings settings;
    settings.file = QFileInfo(path).absoluteFilePath().toStdString();
    openDatabase(settings);
}

void MainWindow::connectServerAsked() {
    storage::ConnectionSettings initial = session_->connection();
    if (initial.engine != storage::Engine::PostgreSQL) {
        const QSettings settings;
        initial = storage::readConnectionSettings(settings);
        initial.engine = storage::Engine::PostgreSQL;
    }
    QString problem;
    while (const std::optional<ServerLogin> login = askServerLogin(this, initial, problem)) {
        storage::OpenOptions options;
        options.password = login->password.toStdString();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = storage::SqlContractRepository::open(login->settings, options);
        QApplication::restoreOverrideCursor();
        if (opened) {
            if (!maybeSave() || !maybeSaveOutlook(outlookBeforeAnotherDatabaseText())) {
                return;
            }
            QSettings settings;
            storage::writeConnectionSettings(settings, login->settings);
            session_->useRepository(std::move(opened).value(), login->settings);
            databaseOpened();
            showStatus(tr("Connected to %1").arg(location_->text()));
            return;
        }
        problem = q(opened.error().message);
        initial = login->settings;
    }
}

void MainWindow::readPickupReports() {
    pickupReports_.clear();
    const auto key = contractIdFromKey(document_->sourceId());
    if (!key || session_->repository() == nullptr) {
        return;
    }
    auto reports = session_->repository()->pickupSnapshots(*key);
    if (!reports) {
        showStatus(q(reports.error().message));
        return;
    }
    pickupReports_ = roomNightsPerReport(*reports);
}

void MainWindow::updatePace() {
    const Contract& c = document_->contract();
    std::int64_t block = 0;
    for (const BlockEntry& e : c.block) {
        block += e.rooms;
    }
    std::vector<PickupPaceModel::Report> reports;
    for (const auto& [date, rooms] : pickupReports_) {
        reports.push_back({date, rooms});
    }
    charts_->paceModel()->setReports(std::move(reports), block, c.cutoff);
}

void MainWindow::updateOutlook() {
    outlookTimer_->stop();
    const Contract& c = document_->contract();
    const bool large = session_->repository() != nullptr && !forecaster_->hasHistory();
    if (large) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    const Outlook outlook = forecaster_->outlook(c);
    if (large) {
        QApplication::restoreOverrideCursor();
    }
    damages_->setOutlook(outlook);
    charts_->forecastPanel()->setOutlook(outlook);
    outlook_ = std::make_shared<const Outlook>(outlook);
    if (!outlook.ready) {
        charts_->paceModel()->setProjection(std::nullopt);
        return;
    }
    charts_->paceModel()->setProjection(
        PickupPaceModel::projectionOf(c, outlook, charts_->paceModel()->block()));
}

// --- Contracts

bool MainWindow::openContract(const QString& id) {
    if (id != document_->sourceId() && !maybeSave()) {
        return false;
    }
    if (!contractIdFromKey(id) || session_->repository() == nullptr) {
        return false;
    }
    flushScenarios();
    const LoadOutcome loaded = session_->openContract(id);
    if (!loaded.loaded()) {
        QMessageBox::warning(this, tr("Cannot Open Contract"), loaded.message);
        return false;
    }
    showOpened(id, loaded);
    return true;
}

void MainWindow::showOpened(const QString& id, const LoadOutcome& loaded) {
    scenarioPanel_->setScenarioSet(scenariosFor(id));
    if (mode() == Mode::Scenarios) {
        undoGroup_->setActiveStack(scenarioPanel_->scenarioSet()->undoStack());
    }
    listPanel_->selectId(id);
    updateLive();
    showStatus(tr("Opened %1, version %2, last saved by %3")
                   .arg(q(document_->contract().reference))
                   .arg(loaded.version)
                   .arg(loaded.updatedBy));
}

void MainWindow::reloadContract() {
    if (!contractIdFromKey(document_->sourceId()) || session_->repository() == nullptr) {
        return;
    }
    const LoadOutcome loaded = session_->reloadContract();
    if (!loaded.loaded()) {
        QMessageBox::warning(this, tr("Cannot Reload Contract"), loaded.message);
        return;
    }
    updateLive();
    showStatus(tr("Reloaded %1: version %2, saved by %3")
                   .arg(q(document_->contract().reference))
                   .arg(loaded.version)
                   .arg(loaded.updatedBy));
}

ScenarioSet* MainWindow::scenariosFor(const QString& id) {
    QString error;
    ScenarioSet* set = session_->scenarioSet(id, &error);
    if (!error.isEmpty()) {
        showStatus(error);
    }
    return set;
}

void MainWindow::flushScenarios() {
    scenarioTimer_->stop();
    for (const QString& problem : session_->storeScenarios()) {
        QMessageBox::warning(this, tr("Scenarios Not Saved"), problem);
    }
}

void MainWindow::forgetScenarios() {
    scenarioPanel_->setScenarioSet(nullptr);
    const QList<ScenarioSet*> sets = session_->scenarioSets();
    for (ScenarioSet* set : sets) {
        undoGroup_->removeStack(set->undoStack());
    }
    undoGroup_->setActiveStack(document_->undoStack());
}

bool MainWindow::openFile(const QString& path) {
    if (!maybeSave() || session_->repository() == nullptr) {
        return false;
    }
    flushScenarios();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ContractSession::FileOutcome outcome = session_->openFile(path);
    QApplication::restoreOverrideCursor();
    if (outcome.imported.storedDiffers && replaceStoredAsked(outcome.imported)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        outcome = session_->openFile(path, storage::ExistingContracts::Replace);
        QApplication::restoreOverrideCursor();
    }
    const ImportOutcome& imported = outcome.imported;
    rememberFolder(path);
    if (!imported.errors.isEmpty()) {
        QMessageBox::warning(
            this, tr("Cannot Open File"),
            tr("%1 could not be read:\n\n%2")
                .arg(QFileInfo(path).fileName(), imported.errors.mid(0, 12).join(QLatin1Char('\n'))));
        return false;
    }
    if (!imported.first) {
        return false;
    }
    if (!outcome.opened.loaded()) {
        QMessageBox::warning(this, tr("Cannot Open Contract"), outcome.opened.message);
        return false;
    }
    showOpened(contractKey(*imported.first), outcome.opened);
    showStatus(imported.added + imported.replaced == 0
                   ? tr("%1 is stored already: opened the stored contract").arg(QFileInfo(path).fileName())
                   : tr("Imported and opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::openFileAsked() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Contract File"), lastFolder(),
                                                      tr("Contract files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool MainWindow::importContracts(const QStringList& paths) {
    if (session_->repository() == nullptr || paths.isEmpty()) {
        return false;
    }
    const ImportOutcome imported = importWithConfirmation(paths);
    if (!imported.errors.isEmpty()) {
        QStringList shown = imported.errors.mid(0, 15);
        if (imported.errors.size() > shown.size()) {
            shown << tr("(and %n more)", nullptr, static_cast<int>(imported.errors.size() - shown.size()));
        }
        QMessageBox::warning(this, tr("Nothing Imported"),
                             tr("No contract was imported:\n\n%1").arg(shown.join(QLatin1Char('\n'))));
        return false;
    }
    readPickupReports(); // the open contract's history may have changed
    updatePace();
    outlookTimer_->start();
    listPanel_->selectId(document_->sourceId());
    QString message = tr("Imported %n contract(s)", nullptr, imported.added);
    if (imported.replaced > 0) {
        message += tr("; replaced %n stored contract(s)", nullptr, imported.replaced);
    }
    if (!imported.unchanged.isEmpty()) {
        message +=
            tr("; %n stored already as in the file: ", nullptr, static_cast<int>(imported.unchanged.size())) +
            QStringList(imported.unchanged.mid(0, 5)).join(QStringLiteral(", ")) +
            (imported.unchanged.size() > 5 ? QStringLiteral(", \u2026") : QString());
    }
    if (imported.reportsRecorded > 0) {
        message += tr("; recorded %n pickup report(s) of their histories", nullptr,
                      static_cast<int>(std::min<std::int64_t>(imported.reportsRecorded, INT_MAX)));
    }
    showStatus(message);
    return true;
}

ImportOutcome MainWindow::importWithConfirmation(const QStringList& paths) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportOutcome imported = session_->importFiles(paths);
    QApplication::restoreOverrideCursor();
    if (!imported.storedDiffers || !replaceStoredAsked(imported)) {
        return imported;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    imported = session_->importFiles(paths, storage::ExistingContracts::Replace);
    QApplication::restoreOverrideCursor();
    return imported;
}

bool MainWindow::replaceStoredAsked(const ImportOutcome& imported) {
    const auto answer = QMessageBox::question(
        this, tr("Replace Stored Contracts?"),
        tr("%1\n\nReplace the stored contracts with the versions in the file? Each replaced contract keeps "
           "its history: the changes are recorded in its audit trail.")
            .arg(imported.errors.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void MainWindow::importAsked() {
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Contracts"), lastFolder(),
                                                            tr("Contract files (*.json);;All files (*)"));
    if (!paths.isEmpty()) {
        rememberFolder(paths.front());
        importContracts(paths);
    }
}

bool MainWindow::exportContracts(const QString& path) {
    if (session_->repository() == nullptr) {
        return false;
    }
    const int total = listModel_->total();
    QProgressDialog progress(tr("Exporting contracts\u2026"), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    storage::ContractQuery query;
    query.filter = listModel_->filter();
    query.sortBy =
        ContractListModel::sortKeyFor(listModel_->sortColumn()).value_or(storage::ContractSortKey::Arrival);
    query.order = listModel_->sortOrder() == Qt::AscendingOrder ? storage::SortOrder::Ascending
                                                                : storage::SortOrder::Descending;
    query.limit = 500;
    const ExportOutcome exported = session_->exportContracts(path, query, [&progress](int done) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    switch (exported.kind) {
    case ExportOutcome::Kind::Exported:
        break;
    case ExportOutcome::Kind::Empty:
        QMessageBox::information(this, tr("Nothing to Export"), tr("The list shows no contract."));
        return false;
    case ExportOutcome::Kind::Failed:
        QMessageBox::critical(this, tr("Cannot Export"), exported.message);
        return false;
    default:
        return false;
    }
    showStatus(
        tr("Exported %n contract(s) to %1", nullptr, exported.count).arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportAsked() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export Contracts"),
                                                QDir(saveFolder()).absoluteFilePath(tr("contracts.json")),
                                                tr("Contract files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".json");
    }
    rememberFolder(path);
    exportContracts(path);
}

void MainWindow::answerNameBar(bool use) {
    QSettings().setValue(QStringLiteral("user/nameAsked"), true);
    nameBar_->hide();
    if (use) {
        setUserName(nameEdit_->text());
    }
    showStatus(tr("Saves are recorded as %1").arg(userName()));
}

void MainWindow::userNameAsked() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Your Name for Saves"),
        tr("Saves are recorded under this name (empty: your user name on this computer, %1):")
            .arg(qEnvironmentVariable("USER")),
        QLineEdit::Normal, QSettings().value(QStringLiteral("user/name")).toString(), &ok);
    if (ok) {
        setUserName(name);
        QSettings().setValue(QStringLiteral("user/nameAsked"), true);
        nameBar_->hide();
        showStatus(tr("Saves are recorded as %1").arg(userName()));
    }
}

QString MainWindow::newReference() {
    const QString pattern =
        QSettings().value(QStringLiteral("contracts/referencePattern"), defaultReferencePattern()).toString();
    return nextReference(pattern, QDate::currentDate().year(), [this](const QString& reference) {
        if (session_->repository() == nullptr) {
            return false;
        }
        // Taken when stored, or when the database cannot say (the save then names the problem).
        const auto found = session_->repository()->loadByReference(reference.toStdString());
        return found.ok() || found.error().kind != storage::ErrorKind::NotFound;
    });
}

void MainWindow::newContract() {
    if (!maybeSave()) {
        return;
    }
    flushScenarios();
    const Date today = fromQDate(QDate::currentDate()).value_or(Date());
    const Currency currency =
        Currency::fromCode(QLocale().currencySymbol(QLocale::CurrencyIsoCode).toStdString())
            .value_or(*Currency::fromCode("USD"));
    Contract blank = blankContract(today, currency);
    blank.reference = newReference().toStdString();
    session_->startNew(std::move(blank));
    scenarioPanel_->setScenarioSet(scenariosFor({}));
    listPanel_->selectId({});
    listModel_->clearLive();
    setMode(Mode::Editor);
    editor_->showField(QStringLiteral("groupName"));
    showStatus(tr("New contract: it is stored in the database when you save it"));
}

bool MainWindow::save() {
    if (session_->repository() != nullptr) {
        if (const auto problems = static_cast<int>(document_->results().issues.size()); problems > 0) {
            // A contract with problems can be kept, but its damages cannot be assessed: say so before saving.
            QMessageBox box(
                QMessageBox::Warning, tr("Save a Contract with Problems"),
                tr("The contract has %n problem(s): its damages cannot be assessed until they are "
                   "fixed. Save it as it is?",
                   nullptr, problems),
                QMessageBox::Save | QMessageBox::Cancel, this);
            box.setInformativeText(tr("The damages panel lists the problems; choosing one shows its field."));
            box.setDefaultButton(QMessageBox::Cancel);
            if (box.exec() != QMessageBox::Save) {
                showStatus(tr("Not saved: the contract has problems"));
                return false;
            }
        }
    }
    const SaveOutcome saved = session_->save();
    switch (saved.kind) {
    case SaveOutcome::Kind::Saved:
    case SaveOutcome::Kind::StoredAlready:
        break;
    case SaveOutcome::Kind::NoDatabase:
        QMessageBox::critical(this, tr("Cannot Save"), tr("No contract database is open."));
        return false;
    case SaveOutcome::Kind::Conflict: {
        QMessageBox box(QMessageBox::Warning, tr("Saved by Someone Else"), saved.message,
                        saved.removed ? QMessageBox::Ok : (QMessageBox::Reset | QMessageBox::Cancel), this);
        if (!saved.removed) {
            box.button(QMessageBox::Reset)->setText(tr("Reload Their Version"));
            box.button(QMessageBox::Cancel)->setText(tr("Keep My Changes"));
            box.setDefaultButton(QMessageBox::Cancel);
            box.setInformativeText(tr("Reloading shows their changes and drops yours; keeping yours lets "
                                      "you note them first."));
        } else {
            box.setInformativeText(tr("Your changes are kept on screen; File > Save as New Contract stores "
                                      "them as a new contract."));
        }
        if (box.exec() == QMessageBox::Reset) {
            reloadContract();
        }
        return false;
    }
    case SaveOutcome::Kind::Failed:
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("%1\n\nYour changes are kept; nothing was written.").arg(saved.message));
        return false;
    }
    const QString savedKey = contractKey(saved.id);
    flushScenarios();
    if (saved.wasNew) {
        listPanel_->selectId(savedKey);
    }
    updateLive();
    updateActions();
    showStatus(saved.kind == SaveOutcome::Kind::Saved
                   ? tr("Saved %1 as version %2").arg(q(document_->contract().reference)).arg(saved.version)
                   : tr("%1 is stored exactly so already").arg(q(document_->contract().reference)));
    return true;
}

bool MainWindow::saveAs(const QString& reference) {
    if (session_->repository() == nullptr) {
        return false;
    }
    QString target = reference;
    if (target.isEmpty()) {
        bool ok = false;
        target =
            QInputDialog::getText(this, tr("Save as New Contract"), tr("Reference of the new contract:"),
                                  QLineEdit::Normal, q(document_->contract().reference) + tr("-COPY"), &ok)
                .trimmed();
        if (!ok || target.isEmpty()) {
            return false;
        }
    }
    const SaveOutcome saved = session_->saveAs(target);
    if (!saved.saved()) {
        QMessageBox::critical(this, tr("Cannot Save"), saved.message);
        return false;
    }
    const QString key = contractKey(saved.id);
    scenarioPanel_->setScenarioSet(scenariosFor(key));
    listPanel_->selectId(key);
    updateLive();
    showStatus(tr("Saved as new contract %1").arg(target));
    return true;
}

void MainWindow::reload() {
    session_->reloadList();
    listPanel_->selectId(document_->sourceId());
    updateLive();
    showStatus(tr("Listed %Ln contract(s)", nullptr, listModel_->total()));
}

void MainWindow::importPickupAsked() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Pickup Report"), lastFolder(),
                                                      tr("Pickup reports (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot Import"), file.errorString());
        return;
    }
    const io::PickupReportResult read = io::readPickupReportCsv(file.readAll(), document_->contract());
    const QString name = QFileInfo(path).fileName();
    if (!read.ok()) {
        QStringList problems;
        for (const io::CsvError& e : read.errors) {
            problems << e.toString();
        }
        QStringList shown = problems.mid(0, 12);
        if (problems.size() > shown.size()) {
            shown << tr("(and %n more)", nullptr, static_cast<int>(problems.size() - shown.size()));
        }
        QMessageBox::warning(
            this, tr("Cannot Import"),
            tr("Nothing was imported from %1:\n\n%2").arg(name, shown.join(QLatin1Char('\n'))));
        return;
    }
    const std::vector<PickupEntry> entries = read.report.entries();
    document_->endMerge();
    document_->edit(tr("Import pickup"), {}, [&](Contract& c) { applyPickup(c, entries); });
    setMode(Mode::Editor);
    editor_->showSection(ContractEditor::PickupSection);
    showStatus(tr("Imported the pickup of %n night(s) and room type(s) from %1", nullptr,
                  static_cast<int>(entries.size()))
                   .arg(name));
    if (!read.report.warnings.empty()) {
        const QStringList warnings(read.report.warnings.begin(), read.report.warnings.end());
        QMessageBox::information(this, tr("Pickup Imported"),
                                 tr("The pickup of %1 was imported. Worth checking:\n\n%2")
                                     .arg(name, warnings.mid(0, 12).join(QLatin1Char('\n'))));
    }
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Attrition Desk"),
                       tr("<h3>Attrition Desk %1</h3><p>Attrition and cancellation damages for hotel group "
                          "contracts, itemized to the cent.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

UserGuideWindow* MainWindow::showUserGuide() {
    if (guideWindow_ == nullptr) {
        guideWindow_ = new UserGuideWindow(this);
        guideWindow_->setAttribute(Qt::WA_DeleteOnClose);
    }
    guideWindow_->show();
    guideWindow_->raise();
    guideWindow_->activateWindow();
    return guideWindow_;
}

UserGuideWindow* MainWindow::userGuideWindow() const {
    return guideWindow_;
}

ShortcutsDialog* MainWindow::showShortcuts() {
    // Read from the actions as they are now (the language, the platform's keys).
    delete shortcutsDialog_;
    shortcutsDialog_ = new ShortcutsDialog(this, this);
    shortcutsDialog_->setAttribute(Qt::WA_DeleteOnClose);
    shortcutsDialog_->show();
    return shortcutsDialog_;
}

void MainWindow::setPage(Page page) {
    finishOpening();
    pages_->setCurrentWidget(page == Page::Desk ? static_cast<QWidget*>(desk_) : mainSplit_);
    (page == Page::Desk ? showDesk_ : showContracts_)->setChecked(true);
}

MainWindow::Page MainWindow::page() const {
    return pages_->currentWidget() == desk_ ? Page::Desk : Page::Contracts;
}

bool MainWindow::openFromDesk(const QString& id, bool forecast) {
    finishOpening();
    if (!openContract(id)) {
        return false;
    }
    setMode(Mode::Editor);
    if (forecast) {
        showCharts_->setChecked(true);
        charts_->setCurrentWidget(charts_->forecastPanel());
    }
    return true;
}

void MainWindow::setMode(Mode mode) {
    setPage(Page::Contracts);
    const int index = static_cast<int>(mode);
    modes_->setCurrentIndex(index);
    if (modeBar_->currentIndex() != index) {
        const QSignalBlocker block(modeBar_);
        modeBar_->setCurrentIndex(index);
    }
    (mode == Mode::Scenarios ? scenarioMode_
     : mode == Mode::Quote   ? quoteMode_
                             : editorMode_)
        ->setChecked(true);
    QUndoStack* stack = mode == Mode::Scenarios && scenarioPanel_->scenarioSet() != nullptr
                            ? scenarioPanel_->scenarioSet()->undoStack()
                            : document_->undoStack();
    undoGroup_->setActiveStack(stack);
}

MainWindow::Mode MainWindow::mode() const {
    return static_cast<Mode>(std::clamp(modes_->currentIndex(), 0, 2));
}

void MainWindow::updateTitle() {
    const Contract& c = document_->contract();
    const QString name =
        c.groupName.empty() ? QString::fromStdString(c.reference) : QString::fromStdString(c.groupName);
    setWindowTitle(tr("%1[*] \u2014 Attrition Desk").arg(name.isEmpty() ? tr("Untitled") : name));
    setWindowModified(document_->isModified());
}

void MainWindow::updateHeader() {
    const Contract& c = document_->contract();
    const QLocale locale;
    const QString name = QString::fromStdString(c.groupName.empty() ? c.reference : c.groupName);
    title_->setProperty("fullText", name.isEmpty() ? tr("Untitled contract") : name);
    showElided(title_);
    QStringList parts;
    for (const std::string& s : {c.reference, c.hotel, c.account}) {
        if (!s.empty()) {
            parts << QString::fromStdString(s);
        }
    }
    if (c.departure > c.arrival) {
        parts << tr("%1 to %2, %n night(s)", nullptr, c.nightCount())
                     .arg(formatDate(c.arrival, locale), formatDate(c.departure, locale));
    }
    parts << ContractListModel::statusName(c.status);
    subtitle_->setProperty("fullText", parts.join(QStringLiteral("  \u00B7  ")));
    showElided(subtitle_);
    if (windowTitle().isEmpty() || !windowTitle().startsWith(name)) {
        updateTitle();
    }
}

void MainWindow::updateLive() {
    if (!document_->sourceId().isEmpty()) {
        listModel_->setLive(document_->sourceId(), document_->contract(), document_->results(),
                            document_->isModified());
    } else {
        listModel_->clearLive();
    }
}

void MainWindow::updateActions() {
    save_->setEnabled(document_->isModified() || document_->sourceId().isEmpty());
}

void MainWindow::updateTiming() {
    timing_->setText(
        tr("Recalculated in %1 ms")
            .arg(QLocale().toString(static_cast<double>(document_->results().nanoseconds) / 1e6, 'f', 1)));
}

void MainWindow::updateUndoTexts() {
    // As QUndoGroup writes them: the prefix, a space and the step's name.
    const auto named = [](const QString& prefix, const QString& step) {
        return step.isEmpty() ? prefix : prefix + QLatin1Char(' ') + step;
    };
    undo_->setText(named(undoText(), undoGroup_->undoText()));
    redo_->setText(named(redoText(), undoGroup_->redoText()));
}

void MainWindow::showStatus(const QString& message) {
    statusBar()->showMessage(message, 6000);
}

void MainWindow::createLanguageMenu(QMenu* view) {
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString chosen = languageSetting();
    QStringList codes = {QString()};
    codes += availableLanguages();
    for (const QString& code : codes) {
        // Each language by its own name, so that it can be found whatever the language shown.
        QAction* a =
            language->addAction(code.isEmpty() ? tr("&System (%1)").arg(languageName(effectiveLanguage({})))
                                               : languageName(code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [code] {
            setLanguageSetting(code);
            // Queued: the menu this action belongs to is rebuilt on the language change.
            QTimer::singleShot(0, qApp, [code] { applyLanguage(effectiveLanguage(code)); });
        });
    }
}

void MainWindow::retranslateActions() {
    showDesk_->setText(tr("&Desk"));
    showDesk_->setIconText(tr("Desk"));
    showDesk_->setToolTip(tr("The groups at risk and the sales pipeline"));
    showContracts_->setText(tr("C&ontracts"));
    showContracts_->setIconText(tr("Contracts"));
    showContracts_->setToolTip(tr("The contract list and the contract editor"));
    new_->setText(tr("&New Contract"));
    new_->setToolTip(tr("Start a new contract"));
    open_->setText(tr("&Open File\u2026"));
    open_->setToolTip(tr("Import a contract file into the database and open it"));
    newDatabase_->setText(tr("New &Database\u2026"));
    openDatabase_->setText(tr("Open Data&base\u2026"));
    connectServer_->setText(tr("&Connect to PostgreSQL Server\u2026"));
    importContracts_->setText(tr("Import &Contracts\u2026"));
    exportContracts_->setText(tr("E&xport Contracts\u2026"));
    exportContracts_->setToolTip(tr("Write the contracts the list shows to a contract file"));
    save_->setText(tr("&Save"));
    saveAs_->setText(tr("Save as New &Contract\u2026"));
    userName_->setText(tr("Your &Name for Saves\u2026"));
    deskThresholds_->setText(tr("Desk &Thresholds\u2026"));
    deskThresholds_->setToolTip(tr("When the desk flags a group at risk or an account"));
    import_->setText(tr("&Import Pickup Report\u2026"));
    print_->setText(tr("&Print Report\u2026"));
    print_->setToolTip(tr("Print the contract's attrition and cancellation statement, with a preview"));
    pdf_->setText(tr("&Export Report as PDF\u2026"));
    proposal_->setText(tr("Export Propos&al as PDF\u2026"));
    proposal_->setToolTip(tr("A one-page group proposal to send the client before the contract is signed"));
    pageSetup_->setText(tr("Page Set&up\u2026"));
    letterhead_->setText(tr("Report &Letterhead\u2026"));
    letterhead_->setToolTip(tr("The hotel's logo, address, tax number and payment terms, and the title of "
                               "the contract's report"));
    spreadsheet_->setText(tr("Export &Spreadsheet\u2026"));
    spreadsheet_->setToolTip(xlsxAvailable() ? tr("The assessment as an Excel workbook or CSV")
                                             : tr("The assessment as CSV"));
    reload_->setText(tr("&Reload List"));
    quit_->setText(tr("&Quit"));
    userGuide_->setText(tr("&User Guide"));
    shortcuts_->setText(tr("&Keyboard Shortcuts"));
    whatsThis_->setText(tr("What's &This?"));
    whatsThis_->setToolTip(tr("Click a field of the contract to learn what its clause means"));
    find_->setText(tr("&Find Contract"));
    showList_->setText(tr("Contract &List"));
    showCharts_->setText(tr("C&harts"));
    chartTables_->setText(tr("Charts as &Tables"));
    dark_->setText(tr("&Dark Theme"));
    editorMode_->setText(tr("&Contract"));
    scenarioMode_->setText(tr("&What-if Scenarios"));
    quoteMode_->setText(tr("&Quote"));
    next_->setText(tr("&Next Contract"));
    previous_->setText(tr("&Previous Contract"));
    addScenario_->setText(tr("New &Scenario"));
    // The undo group writes "Undo <the step>" itself from its prefix, which is set only on creation: the
    // toolbar's short labels follow the language.
    undo_->setIconText(tr("Undo"));
    redo_->setIconText(tr("Redo"));
    open_->setIconText(tr("Open"));
    import_->setIconText(tr("Import Pickup"));
    print_->setIconText(tr("Print"));
    addScenario_->setIconText(tr("Scenario"));
    new_->setIconText(tr("New"));
}

void MainWindow::retranslateNameBar() {
    nameLabel_->setText(
        tr("Each save is recorded in the contract's change log under your name. Who are you?"));
    nameEdit_->setPlaceholderText(tr("Your name"));
    nameUse_->setText(tr("&Use This Name"));
    nameClose_->setToolTip(
        tr("Keep the name of this computer's user, %1; Edit > Your Name for Saves changes it "
           "later")
            .arg(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))));
}

void MainWindow::retranslateUi() {
    retranslateActions();
    // The menus are built again: their titles, the section list and the actions made in place.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->clear();
    for (QAction* a : menus) {
        if (QMenu* menu = a->menu()) {
            menu->deleteLater();
        }
    }
    createMenus();
    for (int i = 0; i < modeBar_->count(); ++i) {
        modeBar_->setTabText(i, modeTabText(i));
    }
    retranslateNameBar();
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        bar->setWindowTitle(toolBarTitle());
    }
    updateUndoTexts();
    updateContractActions();
    updateTitle();
    updateHeader();
    updateTiming();
    // The list's row of the contract being edited says why it cannot be assessed in the new language (the
    // list model retranslates its headers and other rows itself).
    updateLive();
}

// --- Archiving and deleting

void MainWindow::updateContractActions() {
    if (archive_ == nullptr) {
        return;
    }
    const QString id = listPanel_->currentId();
    const storage::ContractSummary* row =
        id.isEmpty() ? nullptr : listModel_->summaryAt(listModel_->rowForId(id));
    archive_->setText(archiveText(row != nullptr && row->archived));
    archive_->setToolTip(tr("Archived contracts are kept with everything they have, and hidden from the list "
                            "unless it shows archived contracts"));
    archive_->setEnabled(row != nullptr);
    delete_->setText(deleteText());
    delete_->setToolTip(tr("Delete the contract with its scenarios and pickup history (Undo Delete brings "
                           "it back until Attrition Desk closes)"));
    delete_->setEnabled(row != nullptr);
    if (deleted_.empty()) {
        undoDelete_->setText(tr("Undo &Delete"));
        undoDelete_->setEnabled(false);
    } else {
        //: %1 the reference of the contract deleted last.
        undoDelete_->setText(tr("Undo &Delete of %1").arg(q(deleted_.back().stored.contract.reference)));
        undoDelete_->setEnabled(true);
    }
}

QMenu* MainWindow::createContractMenu(const QString& id, QWidget* parent) {
    auto* menu = new QMenu(parent);
    const storage::ContractSummary* row = listModel_->summaryAt(listModel_->rowForId(id));
    menu->addAction(icon(Icon::Open), tr("&Open"), this, [this, id] {
        openContract(id);
        setMode(Mode::Editor);
    });
    if (id == document_->sourceId()) {
        menu->addSeparator();
        menu->addAction(print_);
        menu->addAction(pdf_);
        menu->addAction(proposal_);
    }
    menu->addSeparator();
    const bool archived = row != nullptr && row->archived;
    menu->addAction(archiveText(archived), this,
                    [this, id, archived] { setContractArchived(id, !archived); });
    menu->addAction(icon(Icon::Remove), deleteText(), this, [this, id] { deleteContract(id); });
    if (!deleted_.empty()) {
        menu->addSeparator();
        updateContractActions();
        menu->addAction(undoDelete_);
    }
    return menu;
}

bool MainWindow::setContractArchived(const QString& id, bool archived) {
    const auto key = contractIdFromKey(id);
    if (!key || session_->repository() == nullptr) {
        return false;
    }
    auto loaded = session_->repository()->load(*key);
    if (!loaded) {
        QMessageBox::warning(
            this, archived ? tr("Cannot Archive Contract") : tr("Cannot Take Contract Out of Archive"),
            q(loaded.error().message));
        return false;
    }
    // The contract being edited is archived as last saved: its version is the one the editor holds.
    const std::int64_t version = id == document_->sourceId() ? session_->loadedVersion() : loaded->version;
    auto done = session_->repository()->setArchived(*key, version, archived, userName().toStdString());
    if (!done) {
        QMessageBox::warning(
            this, archived ? tr("Cannot Archive Contract") : tr("Cannot Take Contract Out of Archive"),
            q(done.error().message));
        return false;
    }
    if (id == document_->sourceId()) {
        session_->setLoadedVersion(done->version);
    }
    listModel_->invalidate(*key);
    listModel_->reload();
    if (listModel_->rowForId(id) >= 0) {
        listPanel_->selectId(id);
    }
    showStatus(archived ? tr("Archived %1; the list shows it only with \u201cShow archived contracts\u201d")
                              .arg(q(loaded->contract.reference))
                        : tr("Took %1 out of the archive").arg(q(loaded->contract.reference)));
    updateContractActions();
    return true;
}

bool MainWindow::deleteContract(const QString& id) {
    const auto key = contractIdFromKey(id);
    if (!key || session_->repository() == nullptr) {
        return false;
    }
    auto loaded = session_->repository()->load(*key);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot Delete Contract"), q(loaded.error().message));
        return false;
    }
    const bool isOpen = id == document_->sourceId();
    const QString group = q(loaded->contract.groupName);
    const QString reference = q(loaded->contract.reference);
    QString question =
        //: %1 the group's name, %2 the contract's reference.
        tr("Delete the contract of %1 (%2) with its scenarios and pickup history? The deletion is recorded "
           "in the change log; Edit > Undo Delete brings it back until Attrition Desk closes.")
            .arg(group.isEmpty() ? reference : group, reference);
    if (isOpen && document_->isModified()) {
        question += QLatin1Char(' ') + tr("Its unsaved changes are lost.");
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Contract"), question,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return false;
    }
    const std::int64_t version = isOpen ? session_->loadedVersion() : loaded->version;
    auto removed = session_->repository()->removeKeepingCopy(*key, version, userName().toStdString());
    if (!removed) {
        QMessageBox::warning(this, tr("Cannot Delete Contract"), q(removed.error().message));
        return false;
    }
    deleted_.push_back(std::move(*removed));
    forecaster_->forgetHistory();
    desk_->pastGroupsChanged();
    session_->forgetStoredScenarios(id);
    if (isOpen) {
        document_->load(Contract{}, {}); // nothing left to save: the contract is gone
        newContract();
    }
    listModel_->reload();
    listPanel_->fillFilterChoices(true);
    updateContractActions();
    showStatus(
        tr("Deleted %1. Edit > Undo Delete brings it back until Attrition Desk closes.").arg(reference));
    return true;
}

bool MainWindow::undoDelete() {
    if (deleted_.empty() || session_->repository() == nullptr) {
        return false;
    }
    const storage::RemovedContract& last = deleted_.back();
    auto restored = session_->repository()->restore(last, userName().toStdString());
    if (!restored) {
        QMessageBox::warning(this, tr("Cannot Undo Delete"), q(restored.error().message));
        return false;
    }
    const QString reference = q(last.stored.contract.reference);
    const QString id = contractKey(restored->id);
    deleted_.pop_back();
    forecaster_->forgetHistory();
    desk_->pastGroupsChanged();
    listModel_->reload();
    listPanel_->fillFilterChoices(true);
    if (listModel_->rowForId(id) >= 0) {
        listPanel_->selectId(id);
    }
    updateContractActions();
    showStatus(restored->sameId
                   ? tr("Restored %1 with its scenarios and pickup history").arg(reference)
                   //: %1 a contract's reference.
                   : tr("Restored %1 with its scenarios and pickup history, under a new id").arg(reference));
    return true;
}

void MainWindow::changeEvent(QEvent* event) {
    // Not while the window is being built: createActions() has not run yet.
    if (event->type() == QEvent::LanguageChange && new_ != nullptr) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

} // namespace attrition::ui
