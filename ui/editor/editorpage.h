#pragma once

#include "attrition/domain/field_catalogue.h"
#include "editor/contracteditor.h"

#include <QWidget>
#include <vector>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace attrition::ui {

class ContractTableModel;
class FieldEditor;
class GridView;
class TableSection;

/// One section's page of the contract editor, the base of each: it keeps the page's inputs bound to the
/// document, its tables and the bar of its program defaults not yet confirmed. A page of inputs lays them out
/// in a scrolling column (PageColumn); a page of tables lays itself out.
///
/// The pages declare the editor's translation context (Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor))
/// instead of Q_OBJECT, so that their texts keep the editor's translations.
class EditorPage : public QWidget {
    Q_OBJECT

public:
    ContractEditor::Section section() const { return section_; }
    /// The input of this page bound to this engine path, or nullptr.
    FieldEditor* field(const QString& path) const;
    /// The page's tables, in the order they show.
    const std::vector<GridView*>& grids() const { return grids_; }
    /// The bar listing the page's program defaults not yet confirmed (nullptr for a page without defaults).
    QWidget* defaultsBar() const { return defaultsBar_; }
    /// Scrolls the page to show this input of it.
    void reveal(FieldEditor* field);
    /// Brings what the page says of the contract up to date: after each edit and in a new language.
    virtual void refresh();

signals:
    void statusMessage(const QString& message);

protected:
    EditorPage(ContractDocument* document, ContractEditor::Section section, QWidget* parent);

    ContractDocument* document() const { return document_; }
    template <typename T> T* add(T* field) {
        fields_.push_back(field);
        return field;
    }
    /// A table section titled in each language chosen: `title` and `hint` marked with QT_TR_NOOP.
    TableSection* tableSection(const char* title, const char* hint, ContractTableModel* model);
    /// The bar listing the unconfirmed program defaults of `fields` (hidden when there are none), with a
    /// button that confirms them. A page has one at most.
    QWidget* makeDefaultsBar(FieldSection fields);

    /// A labelled input of a form, labelled with its field's label in the field catalogue.
    static void addRow(QFormLayout* form, FieldEditor* field);
    /// A labelled input of a form whose row names its field otherwise than the catalogue does; `label` marked
    /// with QT_TR_NOOP. A label that only repeats the catalogue's is a mistake in the page's sources:
    /// std::logic_error.
    static void addRow(QFormLayout* form, const char* label, FieldEditor* field);
    /// A check box of a form, under the inputs beside the labels.
    static void addCheck(QFormLayout* form, FieldEditor* field);
    /// A grid of nights sized to its contents, which the user may resize.
    static void fitColumns(GridView* grid);

private:
    void updateDefaultsBar();

    ContractDocument* document_;
    ContractEditor::Section section_;
    std::vector<FieldEditor*> fields_;
    std::vector<GridView*> grids_;
    QWidget* defaultsBar_ = nullptr;
    QLabel* defaultsText_ = nullptr;
    FieldSection defaultsFields_ = FieldSection::General;
};

/// The scrolling column of headed sections of a page of inputs. It fills its page.
class PageColumn {
public:
    explicit PageColumn(EditorPage* page);

    /// A headed form; `title` and `hint` marked with QT_TR_NOOP.
    QFormLayout* section(const char* title, const char* hint = nullptr);
    void heading(const char* title, const char* hint = nullptr);
    void add(QWidget* widget, int stretch = 0);
    /// Ends the column: what is left of the height stays below it.
    void finish();

private:
    QWidget* content_;
    QVBoxLayout* layout_;
    QScrollArea* scroll_;
};

} // namespace attrition::ui
