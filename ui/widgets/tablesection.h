#pragma once

#include "widgets/gridview.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QToolButton;

namespace attrition::ui {

class ContractTableModel;
class GridEditing;

/// A titled table of the contract with its add and remove buttons, and the problems no cell shows.
class TableSection : public QWidget {
    Q_OBJECT

public:
    TableSection(const QString& title, const QString& hint, ContractTableModel* model,
                 QWidget* parent = nullptr);
    /// A table of another editable model (issues are not shown).
    TableSection(const QString& title, const QString& hint, QAbstractItemModel* model, GridEditing* editing,
                 QWidget* parent = nullptr);
    GridView* view() const { return view_; }
    /// Fits the table's height to its rows (at least `minRows`, at most `maxRows` visible).
    void setVisibleRows(int minRows, int maxRows);
    /// Adds a tool button beside the add and remove buttons.
    void addTool(QToolButton* button);
    /// The title and the hint under it (none when empty), in the language now installed.
    void setTexts(const QString& title, const QString& hint);

protected:
    /// On QEvent::LanguageChange the section's own tooltips follow the language (its owner sets the title).
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIssues();
    void updateHeight();

    void build(const QString& title, const QString& hint, QAbstractItemModel* model);

    ContractTableModel* contractModel_ = nullptr;
    QAbstractItemModel* model_;
    GridEditing* editing_;
    GridView* view_;
    QLabel* title_ = nullptr;
    QLabel* hint_ = nullptr;
    QToolButton* add_ = nullptr;
    QToolButton* remove_ = nullptr;
    QLabel* issues_;
    QWidget* tools_;
    int minRows_ = 3;
    int maxRows_ = 8;
};

} // namespace attrition::ui
