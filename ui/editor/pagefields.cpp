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

const ContractField& fieldAt(const std::string& path, const char* what) {
    const ContractField* field = findContractField(path);
    if (field == nullptr) {
        throw std::logic_error(std::string("the editor's ") + what + " of " + path +
                               ": the field catalogue has no such field");
    }
    return *field;
}

// The catalogue's labels are string literals: data() ends with the literal's NUL.
Text textOf(std::string_view label) {
    return label.data();
}

} // namespace

Text inputName(const QString& path, FieldKind kind, bool optional, Text name) {
    const std::string key = path.toStdString();
    const ContractField& field = fieldAt(key, "input");
    if (field.kind != kind || field.optional != optional) {
        throw std::logic_error(
            "the editor's input of " + key + " takes " + (optional ? "an optional " : "a ") + kindName(kind) +
            ", the field catalogue has " + (field.optional ? "an optional " : "a ") + kindName(field.kind));
    }
    if (name == catalogueLabel) {
        return textOf(field.label);
    }
    if (name == catalogueFullLabel) {
        if (field.fullLabel.empty()) {
            throw std::logic_error("the editor's input of " + key +
                                   ": the field catalogue gives no full label");
        }
        return textOf(field.fullLabel);
    }
    if (field.label == name || field.fullLabel == name) {
        throw std::logic_error(
            "the editor's input of " + key + " repeats the field catalogue's " +
            (field.label == name ? "label: give catalogueLabel" : "full label: give catalogueFullLabel"));
    }
    return name;
}

Text rowLabel(const QString& path, Text label) {
    const std::string key = path.toStdString();
    const ContractField& field = fieldAt(key, "row");
    if (label == nullptr) {
        return textOf(field.label);
    }
    if (field.label == label) {
        throw std::logic_error("the editor's row of " + key + " repeats the field catalogue's label");
    }
    return label;
}

} // namespace attrition::ui::pagefields
