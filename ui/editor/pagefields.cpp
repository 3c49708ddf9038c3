#include "editor/pagefields.h"

#include <stdexcept>
#include <string>

namespace attrition::ui::pagefields {

namespace {

const char* kindName(FieldKind kind) {
    switch (kind) {
    case FieldKind::Text:
        return "text";
    case FieldKind::Date:
        return "date";
    case FieldKind::Money:
        return "amount";
    case FieldKind::Percent:
        return "percentage";
    case FieldKind::Integer:
        return "count";
    case FieldKind::Bool:
        return "yes or no";
    case FieldKind::Enum:
        return "choice";
    case FieldKind::List:
        return "list";
    }
    return "?";
}

// The catalogue's labels that name inputs and that no other text of the editor marks for translation: marked
// here, in the editor's context, so that lupdate keeps their translations (it does not read core/domain).
// EditorFixture.EveryInputNamedByTheCatalogueHasItsLabelTranslated fails when one goes missing.
[[maybe_unused]] constexpr const char* kLabelsMarkedHere[] = {
    QT_TRANSLATE_NOOP("attrition::ui::ContractEditor", "Rate basis"),
    QT_TRANSLATE_NOOP("attrition::ui::ContractEditor", "Count billed no-shows"),
    QT_TRANSLATE_NOOP("attrition::ui::ContractEditor", "Count walked guests"),
    QT_TRANSLATE_NOOP("attrition::ui::ContractEditor", "Earned night by night"),
    QT_TRANSLATE_NOOP("attrition::ui::ContractEditor", "Cancellation notice"),
    QT_TRANSLATE_NOOP("attrition::ui::ContractEditor", "Taxable"),
};

} // namespace

Text inputName(const QString& path, FieldKind kind, bool optional, Text name) {
    const std::string key = path.toStdString();
    const ContractField* field = findContractField(key);
    if (field == nullptr) {
        throw std::logic_error("the editor's input of " + key + ": the field catalogue has no such field");
    }
    if (field->kind != kind || field->optional != optional) {
        throw std::logic_error(
            "the editor's input of " + key + " takes " + (optional ? "an optional " : "a ") + kindName(kind) +
            ", the field catalogue has " + (field->optional ? "an optional " : "a ") + kindName(field->kind));
    }
    if (name != nullptr && field->label == name) {
        throw std::logic_error("the editor's input of " + key +
                               " repeats the field catalogue's label: give catalogueLabel");
    }
    // The catalogue's labels are string literals: data() ends with the literal's NUL.
    return name != nullptr ? name : field->label.data();
}

} // namespace attrition::ui::pagefields
