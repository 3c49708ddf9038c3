#include "attrition/ui/mainwindow.h"

#include "attrition/ui/charts.h"
#include "attrition/ui/contractdocument.h"
#include "attrition/ui/contracteditor.h"
#include "attrition/ui/contractlistmodel.h"
#include "attrition/ui/contractlistpanel.h"
#include "attrition/ui/contractsource.h"
#include "attrition/ui/contracttables.h"
#include "attrition/ui/damagespanel.h"
#include "attrition/ui/icons.h"
#include "attrition/ui/messagetext.h"
#include "attrition/ui/pickupimport.h"
#include "attrition/ui/report.h"
#include "attrition/ui/scenariopanel.h"
#include "attrition/ui/scenarios.h"
#include "attrition/ui/theme.h"
#include "attrition/ui/values.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace attrition::ui {

namespace {

const char* const kStyleSheet = R"(
QListWidget#sectionNav { background: palette(window); border: none; outline: 0; padding-top: 8px; }
QListWidget#sectionNav::item { padding: 2px 8px; margin: 1px 6px; border-radius: 4px; }
QListWidget#sectionNav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QFrame#navSeparator, QFrame#rule { color: palette(mid); }
QWidget#workspaceHeader { background: palette(base); border-bottom: 1px solid palette(mid); }
QTabBar#modeBar::tab { padding: 5px 14px; }
QToolBar { spacing: 2px; padding: 2px 4px; }
QSplitter::handle { background: palette(mid); }
QSplitter::handle:horizontal { width: 1px; }
QSplitter::handle:vertical { height: 1px; }
)";

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , theme_(applySavedTheme())
    , document_(new ContractDocument(this))
    , source_(new FolderContractSource(samplesFolder(), this))
    , listModel_(new ContractListModel(this))
    , listPanel_(new ContractListPanel(listModel_, this))
    , editor_(new ContractEditor(document_, this))
    , damages_(new DamagesPanel(document_, this))
    , charts_(new ChartsPanel(document_, editor_->nightModel(), this))
    , scenarioPanel_(new ScenarioPanel(document_, this))
    , mainSplit_(new QSplitter(Qt::Horizontal, this))
    , editorSplit_(new QSplitter(Qt::Horizontal, this))
    , rightSplit_(new QSplitter(Qt::Vertical, this))
    , modes_(new QStackedWidget(this))
    , modeBar_(new QTabBar(this))
    , title_(new QLabel(this))
    , subtitle_(new QLabel(this))
    , timing_(new QLabel(this))
    , location_(new QLabel(this))
    , undoGroup_(new QUndoGroup(this)) {
    installEnglishPlurals();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Attrition Desk"));
    setStyleSheet(QString::fromLatin1(kStyleSheet));
    undoGroup_->addStack(document_->undoStack());
    undoGroup_->setActiveStack(document_->undoStack());

    // The workspace: a header naming the contract, then the editor with damages and charts, or scenarios.
    auto* workspace = new QWidget(this);
    auto* workspaceLayout = new QVBoxLayout(workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    auto* header = new QWidget(workspace);
    header->setObjectName(QStringLiteral("workspaceHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
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
    titles->addWidget(title_);
    titles->addWidget(subtitle_);
    titles->addSpacing(6);
    headerLayout->addLayout(titles, 1);
    modeBar_->setObjectName(QStringLiteral("modeBar"));
    modeBar_->addTab(icon(Icon::Contract), tr("Contract"));
    modeBar_->addTab(icon(Icon::Scenarios), tr("What-if scenarios"));
    modeBar_->setDrawBase(false);
    modeBar_->setExpanding(false);
    headerLayout->addWidget(modeBar_, 0, Qt::AlignBottom);
    workspaceLayout->addWidget(header);

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
    workspaceLayout->addWidget(modes_, 1);

    mainSplit_->addWidget(listPanel_);
    mainSplit_->addWidget(workspace);
    mainSplit_->setStretchFactor(0, 0);
    mainSplit_->setStretchFactor(1, 1);
    mainSplit_->setCollapsible(1, false);
    setCentralWidget(mainSplit_);

    createActions();
    createMenus();
    createToolBar();
    statusBar()->addPermanentWidget(timing_);
    statusBar()->addPermanentWidget(location_);
    setTextTone(timing_, TextTone::Muted);
    setTextTone(location_, TextTone::Muted);

    connect(modeBar_, &QTabBar::currentChanged, this,
            [this](int index) { setMode(index == 1 ? Mode::Scenarios : Mode::Editor); });
    connect(listPanel_, &ContractListPanel::currentIdChanged, this, &MainWindow::listSelectionChanged);
    connect(editor_, &ContractEditor::statusMessage, this, &MainWindow::showStatus);
    connect(editor_, &ContractEditor::importPickupRequested, this, &MainWindow::importPickupAsked);
    connect(damages_, &DamagesPanel::fieldActivated, this, [this](const QString& path) {
        setMode(Mode::Editor);
        editor_->showField(path);
    });
    connect(document_, &ContractDocument::contractChanged, this, [this] {
        updateHeader();
        updateLive();
        timing_->setText(tr("Recalculated in %1 ms")
                             .arg(QLocale().toString(
                                 static_cast<double>(document_->results().nanoseconds) / 1e6, 'f', 1)));
    });
    connect(document_, &ContractDocument::modifiedChanged, this, [this] {
        updateTitle();
        updateLive();
        updateActions();
    });
    connect(document_, &ContractDocument::sourceIdChanged, this, &MainWindow::updateTitle);

    restoreSettings();
    updateTitle();
    updateHeader();
    updateActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::samplesFolder() {
    const QStringList candidates = {QDir(QCoreApplication::applicationDirPath())
                                        .absoluteFilePath(QStringLiteral("../share/attrition-desk/samples")),
                                    QStringLiteral(ATTRITION_SAMPLES_DIR)};
    for (const QString& folder : candidates) {
        if (QFileInfo(folder).isDir()) {
            return QDir(folder).absolutePath();
        }
    }
    return QDir::homePath();
}

void MainWindow::createActions() {
    const auto action = [this](Icon which, const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(icon(which), text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    new_ = action(Icon::New, tr("&New Contract"), QKeySequence::New, &MainWindow::newContract);
    new_->setToolTip(tr("Start a new contract"));
    open_ = action(Icon::Open, tr("&Open File\u2026"), QKeySequence::Open, &MainWindow::openFileAsked);
    openFolder_ = action(Icon::OpenFolder, tr("Open &Folder\u2026"), QKeySequence(tr("Ctrl+Shift+O")),
                         &MainWindow::openFolderAsked);
    save_ = action(Icon::Save, tr("&Save"), QKeySequence::Save, [this] { save(); });
    saveAs_ = action(Icon::SaveAs, tr("Save &As\u2026"), QKeySequence::SaveAs, [this] { saveAs(); });
    import_ = action(Icon::Import, tr("&Import Pickup Report\u2026"), QKeySequence(tr("Ctrl+I")),
                     &MainWindow::importPickupAsked);
    print_ =
        action(Icon::Print, tr("&Print Assessment\u2026"), QKeySequence::Print, &MainWindow::printAssessment);
    pdf_ = action(Icon::Export, tr("&Export Assessment as PDF\u2026"), QKeySequence(tr("Ctrl+Shift+P")),
                  &MainWindow::exportPdf);
    reload_ = action(Icon::Reload, tr("&Reload List"), QKeySequence::Refresh, &MainWindow::reload);
    quit_ = new QAction(tr("&Quit"), this);
    quit_->setShortcut(QKeySequence::Quit);
    quit_->setMenuRole(QAction::QuitRole);
    connect(quit_, &QAction::triggered, this, &QWidget::close);

    undo_ = undoGroup_->createUndoAction(this, tr("&Undo"));
    undo_->setIcon(icon(Icon::Undo));
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = undoGroup_->createRedoAction(this, tr("&Redo"));
    redo_->setIcon(icon(Icon::Redo));
    redo_->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    find_ = new QAction(icon(Icon::Search), tr("&Find Contract"), this);
    find_->setShortcut(QKeySequence::Find);
    connect(find_, &QAction::triggered, this, [this] {
        listPanel_->show();
        showList_->setChecked(true);
        listPanel_->searchBox()->setFocus(Qt::ShortcutFocusReason);
        listPanel_->searchBox()->selectAll();
    });

    showList_ = new QAction(tr("Contract &List"), this);
    showList_->setCheckable(true);
    showList_->setChecked(true);
    showList_->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(showList_, &QAction::toggled, listPanel_, &QWidget::setVisible);
    showCharts_ = new QAction(tr("C&harts"), this);
    showCharts_->setCheckable(true);
    showCharts_->setChecked(true);
    showCharts_->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    connect(showCharts_, &QAction::toggled, charts_, &QWidget::setVisible);
    chartTables_ = new QAction(icon(Icon::Table), tr("Charts as &Tables"), this);
    chartTables_->setCheckable(true);
    chartTables_->setShortcut(QKeySequence(tr("Ctrl+T")));
    connect(chartTables_, &QAction::toggled, charts_, &ChartsPanel::setShowTables);
    dark_ = new QAction(tr("&Dark Theme"), this);
    dark_->setCheckable(true);
    dark_->setChecked(currentTheme() == Theme::Dark);
    connect(dark_, &QAction::toggled, this, [this](bool on) {
        theme_ = on ? Theme::Dark : Theme::Light;
        applyAndSaveTheme(theme_);
        refreshTextTones(this);
    });

    auto* modeGroup = new QActionGroup(this);
    editorMode_ = new QAction(icon(Icon::Contract), tr("&Contract"), modeGroup);
    editorMode_->setCheckable(true);
    editorMode_->setChecked(true);
    editorMode_->setShortcut(QKeySequence(tr("F7")));
    scenarioMode_ = new QAction(icon(Icon::Scenarios), tr("&What-if Scenarios"), modeGroup);
    scenarioMode_->setCheckable(true);
    scenarioMode_->setShortcut(QKeySequence(tr("F8")));
    connect(editorMode_, &QAction::triggered, this, [this] { setMode(Mode::Editor); });
    connect(scenarioMode_, &QAction::triggered, this, [this] { setMode(Mode::Scenarios); });

    next_ = new QAction(tr("&Next Contract"), this);
    next_->setShortcut(QKeySequence(tr("Alt+Down")));
    connect(next_, &QAction::triggered, this, [this] { listPanel_->step(1); });
    previous_ = new QAction(tr("&Previous Contract"), this);
    previous_->setShortcut(QKeySequence(tr("Alt+Up")));
    connect(previous_, &QAction::triggered, this, [this] { listPanel_->step(-1); });
    addScenario_ = new QAction(icon(Icon::Add), tr("New &Scenario"), this);
    addScenario_->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    connect(addScenario_, &QAction::triggered, this, [this] {
        setMode(Mode::Scenarios);
        scenarioPanel_->addScenario();
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(new_);
    file->addAction(open_);
    file->addAction(openFolder_);
    file->addSeparator();
    file->addAction(save_);
    file->addAction(saveAs_);
    file->addSeparator();
    file->addAction(import_);
    file->addAction(print_);
    file->addAction(pdf_);
    file->addSeparator();
    file->addAction(reload_);
    file->addSeparator();
    file->addAction(quit_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo_);
    edit->addAction(redo_);
    edit->addSeparator();
    edit->addAction(find_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(editorMode_);
    view->addAction(scenarioMode_);
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

    QMenu* contract = menuBar()->addMenu(tr("&Contract"));
    contract->addAction(next_);
    contract->addAction(previous_);
    contract->addSeparator();
    contract->addAction(addScenario_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Attrition Desk"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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
    for (QAction* a : {new_, open_, save_, undo_, redo_, import_, print_, addScenario_}) {
        if (QWidget* w = bar->widgetForAction(a)) {
            w->setToolTip(a->toolTip().isEmpty() ? a->text().remove(QLatin1Char('&')) : a->toolTip());
        }
    }
    // Short labels beside the icons; the menus carry the full names.
    undo_->setIconText(tr("Undo"));
    redo_->setIconText(tr("Redo"));
    open_->setIconText(tr("Open"));
    import_->setIconText(tr("Import Pickup"));
    print_->setIconText(tr("Print"));
    addScenario_->setIconText(tr("Scenario"));
    new_->setIconText(tr("New"));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1400, 860);
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

    const QString folder = settings.value(QStringLiteral("folder")).toString();
    source_->setFolder(QFileInfo(folder).isDir() ? folder : samplesFolder());
    listModel_->setSource(source_);
    location_->setText(source_->location());
    const QString last = settings.value(QStringLiteral("lastContract")).toString();
    if (!last.isEmpty() && listModel_->rowForId(last) >= 0) {
        openContract(last);
    } else if (listPanel_->filterModel()->rowCount() > 0) {
        listPanel_->step(1);
    }
}

void MainWindow::applyDefaultLayout() {
    const int width = std::max(this->width(), 1000);
    const int list = width >= 1700 ? 560 : 450;
    mainSplit_->setSizes({list, width - list});
    const int rest = width - list;
    const int right = std::max(370, rest * 2 / 5);
    editorSplit_->setSizes({rest - right, right});
    const int height = std::max(this->height(), 600);
    rightSplit_->setSizes({height * 58 / 100, height * 42 / 100});
}

void MainWindow::showEvent(QShowEvent* event) {
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
    settings.setValue(QStringLiteral("folder"), source_->folder());
    settings.setValue(QStringLiteral("lastContract"), document_->sourceId());
    listPanel_->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
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

bool MainWindow::openContract(const QString& id) {
    if (id != document_->sourceId() && !maybeSave()) {
        return false;
    }
    const ContractRecord record = source_->load(id);
    if (!record.contract) {
        QMessageBox::warning(
            this, tr("Cannot Open Contract"),
            tr("%1 could not be read:\n\n%2").arg(record.label, record.errors.join(QLatin1Char('\n'))));
        return false;
    }
    document_->load(*record.contract, id);
    scenarioPanel_->setScenarioSet(scenariosFor(id));
    if (mode() == Mode::Scenarios) {
        undoGroup_->setActiveStack(scenarioPanel_->scenarioSet()->undoStack());
    }
    listPanel_->selectId(id);
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(id)));
    return true;
}

ScenarioSet* MainWindow::scenariosFor(const QString& id) {
    ScenarioSet*& set = scenarioSets_[id];
    if (set == nullptr) {
        set = new ScenarioSet(this);
        undoGroup_->addStack(set->undoStack());
    }
    return set;
}

void MainWindow::openFolder(const QString& folder) {
    if (!maybeSave()) {
        return;
    }
    source_->setFolder(folder);
    location_->setText(source_->location());
    document_->load(document_->contract(), {});
    if (listPanel_->filterModel()->rowCount() > 0) {
        listPanel_->step(1);
    }
    showStatus(tr("Listing the contracts of %1").arg(source_->location()));
}

bool MainWindow::openFile(const QString& path) {
    if (!maybeSave()) {
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    source_->addFile(absolute);
    if (listModel_->rowForId(absolute) < 0) {
        listModel_->reload();
    }
    return openContract(absolute);
}

void MainWindow::openFolderAsked() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Folder of Contracts"), source_->folder());
    if (!folder.isEmpty()) {
        openFolder(folder);
    }
}

void MainWindow::openFileAsked() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Contract"), source_->folder(),
                                                      tr("Contract files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::newContract() {
    if (!maybeSave()) {
        return;
    }
    const Date today = fromQDate(QDate::currentDate()).value_or(Date());
    const Currency currency =
        Currency::fromCode(QLocale().currencySymbol(QLocale::CurrencyIsoCode).toStdString())
            .value_or(*Currency::fromCode("USD"));
    document_->load(blankContract(today, currency), {});
    scenarioPanel_->setScenarioSet(scenariosFor({}));
    listPanel_->selectId({});
    setMode(Mode::Editor);
    editor_->showField(QStringLiteral("groupName"));
    showStatus(tr("New contract: it is saved to a file when you save it"));
}

bool MainWindow::save() {
    const QString id = document_->sourceId();
    if (id.isEmpty()) {
        return saveAs();
    }
    const QString error = source_->save(id, document_->contract());
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot Save"), error);
        return false;
    }
    document_->setSaved();
    updateLive();
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(id)));
    return true;
}

bool MainWindow::saveAs(const QString& path) {
    QString target = path;
    if (target.isEmpty()) {
        QString suggested = QString::fromStdString(document_->contract().reference);
        suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
        target = QFileDialog::getSaveFileName(
            this, tr("Save Contract As"),
            QDir(source_->folder()).absoluteFilePath(suggested + QStringLiteral(".json")),
            tr("Contract files (*.json)"));
        if (target.isEmpty()) {
            return false;
        }
    }
    if (!target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        target += QStringLiteral(".json");
    }
    target = QFileInfo(target).absoluteFilePath();
    const QString error = source_->save(target, document_->contract());
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot Save"), error);
        return false;
    }
    ScenarioSet* scenarios = scenariosFor(document_->sourceId());
    scenarioSets_.remove(document_->sourceId());
    scenarioSets_.insert(target, scenarios);
    document_->setSourceId(target);
    document_->setSaved();
    source_->addFile(target);
    listModel_->reload();
    listPanel_->selectId(target);
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

void MainWindow::reload() {
    listModel_->reload();
    listPanel_->selectId(document_->sourceId());
    updateLive();
    showStatus(tr("Listed %n contract(s)", nullptr, listModel_->rowCount()));
}

void MainWindow::importPickupAsked() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Pickup Report"), source_->folder(),
                                                      tr("Pickup reports (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Cannot Import"), file.errorString());
        return;
    }
    const PickupImport imported = importPickupCsv(QString::fromUtf8(file.readAll()), document_->contract());
    if (!imported.errors.isEmpty()) {
        QMessageBox::warning(
            this, tr("Cannot Import"),
            tr("Nothing was imported from %1:\n\n%2")
                .arg(QFileInfo(path).fileName(), imported.errors.mid(0, 12).join(QLatin1Char('\n'))));
        return;
    }
    document_->endMerge();
    document_->edit(tr("Import pickup"), {}, [&](Contract& c) { applyPickupImport(c, imported.pickup); });
    setMode(Mode::Editor);
    editor_->showSection(ContractEditor::PickupSection);
    showStatus(tr("Imported the pickup of %n night(s) and room type(s)", nullptr,
                  static_cast<int>(imported.pickup.size())));
}

void MainWindow::printAssessment() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Assessment"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(assessmentReportHtml(document_->contract(), document_->results()));
        doc.print(p);
    });
    preview.exec();
}

void MainWindow::exportPdf() {
    QString suggested = QString::fromStdString(document_->contract().reference);
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Assessment as PDF"),
        QDir(source_->folder()).absoluteFilePath(suggested + tr("-assessment") + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    doc.setHtml(assessmentReportHtml(document_->contract(), document_->results()));
    doc.print(&printer);
    showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Attrition Desk"),
                       tr("<h3>Attrition Desk %1</h3><p>Attrition and cancellation damages for hotel group "
                          "contracts, itemized to the cent.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::setMode(Mode mode) {
    const int index = mode == Mode::Scenarios ? 1 : 0;
    modes_->setCurrentIndex(index);
    if (modeBar_->currentIndex() != index) {
        const QSignalBlocker block(modeBar_);
        modeBar_->setCurrentIndex(index);
    }
    (mode == Mode::Scenarios ? scenarioMode_ : editorMode_)->setChecked(true);
    QUndoStack* stack = mode == Mode::Scenarios && scenarioPanel_->scenarioSet() != nullptr
                            ? scenarioPanel_->scenarioSet()->undoStack()
                            : document_->undoStack();
    undoGroup_->setActiveStack(stack);
}

MainWindow::Mode MainWindow::mode() const {
    return modes_->currentIndex() == 1 ? Mode::Scenarios : Mode::Editor;
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
    title_->setText(name.isEmpty() ? tr("Untitled contract") : name);
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
    subtitle_->setText(parts.join(QStringLiteral("  \u00B7  ")));
    if (windowTitle().isEmpty() || !windowTitle().startsWith(name)) {
        updateTitle();
    }
}

void MainWindow::updateLive() {
    if (!document_->sourceId().isEmpty()) {
        listModel_->setLive(document_->sourceId(), document_->contract(), document_->results(),
                            document_->isModified());
    }
}

void MainWindow::updateActions() {
    save_->setEnabled(document_->isModified() || document_->sourceId().isEmpty());
}

void MainWindow::showStatus(const QString& message) {
    statusBar()->showMessage(message, 6000);
}

} // namespace attrition::ui
