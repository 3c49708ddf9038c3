#pragma once

#include "attrition/domain/field_catalogue.h"
#include "session/contractdocument.h"

#include <QWidget>
#include <vector>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace attrition::ui {

class ContractTableModel;
class NightSummaryModel;
class FieldEditor;
class GridView;
class TableSection;

/// The contract editor: a list of sections beside the page of the chosen one. Every input is bound to the
/// document; the engine's problems show beside their fields and as a mark on their section.
class ContractEditor : public QWidget {
    Q_OBJECT

public:
    enum Section {
        GeneralSection,
        BlockSection,
        ReviewSection,
        PickupSection,
        FoodBeverageSection,
        MeetingRoomSection,
        AttritionSection,
        CancellationSection,
        DepositsSection,
        SectionCount
    };

    explicit ContractEditor(ContractDocument* document, QWidget* parent = nullptr);

    Section currentSection() const;
    void showSection(Section section);
    /// Shows the field at this engine path and puts the cursor in it.
    void showField(const QString& path);
    /// The section that holds the field at this engine path.
    static Section sectionOf(const QString& path);
    static QString sectionName(Section section);

    /// The input bound to this engine path, if the editor has one (for tests and navigation).
    FieldEditor* field(const QString& path) const;
    GridView* blockGrid() const { return blockGrid_; }
    /// The settlement's totals (collected, left to collect) and its state in a sentence.
    QLabel* settlementSummary() const { return settlementSummary_; }
    QLabel* settlementState() const { return settlementState_; }
    GridView* paymentsGrid() const { return paymentsGrid_; }
    GridView* pickupGrid() const { return pickupGrid_; }
    ContractTableModel* blockModel() const { return blockModel_; }
    ContractTableModel* pickupModel() const { return pickupModel_; }
    /// The block against the pickup night by night: a table here, bars on the charts.
    NightSummaryModel* nightModel() const { return nightModel_; }
    /// The bar above a section's page that lists its program defaults not yet confirmed, with a button
    /// that confirms them (nullptr for a section that has no program defaults).
    QWidget* defaultsBar(Section section) const;

signals:
    void statusMessage(const QString& message);
    /// The user asked to import a pickup report.
    void importPickupRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Shows the sections as icons only when the editor is narrow.
    void setCompact(bool compact);
    QWidget* generalPage();
    QWidget* blockPage();
    QWidget* reviewPage();
    QWidget* pickupPage();
    QWidget* foodBeveragePage();
    QWidget* meetingRoomPage();
    QWidget* attritionPage();
    QWidget* cancellationPage();
    QWidget* depositsPage();

    template <typename T> T* add(T* field) {
        fields_.push_back(field);
        return field;
    }
    /// A table section titled in each language chosen: `title` and `hint` marked with QT_TR_NOOP.
    TableSection* tableSection(const char* title, const char* hint, ContractTableModel* model);
    void updateSectionMarks();
    void updateSummaries();
    /// The settlement's totals and where it stands (Deposits page).
    void updateSettlement();
    void updateTierColumns();
    /// A bar listing the unconfirmed program defaults of `section` (hidden when there are none).
    QWidget* makeDefaultsBar(Section section, FieldSection fields);
    void updateDefaultsBars();
    QString selectedRoomType() const;
    void addRoomTypeAsked();
    void renameRoomTypeAsked();
    void removeRoomTypeAsked();

    ContractDocument* document_;
    QListWidget* nav_;
    QStackedWidget* pages_;
    std::vector<FieldEditor*> fields_;
    std::vector<GridView*> grids_;
    GridView* blockGrid_ = nullptr;
    GridView* pickupGrid_ = nullptr;
    GridView* tiersGrid_ = nullptr;
    GridView* paymentsGrid_ = nullptr;
    ContractTableModel* blockModel_ = nullptr;
    ContractTableModel* pickupModel_ = nullptr;
    NightSummaryModel* nightModel_ = nullptr;
    QLabel* staySummary_ = nullptr;
    QLabel* blockSummary_ = nullptr;
    QLabel* pickupSummary_ = nullptr;
    QLabel* settlementSummary_ = nullptr;
    QLabel* settlementState_ = nullptr;
    struct DefaultsBar {
        Section section;
        FieldSection fields;
        QWidget* bar;
        QLabel* text;
    };
    std::vector<DefaultsBar> defaultsBars_;
    int navWidth_ = 0;
    bool compact_ = false;
};

} // namespace attrition::ui
