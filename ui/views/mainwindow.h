#pragma once

#include "attrition/domain/scenario.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "style/theme.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTimer;
class QToolButton;
class QUndoGroup;

namespace attrition::ui {

class ChartsPanel;
class Report;
struct ReportOptions;
struct ImportOutcome;
class Autosave;
struct RecoveredEdits;
class ContractDocument;
class ContractSession;
struct LoadOutcome;
class ContractEditor;
class ContractListModel;
class ContractListPanel;
class DamagesPanel;
class DeskView;
class Report;
class QuotePanel;
class ScenarioPanel;
class ScenarioSet;
class ShortcutsDialog;
class UserGuideWindow;

/// Attrition Desk's main window: the list of the contracts stored in a database beside the selected
/// contract, its editor, the damages panel and the charts, or its what-if scenarios.
class Forecaster;
struct Outlook;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// How many generated contracts a database made on the very first start holds, beside the bundled
    /// samples.
    static constexpr std::int64_t kGeneratedSamples = 300;

    /// When the contracts' side of the window (their list, the contract opened last, the offer to restore
    /// unsaved edits) is read at start.
    enum class ContractsOpening : std::uint8_t {
        Now,
        /// Once the window has painted the desk: the program's start, so that the desk shows at once.
        AfterFirstPaint,
    };
    /// Opens the database of the settings (the user's default SQLite file unless another was chosen). On
    /// the very first start the default file is created and filled with sample contracts. A database that
    /// cannot be opened is explained, with the choice to open another or to quit: false when the user quit.
    bool openInitialDatabase(ContractsOpening opening = ContractsOpening::Now);
    /// True while the contracts' side waits for the window's first paint.
    bool contractsPending() const { return contractsPending_; }
    /// Opens a database and lists its contracts; explains and returns false when it cannot be opened (the
    /// database open so far stays open). `remember`: it is the one opened on the next start.
    bool openDatabase(const storage::ConnectionSettings& settings, const storage::OpenOptions& options = {},
                      bool remember = true);
    /// Creates an SQLite database file (that does not exist yet) and opens it.
    bool newDatabase(const QString& path);
    storage::ContractRepository* repository() const;
    /// The open database and the contract being edited in it: the flows of this window without their
    /// questions and messages.
    ContractSession* session() const { return session_; }

    /// Imports the contracts of JSON contract files into the database, all or none; contracts stored under
    /// the same reference already are not stored again. Explains what went wrong; false then.
    bool importContracts(const QStringList& paths);
    /// Writes the contracts the list shows (its filter) as a JSON contract file.
    bool exportContracts(const QString& path);
    /// Imports a JSON contract file and opens its (first) contract.
    bool openFile(const QString& path);
    /// Opens a stored contract (its key, contractKey()); asks first if unsaved changes would be lost. False
    /// if the user cancelled or it could not be read.
    bool openContract(const QString& id);
    /// Saves the contract being edited, as of the version it was loaded at; false if it was not saved (a
    /// conflict with someone else's save is explained, with the choice to reload).
    bool save();
    /// Stores a copy of the contract under another reference (asked when empty) and opens it.
    bool saveAs(const QString& reference = {});
    /// Asks what to do with unsaved changes: true when it is fine to go on.
    bool maybeSave();
    /// Asks `question` (Save, Discard, Cancel) when the Quote page holds a hotel outlook not saved in the
    /// database open: true when it is fine to go on (saved, discarded, or nothing to save).
    bool maybeSaveOutlook(const QString& question);
    /// The question before another database is opened over an outlook not saved.
    static QString outlookBeforeAnotherDatabaseText();
    /// The version of the contract being edited as it was loaded or last saved; 0 for a new one.
    std::int64_t loadedVersion() const;
    Autosave* autosave() const { return autosave_; }
    /// Stores the scenarios changed since they were last stored (done a moment after each change).
    void flushScenarios();

    /// What the window shows: the sales desk (first on start), or the contract list with the editor.
    enum class Page { Desk, Contracts };
    void setPage(Page page);
    Page page() const;
    DeskView* deskView() const { return desk_; }
    QAction* showDeskAction() const { return showDesk_; }
    QAction* deskThresholdsAction() const { return deskThresholds_; }
    QAction* showContractsAction() const { return showContracts_; }
    /// Opens a contract of the desk in the editor; with `forecast`, with its Forecast tab shown.
    bool openFromDesk(const QString& id, bool forecast);

    enum class Mode { Editor, Scenarios, Quote };
    void setMode(Mode mode);
    Mode mode() const;

    ContractDocument* document() const { return document_; }
    ContractEditor* editor() const { return editor_; }
    DamagesPanel* damagesPanel() const { return damages_; }
    ChartsPanel* chartsPanel() const { return charts_; }
    Forecaster* forecaster() const { return forecaster_; }
    /// Computes the forecast of the contract shown now (it follows each change a moment later).
    void updateOutlook();
    ScenarioPanel* scenarioPanel() const { return scenarioPanel_; }
    /// The Quote page: is a proposed group worth taking, and which attrition terms to ask for.
    QuotePanel* quotePanel() const { return quotePanel_; }
    ContractListPanel* listPanel() const { return listPanel_; }
    /// On the first start, a bar above the contract asks the name saves are recorded under (the change log
    /// names who changed what); it goes once answered or closed.
    QFrame* nameBar() const { return nameBar_; }
    QLineEdit* nameBarEdit() const { return nameEdit_; }
    /// The bar's answer: the name typed is used (`use`), or the bar is closed, keeping the computer's.
    void answerNameBar(bool use);
    ContractListModel* listModel() const { return listModel_; }
    QAction* undoAction() const { return undo_; }
    /// Help > User Guide (F1), Help > Keyboard Shortcuts and Help > What's This (Shift+F1).
    QAction* userGuideAction() const { return userGuide_; }
    QAction* shortcutsAction() const { return shortcuts_; }
    QAction* whatsThisAction() const { return whatsThis_; }
    /// Opens the user guide beside the window, or brings it to the front; it stays open until closed.
    UserGuideWindow* showUserGuide();
    /// The guide's window while it is open, else nullptr.
    UserGuideWindow* userGuideWindow() const;
    /// Opens the list of keyboard shortcuts (not modal).
    ShortcutsDialog* showShortcuts();
    QAction* redoAction() const { return redo_; }
    QAction* archiveAction() const { return archive_; }
    QAction* deleteAction() const { return delete_; }
    QAction* undoDeleteAction() const { return undoDelete_; }

    /// The context menu of a contract in the list: open, archive or take out of the archive, delete.
    QMenu* createContractMenu(const QString& id, QWidget* parent);
    /// Archives the stored contract (its key) or takes it out of the archive; false if that failed.
    bool setContractArchived(const QString& id, bool archived);
    /// Asks, naming its group and reference, then deletes the stored contract with its scenarios and pickup
    /// history; a copy is kept so that Undo Delete brings it back until the program closes. False when not
    /// deleted (not confirmed, or refused by the database).
    bool deleteContract(const QString& id);
    /// Brings back the contract deleted last; false when there is none or it could not be restored.
    bool undoDelete();

    /// Moves and shrinks the window into a screen's available area (the window's frame included), centred,
    /// when it is not within it already: a size saved on a larger screen, or the default size on a laptop's.
    void placeWithin(const QRect& available);

    /// Writes the open contract's group proposal (proposalReport) as a PDF file, in the report language, on
    /// the letterhead and paper size of the settings (portrait), valid for the default 14 days; says so in
    /// the status bar. Explains and returns false when it cannot be written.
    bool exportProposalTo(const QString& path);
    /// Writes the open contract's pickup reminder letter (pickupReminderLetter) as a PDF file, with the
    /// forecast the window shows, in the report language, on the letterhead and paper of the settings
    /// (portrait); says so in the status bar. Explains and returns false when it cannot be written.
    bool exportReminderLetterTo(const QString& path);
    /// Writes the portfolio of the contracts the list shows (File > Export Portfolio as PDF), with its pages
    /// of groups at risk and of the pipeline, as a PDF file; says so in the status bar. Explains and returns
    /// false when it cannot be written.
    bool exportPortfolioTo(const QString& path);
    QAction* proposalAction() const { return proposal_; }

public slots:
    /// File > Export Proposal as PDF: asks where, starting in the folder of the other exports (the
    /// documents folder at first), then exportProposalTo().
    void exportProposal();
    /// The desk's "Pickup Reminder Letter as PDF": asks where, then exportReminderLetterTo().
    void exportReminderLetter();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// On QEvent::LanguageChange the menus, actions, toolbar and header are written again in the new
    /// language.
    void changeEvent(QEvent* event) override;

private:
    /// Writes the report `make` builds (in the report language, on the letterhead of the settings) as a
    /// one-page portrait PDF; says so in the status bar, or explains under `title` and returns false.
    bool exportPortraitTo(const QString& path, const QString& title,
                          const std::function<std::unique_ptr<Report>(const ReportOptions&)>& make);
    /// Splits the window between the list, the editor and the damages for its current width.
    void applyDefaultLayout();
    void createActions();
    void createMenus();
    void createToolBar();
    /// The texts of the actions and the toolbar, in the installed language.
    void retranslateActions();
    void retranslateNameBar();
    /// The menus built again, and every text the window sets itself, in the installed language.
    void retranslateUi();
    /// View > Language: System, English, Español, Italiano; the choice is kept and applied at once.
    void createLanguageMenu(QMenu* view);
    /// File > Report Language: the program's own, or another for a client abroad.
    void createReportLanguageMenu(QMenu* file);
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void updateHeader();
    void updateLive();
    void updateActions();
    /// The status bar's note of how long the last recalculation took.
    void updateTiming();
    /// Undo and Redo named after the step they undo or redo, in the installed language.
    void updateUndoTexts();
    void newContract();
    /// The next free reference of the pattern in the settings (contracts/referencePattern), e.g.
    /// GRP-2027-0042.
    QString newReference();
    /// Shows the database the session uses now: its list and location, a new contract.
    void useRepository();
    /// After a database was opened: opens the contract open there last, offers to restore unsaved edits;
    /// when the contracts' side waits for the first paint, only arranges for it.
    void databaseOpened();
    /// Lists the open database's contracts with the list's filters reset.
    void listContracts();
    /// Reads the contracts' side now if it waits for the first paint.
    void finishOpening();
    bool recoverFromOpenFailure(const QString& problem);
    /// Offers to restore the unsaved edits a program that stopped left for this database.
    void offerRecovery();
    void restoreEdits(const RecoveredEdits& edits);
    /// Imports contract files; when a file's contract is stored with other values, asks whether to
    /// replace the stored ones.
    ImportOutcome importWithConfirmation(const QStringList& paths);
    /// Asks whether to replace stored contracts with the other values of files being imported.
    bool replaceStoredAsked(const ImportOutcome& imported);
    /// Shows a contract the session opened: its scenarios, its row in the list, what was opened.
    void showOpened(const QString& id, const LoadOutcome& loaded);
    void newDatabaseAsked();
    void openDatabaseAsked();
    void connectServerAsked();
    void importAsked();
    void exportAsked();
    void userNameAsked();
    void openFileAsked();
    void reloadContract();
    /// Reads the stored pickup reports of the contract being edited for the pace chart.
    void readPickupReports();
    void updatePace();
    void forgetScenarios();
    void importPickupAsked();
    void reload();
    // Reports (mainwindow_reports.cpp): the contract's statement, its scenarios, the list's portfolio.
    enum class ReportKind : std::uint8_t { Contract, Scenarios, Portfolio };
    std::unique_ptr<Report> buildReport(ReportKind kind);
    /// Builds the report in the report language and writes it as a PDF on the paper of the settings.
    bool exportReportTo(ReportKind kind, const QString& path);
    void printReport(ReportKind kind);
    void exportReportPdf(ReportKind kind);
    void exportSpreadsheet(ReportKind kind);
    void pageSetupAsked();
    void letterheadAsked();
    std::vector<Scenario> currentScenarios() const;
    void about();
    void showStatus(const QString& message);
    void listSelectionChanged(const QString& id);
    ScenarioSet* scenariosFor(const QString& id);

    Theme theme_; ///< applied first, before any widget is made
    ContractSession* session_;
    ContractDocument* document_; ///< the session's
    Autosave* autosave_ = nullptr;
    std::vector<std::pair<Date, std::int64_t>> pickupReports_; ///< room nights picked up per report date
    ContractListModel* listModel_;
    ContractListPanel* listPanel_;
    ContractEditor* editor_;
    DamagesPanel* damages_;
    ChartsPanel* charts_;
    ScenarioPanel* scenarioPanel_;
    QuotePanel* quotePanel_;
    DeskView* desk_;
    QStackedWidget* pages_;
    QSplitter* mainSplit_;
    QSplitter* editorSplit_;
    QSplitter* rightSplit_;
    QStackedWidget* modes_;
    QTabBar* modeBar_;
    QFrame* nameBar_ = nullptr;
    QLabel* nameLabel_ = nullptr;
    QLineEdit* nameEdit_ = nullptr;
    QPushButton* nameUse_ = nullptr;
    QToolButton* nameClose_ = nullptr;
    QLabel* title_;
    QLabel* subtitle_;
    QLabel* timing_;
    QLabel* location_;
    QUndoGroup* undoGroup_;
    QTimer* scenarioTimer_;
    Forecaster* forecaster_;
    QTimer* outlookTimer_;
    std::shared_ptr<const Outlook> outlook_; ///< of the contract shown, as last computed
    bool layoutRestored_ = false;            ///< the splitters were restored from the settings
    bool shownOnce_ = false;
    bool deferContracts_ = false;   ///< the database being opened leaves its contracts' side for later
    bool contractsPending_ = false; ///< the contracts' side of the open database is not read yet

    QAction* new_ = nullptr;
    QAction* open_ = nullptr;
    QAction* newDatabase_ = nullptr;
    QAction* openDatabase_ = nullptr;
    QAction* connectServer_ = nullptr;
    QAction* importContracts_ = nullptr;
    QAction* exportContracts_ = nullptr;
    QAction* userName_ = nullptr;
    QAction* deskThresholds_ = nullptr;
    QAction* save_ = nullptr;
    QAction* saveAs_ = nullptr;
    QAction* import_ = nullptr;
    QAction* print_ = nullptr;
    QAction* pdf_ = nullptr;
    QAction* proposal_ = nullptr;
    QAction* pageSetup_ = nullptr;
    QAction* letterhead_ = nullptr;
    QAction* spreadsheet_ = nullptr;
    QAction* reload_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* archive_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* undoDelete_ = nullptr;
    std::vector<storage::RemovedContract> deleted_; ///< newest last; kept until the program closes
    void updateContractActions();
    QAction* userGuide_ = nullptr;
    QAction* shortcuts_ = nullptr;
    QAction* whatsThis_ = nullptr;
    QPointer<UserGuideWindow> guideWindow_;
    QPointer<ShortcutsDialog> shortcutsDialog_;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* find_ = nullptr;
    QAction* showDesk_ = nullptr;
    QAction* showContracts_ = nullptr;
    QAction* showList_ = nullptr;
    QAction* showCharts_ = nullptr;
    QAction* chartTables_ = nullptr;
    QAction* dark_ = nullptr;
    QAction* editorMode_ = nullptr;
    QAction* scenarioMode_ = nullptr;
    QAction* quoteMode_ = nullptr;
    QAction* next_ = nullptr;
    QAction* previous_ = nullptr;
    QAction* addScenario_ = nullptr;
};

} // namespace attrition::ui
