#pragma once

#include <QWidget>
// After Qt's headers: moc cannot read <concepts> (which <compare> brings) before them.
#include "attrition/domain/date.h"
#include "models/pipelinemodel.h"
#include "session/deskthresholds.h"

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace attrition::storage {
class ContractRepository;
struct ConnectionSettings;
} // namespace attrition::storage

namespace attrition::ui {

struct DeskData;
struct DeskQuery;
class DeskLoader;

class AccountsPanel;
class AtRiskModel;
class PipelineChart;
class PipelineDamagesModel;

/// The sales desk, the window's first page: the groups still to arrive that are at risk of owing attrition
/// damages (the engine's early warning, sorted by risk) and the sales pipeline of the same dates, by stage
/// per arrival month, as a chart and a table. Filters: the arrival dates, a hotel, a sales manager, an
/// account. Computed away from the window's thread (DeskLoader); "Computing…" meanwhile.
class DeskView : public QWidget {
    Q_OBJECT

public:
    enum class Period { Next30, Next90, Next180, ThisQuarter, Dates };

    explicit DeskView(QWidget* parent = nullptr);
    ~DeskView() override;

    /// The database the desk reads (none: empty) and the connection a second reader opens.
    void setDatabase(const storage::ConnectionSettings& connection, storage::ContractRepository* repository);
    /// Reads and computes again, now when shown, else when next shown (after a save, an import).
    void invalidate();
    /// The past groups may have changed (a save, an import, a deletion): they are read again, then as
    /// invalidate(). Otherwise the desk keeps them, and a change of filter reads only its contracts.
    void pastGroupsChanged();
    /// Whether the past groups read are kept for the next query.
    bool keepsPastGroups() const;
    /// The day the desk stands on; empty: the calendar's today.
    void setToday(std::optional<Date> today);

    void setPeriod(Period period);
    Period period() const;
    void setDates(Date from, Date to);
    void setHotel(const QString& hotel);
    void setSalesManager(const QString& manager);
    void setAccount(const QString& account);
    /// The thresholds of the early warning (read from the settings when the desk is made); a change
    /// recomputes the desk.
    void setThresholds(const DeskThresholds& thresholds);
    const DeskThresholds& thresholds() const { return thresholds_; }
    /// Desk Thresholds…: asks for the thresholds, keeps them in the settings and recomputes.
    void editThresholds();
    QPushButton* thresholdsButton() const { return thresholdsButton_; }
    /// The query the filters make now.
    DeskQuery query() const;

    /// Waits for the computation under way and shows it (tests, benchmarks).
    void waitUntilReady();
    bool computing() const;
    std::shared_ptr<const DeskData> shown() const { return data_; }

    AtRiskModel* atRiskModel() const { return atRisk_; }
    QSortFilterProxyModel* atRiskProxy() const { return proxy_; }
    QTableView* atRiskView() const { return atRiskView_; }
    QTextBrowser* detailView() const { return detail_; }
    PipelineModel* pipelineModel() const { return pipeline_; }
    PipelineDamagesModel* pipelineDamagesModel() const { return damages_; }
    /// The figure the pipeline shows: one of PipelineModel::Measure, or kDamagesShown.
    QComboBox* pipelineMeasureBox() const { return measure_; }
    /// The measure box's last entry: the damages assessed, collected and waived by month.
    static constexpr int kDamagesShown = PipelineModel::kMeasures;
    PipelineChart* pipelineChart() const { return chart_; }
    QTableView* pipelineView() const { return pipelineView_; }
    QComboBox* currencyBox() const { return currency_; }
    QComboBox* hotelBox() const { return hotel_; }
    QComboBox* periodBox() const { return period_; }
    QLabel* statusLabel() const { return status_; }
    QPushButton* openContractButton() const { return openContract_; }
    QPushButton* openForecastButton() const { return openForecast_; }
    /// The desk's pages: the groups at risk with the pipeline, and the accounts.
    QTabWidget* pages() const { return pages_; }
    AccountsPanel* accountsPanel() const { return accounts_; }
    /// Shows the accounts page.
    void showAccounts();
    /// The contract key of the row selected in the list (as sorted), empty when none.
    QString currentKey() const;
    /// Selects the row of a list position (as sorted).
    void selectRow(int row);

    /// The context menu of a row: Open Contract, Open Forecast, then what rowMenuAboutToShow adds.
    QMenu* createRowMenu(const QString& key, QWidget* parent);

signals:
    void openContractRequested(const QString& key);
    void openForecastRequested(const QString& key);
    /// The contract list is asked to show the contracts of `account` (from the accounts page).
    void accountContractsRequested(const QString& account);
    /// A row's context menu is about to be shown: more actions on that group are added to `menu` here,
    /// after a separator, by whoever connects (the place for a pickup reminder letter and the like).
    void rowMenuAboutToShow(QMenu* menu, const QString& key);
    /// The rows and the pipeline shown were replaced.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void request();
    void showData(std::shared_ptr<const DeskData> shown);
    void updateDetail();
    void fillChoices(QComboBox* box, const QStringList& names);
    void fillCurrencies();
    /// The flags column as wide as the widest flags listed, at most a third of the list.
    void fitFlagsColumn();
    void fitPipelineTable();

    DeskLoader* loader_;
    std::shared_ptr<const DeskData> data_;
    std::optional<Date> today_;
    DeskThresholds thresholds_;
    bool stale_ = true;
    bool hasDatabase_ = false;

    QLabel* periodLabel_;
    QComboBox* period_;
    QDateEdit* from_;
    QDateEdit* to_;
    QLabel* hotelLabel_;
    QComboBox* hotel_;
    QLabel* managerLabel_;
    QComboBox* manager_;
    QLabel* accountLabel_;
    QComboBox* account_;
    QPushButton* thresholdsButton_;
    QLabel* status_;
    QLabel* atRiskTitle_;
    AtRiskModel* atRisk_;
    QSortFilterProxyModel* proxy_;
    QTableView* atRiskView_;
    QLabel* detailTitle_;
    QTextBrowser* detail_;
    QPushButton* openContract_;
    QPushButton* openForecast_;
    QLabel* pipelineTitle_;
    QLabel* currencyLabel_;
    QComboBox* currency_;
    QLabel* measureLabel_;
    QComboBox* measure_;
    PipelineModel* pipeline_;
    PipelineDamagesModel* damages_;
    PipelineChart* chart_;
    QTableView* pipelineView_;
    QLabel* conversion_;
    QLabel* wash_;
    QSplitter* split_;
    AccountsPanel* accounts_;
    QTabWidget* pages_;
};

} // namespace attrition::ui
