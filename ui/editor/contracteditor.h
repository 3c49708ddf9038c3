#pragma once

#include "session/contractdocument.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace attrition::ui {

class BlockPage;
class ContractTableModel;
class DepositsPage;
class EditorPage;
class FieldEditor;
class GridView;
class NightSummaryModel;
class PickupPage;

/// The contract editor: a list of sections beside the page of the chosen one (each page its own class, see
/// EditorPage). Every input is bound to the document; the engine's problems show beside their fields and as
/// a mark on their section.
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
    /// The section that holds the field at this engine path: the section the field catalogue gives the
    /// field ("block[2].rooms" is in "block"); the general terms for a path it does not know.
    static Section sectionOf(const QString& path);
    static QString sectionName(Section section);

    /// The input bound to this engine path, if the editor has one (for tests and navigation).
    FieldEditor* field(const QString& path) const;
    GridView* blockGrid() const;
    /// The settlement's totals (collected, left to collect) and its state in a sentence.
    QLabel* settlementSummary() const;
    QLabel* settlementState() const;
    GridView* paymentsGrid() const;
    GridView* pickupGrid() const;
    ContractTableModel* blockModel() const;
    ContractTableModel* pickupModel() const;
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
    EditorPage* page(Section section) const;
    void updateSectionMarks();
    /// What each page says of the contract: its summaries and its defaults bar.
    void refreshPages();

    ContractDocument* document_;
    QListWidget* nav_;
    QStackedWidget* pages_;
    NightSummaryModel* nightModel_;
    BlockPage* blockPage_;
    PickupPage* pickupPage_;
    DepositsPage* depositsPage_;
    int navWidth_ = 0;
    bool compact_ = false;
};

} // namespace attrition::ui
