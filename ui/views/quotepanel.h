#pragma once

#include "attrition/engine/quote.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace attrition::storage {
class ContractRepository;
}

namespace attrition::ui {

class ContractDocument;
class Forecaster;
class GridView;
class HotelOutlookModel;
class QuoteClauseChart;
class QuoteClauseModel;
class QuoteNightsModel;

/// Quoting a proposed group (prospect or tentative) before it signs: the hotel's outlook for the nights of
/// its stay, the margins, and what the engine's quote makes of them: the net value of the group after its
/// expected wash against the transient business it displaces, night by night, and what each attrition clause
/// (performance level x damages factor) would collect. It only advises: the contract is never changed. The
/// wash comes from the past groups the Forecaster has read already.
class QuotePanel : public QWidget {
    Q_OBJECT

public:
    /// A margin of the quote, each kept in the settings.
    enum class Margin { Commission, VariableCost, FoodBeverage, MeetingRoom };

    QuotePanel(ContractDocument* document, Forecaster* forecaster, QWidget* parent = nullptr);
    ~QuotePanel() override;

    /// The database the hotel's outlook is read from and saved to (none: kept while the program runs).
    void setRepository(storage::ContractRepository* repository);

    HotelOutlookModel* outlookModel() const { return outlook_; }
    GridView* outlookGrid() const { return grid_; }
    QLineEdit* marginEdit(Margin margin) const;
    QuoteNightsModel* nightsModel() const { return nights_; }
    QuoteClauseModel* clauseModel() const { return clauses_; }
    QuoteClauseChart* clauseChart() const { return chart_; }
    QPushButton* proposalButton() const { return proposal_; }
    QPushButton* saveOutlookButton() const { return saveOutlook_; }
    /// The results' tabs: the nights, the attrition terms.
    QTabWidget* resultTabs() const { return tabs_; }

    /// The options the quote runs with: the margins as entered (the engine's defaults for what is not).
    quote::QuoteOptions options() const;
    /// The quote shown, when there is one.
    const std::optional<quote::Quote>& currentQuote() const { return quote_; }
    /// Why there is no quote, each problem a sentence (empty when there is one).
    QStringList problems() const { return problems_; }
    /// The summary as plain text: where the wash comes from, the expected wash, the net value, the verdict.
    QString summaryText() const;
    /// The message under the outlook (a refused edit or paste, nights given in part).
    QString outlookMessage() const;

    /// Computes the quote now (it follows each change a moment later on its own).
    void recompute();
    /// Puts the performance level and damages factor of the clause table's cell (row, column) into the
    /// contract's attrition clause, as one step of the document's undo stack; false when the cell holds no
    /// clause option.
    bool useTerms(int row, int column);
    QPushButton* useTermsButton() const { return useTerms_; }
    QTableView* clauseView() const { return clauseView_; }
    /// Reads a hotel outlook CSV file (docs/IMPORT_EXPORT.md) into the grid; returns what is wrong with it,
    /// each problem naming its line and column, or an empty string.
    QString importOutlook(const QString& path);
    /// Stores the nights of the hotel shown that were edited or imported and not saved yet (the outlook is
    /// the hotel's, per night, not part of the contract: saving the contract does not save it, and undo does
    /// not reach it); false, with the reason shown, when it fails.
    bool saveOutlook();
    /// Whether nights of the hotel shown were edited or imported and are not saved yet.
    bool hasUnsavedOutlook() const;

signals:
    /// "Export Proposal as PDF…" was chosen.
    void proposalRequested();
    /// Something the status bar should say.
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The verdict and its breakdown as tall as their text (at most three fifths of the results), the tabs
    /// the rest; once the user moves the line between them, it stays where they put it.
    void fitSummary();
    void retranslate();
    void scheduleRecompute();
    /// The stay of the contract shown in the outlook grid, read from the database the first time.
    void followContract();
    /// Reads the outlook of the contract's hotel for its stay from the database, once per hotel and stay.
    void loadStoredOutlook();
    void readMargins();
    /// Reads a margin's input; shows and returns false when it cannot be read.
    bool readMargin(Margin margin);
    void showResults();
    void showOutlookMessage(const QString& refused);
    void importAsked();
    void updateSaveButton();

    ContractDocument* document_;
    Forecaster* forecaster_;
    storage::ContractRepository* repository_ = nullptr;
    HotelOutlookModel* outlook_;
    QuoteNightsModel* nights_;
    QuoteClauseModel* clauses_;
    QSplitter* split_;
    QScrollArea* inputsScroll_;
    QLabel* outlookTitle_;
    QLabel* outlookStay_;
    QLabel* outlookHint_;
    GridView* grid_;
    QPushButton* import_;
    QPushButton* saveOutlook_;
    QLabel* outlookMessage_;
    QLabel* marginsTitle_;
    QLabel* marginLabels_[4];
    QLineEdit* marginEdits_[4];
    QLabel* marginUnits_[4];
    QLabel* marginError_;
    QPushButton* proposal_;
    QStackedWidget* results_;
    QLabel* refusedTitle_;
    QLabel* refused_;
    QSplitter* resultSplit_;
    QTextBrowser* summary_;
    QTabWidget* tabs_;
    QTableView* nightsView_;
    QSplitter* clauseSplit_;
    QTableView* clauseView_;
    QPushButton* useTerms_;
    QuoteClauseChart* chart_;
    QTimer* timer_;

    quote::Margins margins_;
    Currency shownCurrency_; ///< the currency the variable cost is shown in
    QString marginProblem_;
    std::optional<quote::Quote> quote_;
    QStringList problems_;
    bool dirty_ = true;
    bool sized_ = false;        ///< the inputs and results were given their widths
    bool clauseSized_ = false;  ///< the clause table and chart were given their sizes
    bool summaryMoved_ = false; ///< the user moved the line between the verdict and the tabs
};

} // namespace attrition::ui
