#pragma once

#include "attrition/ui/theme.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QUndoGroup;

namespace attrition::ui {

class ChartsPanel;
class ContractDocument;
class ContractEditor;
class ContractListModel;
class ContractListPanel;
class DamagesPanel;
class FolderContractSource;
class ScenarioPanel;
class ScenarioSet;

/// Attrition Desk's main window: the contract list beside the selected contract, its editor, the damages
/// panel and the charts, or its what-if scenarios.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Lists the contract files of a folder and opens the first (or the one last open there).
    void openFolder(const QString& folder);
    /// Opens a contract file, listing it beside the folder's.
    bool openFile(const QString& path);
    /// Opens a contract of the list; asks first if unsaved changes would be lost. False if the user
    /// cancelled or it could not be read.
    bool openContract(const QString& id);
    /// Saves the contract being edited; false if it was not saved.
    bool save();
    bool saveAs(const QString& path = {});
    /// Asks what to do with unsaved changes: true when it is fine to go on.
    bool maybeSave();

    enum class Mode { Editor, Scenarios };
    void setMode(Mode mode);
    Mode mode() const;

    ContractDocument* document() const { return document_; }
    ContractEditor* editor() const { return editor_; }
    DamagesPanel* damagesPanel() const { return damages_; }
    ChartsPanel* chartsPanel() const { return charts_; }
    ScenarioPanel* scenarioPanel() const { return scenarioPanel_; }
    ContractListPanel* listPanel() const { return listPanel_; }
    ContractListModel* listModel() const { return listModel_; }
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }

    /// The folder of the contract files bundled with the application.
    static QString samplesFolder();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Splits the window between the list, the editor and the damages for its current width.
    void applyDefaultLayout();
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void updateHeader();
    void updateLive();
    void updateActions();
    void newContract();
    void openFolderAsked();
    void openFileAsked();
    void importPickupAsked();
    void reload();
    void printAssessment();
    void exportPdf();
    void about();
    void showStatus(const QString& message);
    void listSelectionChanged(const QString& id);
    ScenarioSet* scenariosFor(const QString& id);

    Theme theme_; ///< applied first, before any widget is made
    ContractDocument* document_;
    FolderContractSource* source_;
    ContractListModel* listModel_;
    ContractListPanel* listPanel_;
    ContractEditor* editor_;
    DamagesPanel* damages_;
    ChartsPanel* charts_;
    ScenarioPanel* scenarioPanel_;
    QSplitter* mainSplit_;
    QSplitter* editorSplit_;
    QSplitter* rightSplit_;
    QStackedWidget* modes_;
    QTabBar* modeBar_;
    QLabel* title_;
    QLabel* subtitle_;
    QLabel* timing_;
    QLabel* location_;
    QUndoGroup* undoGroup_;
    QHash<QString, ScenarioSet*> scenarioSets_;
    bool layoutRestored_ = false; ///< the splitters were restored from the settings

    QAction* new_ = nullptr;
    QAction* open_ = nullptr;
    QAction* openFolder_ = nullptr;
    QAction* save_ = nullptr;
    QAction* saveAs_ = nullptr;
    QAction* import_ = nullptr;
    QAction* print_ = nullptr;
    QAction* pdf_ = nullptr;
    QAction* reload_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* find_ = nullptr;
    QAction* showList_ = nullptr;
    QAction* showCharts_ = nullptr;
    QAction* chartTables_ = nullptr;
    QAction* dark_ = nullptr;
    QAction* editorMode_ = nullptr;
    QAction* scenarioMode_ = nullptr;
    QAction* next_ = nullptr;
    QAction* previous_ = nullptr;
    QAction* addScenario_ = nullptr;
};

} // namespace attrition::ui
