#pragma once

#include "attrition/domain/scenario.h"

#include <QWidget>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QToolButton;

namespace attrition::ui {

class ContractDocument;
class ScenarioCurvesChart;
class GridView;
class ScenarioComparisonModel;
class ScenarioNightsModel;
class ScenarioSet;

/// What-if scenarios: create, name and edit scenarios that override the pickup (a uniform share or per
/// night), the F&B spend, the resold rooms or the cancellation date, and compare them with the contract
/// side by side: totals, differences, and the curves of damages against pickup.
class ScenarioPanel : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioPanel(ContractDocument* document, QWidget* parent = nullptr);

    /// The scenarios of the contract shown (the panel does not own them).
    void setScenarioSet(ScenarioSet* scenarios);
    ScenarioSet* scenarioSet() const { return scenarios_; }
    ScenarioComparisonModel* comparison() const { return comparison_; }
    ScenarioCurvesChart* chart() const { return chart_; }

    /// Adds a scenario (named after what it tries) and selects it.
    void addScenario();
    void duplicateScenario();
    void removeScenario();
    /// The most scenarios the panel compares at once; a larger grid is for `attrition-cli assess
    /// --scenarios`.
    static constexpr int kMaxScenarios = 100;
    /// Adds every scenario of a grid (docs/IMPORT_EXPORT.md: CSV, or tab-separated as a spreadsheet copies
    /// its cells) as one undo step, and selects the first. All or nothing: returns why none was added (each
    /// problem with its line and column), empty when they were.
    QString addScenarioGrid(const QByteArray& grid);
    /// Scenarios > Import Grid…: a grid from a file; what is wrong with it in a message.
    void importScenarioGrid();
    /// Scenarios > Paste Grid: a grid from the clipboard (cells copied from a spreadsheet).
    void pasteScenarioGrid();
    void selectScenario(int index);
    int currentScenario() const;

protected:
    void showEvent(QShowEvent* event) override;
    /// On QEvent::LanguageChange: retranslate().
    void changeEvent(QEvent* event) override;

private:
    /// Every text the panel sets in the installed language and the default locale's notation; the choices
    /// renamed in place, what the user typed kept, and the comparison worked out again (now if shown).
    void retranslate();
    void refreshList();
    /// Shows the scenario chosen; `keepMistyped`: an input whose text could not be read keeps it.
    void refreshEditor(bool keepMistyped = false);
    void recompute();
    void scheduleRecompute();
    void refreshRoundingNote();
    void editCurrent(const QString& text, const QString& mergeKey,
                     const std::function<void(Scenario&)>& change);

    ContractDocument* document_;
    ScenarioSet* scenarios_ = nullptr;
    ScenarioComparisonModel* comparison_;
    ScenarioNightsModel* pickupNights_;
    ScenarioNightsModel* resaleNights_;
    QListWidget* list_;
    QWidget* editor_;
    QLabel* listHeading_;
    QToolButton* addButton_;
    QToolButton* duplicateButton_;
    QToolButton* removeButton_;
    QToolButton* gridButton_;
    QAction* importGrid_;
    QAction* pasteGrid_;
    QLabel* emptyHint_;
    QLabel* nameLabel_;
    QLabel* pickupLabel_;
    QLabel* percentSign_;
    QLabel* spendLabel_;
    QLabel* resaleLabel_;
    QLabel* cancelLabel_;
    QLabel* tableHeading_;
    QLabel* chartHeading_;
    QLineEdit* name_;
    QComboBox* pickupMode_;
    QLineEdit* uniform_;
    QLabel* uniformError_;
    QLabel* roundingNote_; ///< how a uniform share rounds to whole rooms, when it does
    GridView* pickupGrid_;
    QCheckBox* spendOn_;
    QLineEdit* spend_;
    QLabel* spendError_;
    QCheckBox* resaleOn_;
    GridView* resaleGrid_;
    QComboBox* cancelMode_;
    QLineEdit* notice_;
    QLabel* noticeError_;
    QTableView* table_;
    ScenarioCurvesChart* chart_;
    bool dirty_ = true;
    bool refreshing_ = false;
};

} // namespace attrition::ui
