#pragma once

// The inputs of the editor's pages, bound to the document: one maker per kind of value, each giving the
// input its label and placeholder now and in each language chosen later. Each input edits a field of the
// field catalogue (core/domain's field_catalogue.h), found by its path: the maker checks that the catalogue
// has the field and that its kind is the maker's, and names the input with the field's label unless the
// page gives another name. The pages name the field by its descriptor (namespace field), e.g.
// percentField<field::AttritionTaxRate>(d, catalogueLabel): the descriptor gives the path and reaches the
// member, and a field of another kind or optionality than the maker's does not compile.

#include "attrition/domain/field_catalogue.h"
#include "editor/contracteditor.h"
#include "text/language.h"
#include "widgets/checkfield.h"
#include "widgets/choicefield.h"
#include "widgets/gridview.h"
#include "widgets/linefield.h"
#include "widgets/notesfield.h"
#include "widgets/tablesection.h"

#include <QLabel>
#include <functional>
#include <utility>
#include <vector>

namespace attrition::ui::pagefields {

/// A text of the editor as the sources write it, marked with QT_TR_NOOP where it is given (the pages declare
/// the editor's translation context, so lupdate files it under ContractEditor, as it does their tr() calls).
/// The widget it is set on is given it again in each language chosen (retranslateWith()); nullptr: no text.
using Text = const char*;

inline QString translated(Text text) {
    return text != nullptr ? ContractEditor::tr(text) : QString();
}

/// The name of an input (its undo steps, its problems, screen readers, a check box's text) when it is the
/// label of its field in the catalogue (ContractField::label): given instead of a text of the page's own.
inline constexpr Text catalogueLabel = nullptr;

namespace detail {
inline constexpr char kFullLabel[] = "";
} // namespace detail

/// The name of an input when it is the full label of its field in the catalogue (ContractField::fullLabel),
/// the name that says what the field is outside its section ("Tax on room damages" for the attrition clause's
/// "Tax rate"): given instead of a text of the page's own.
inline constexpr Text catalogueFullLabel = detail::kFullLabel;

/// The name of the input of `kind` a maker makes for the field at `path`: `name`, or the field's label or
/// full label in the catalogue for catalogueLabel or catalogueFullLabel (translated in the editor's context,
/// as the pages' texts are). A path the catalogue does not know, a field of another kind or optionality than
/// the maker's (a percentage input on an amount), catalogueFullLabel for a field without a full label, or a
/// name that only repeats one of the catalogue's labels, is a mistake in the page's sources:
/// std::logic_error.
Text inputName(const QString& path, FieldKind kind, bool optional, Text name);

/// The label of the form's row of the field at `path`: `label`, or the field's label in the catalogue for
/// nullptr. A path the catalogue does not know, or a label that only repeats the catalogue's, is a mistake in
/// the page's sources: std::logic_error.
Text rowLabel(const QString& path, Text label);

/// The field's label and placeholder, now and in each language chosen later.
inline LineField* withTexts(LineField* field, Text label, Text placeholder = nullptr) {
    retranslateWith(field, [field, label, placeholder] {
        field->setLabel(translated(label));
        field->setPlaceholder(translated(placeholder));
    });
    return field;
}

template <typename Field> Field* withLabel(Field* field, Text label) {
    retranslateWith(field, [field, label] { field->setLabel(translated(label)); });
    return field;
}

inline QLabel* translatedLabel(Text text, QWidget* parent = nullptr) {
    auto* label = new QLabel(parent);
    retranslateWith(label, [label, text] { label->setText(translated(text)); });
    return label;
}

inline void setTranslatedToolTip(QWidget* widget, Text tip) {
    retranslateWith(widget, [widget, tip] { widget->setToolTip(translated(tip)); });
}

/// What an empty table says, in each language.
inline void setPlaceholder(GridView* view, Text text) {
    retranslateWith(view, [view, text] { view->setPlaceholderText(translated(text)); });
}

template <typename Access>
LineField* textField(ContractDocument* d, const QString& path, Text name, Access access,
                     Text placeholder = {}) {
    const Text label = inputName(path, FieldKind::Text, false, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Text,
                         [access](const Contract& c) -> Value { return QString::fromStdString(access(c)); },
                         [access](Contract& c, const Value& v) {
                             const auto* text = std::get_if<QString>(&v);
                             access(c) = text != nullptr ? text->toStdString() : std::string();
                         },
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* moneyField(ContractDocument* d, const QString& path, Text name, Access access) {
    const Text label = inputName(path, FieldKind::Money, false, name);
    return withTexts(
        new LineField(
            d, path, translated(label), ValueKind::Money,
            [access](const Contract& c) -> Value { return access(c).minorUnits(); },
            [access](Contract& c, const Value& v) { access(c) = Money(integerOr(v), c.currency); }),
        label);
}

template <typename Access>
LineField* optionalMoneyField(ContractDocument* d, const QString& path, Text name, Access access,
                              Text placeholder) {
    const Text label = inputName(path, FieldKind::Money, true, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Money,
                         [access](const Contract& c) -> Value {
                             const auto& m = access(c);
                             return m ? Value{m->minorUnits()} : Value{};
                         },
                         [access](Contract& c, const Value& v) {
                             if (std::holds_alternative<std::monostate>(v)) {
                                 access(c).reset();
                             } else {
                                 access(c) = Money(integerOr(v), c.currency);
                             }
                         },
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* percentField(ContractDocument* d, const QString& path, Text name, Access access) {
    const Text label = inputName(path, FieldKind::Percent, false, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Percent,
                         [access](const Contract& c) -> Value { return access(c).partsPerMillion(); },
                         [access](Contract& c, const Value& v) {
                             access(c) = Percent::fromPartsPerMillion(integerOr(v));
                         }),
                     label);
}

template <typename Access>
LineField* optionalPercentField(ContractDocument* d, const QString& path, Text name, Access access,
                                Text placeholder) {
    const Text label = inputName(path, FieldKind::Percent, true, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Percent,
                         [access](const Contract& c) -> Value {
                             const auto& p = access(c);
                             return p ? Value{p->partsPerMillion()} : Value{};
                         },
                         [access](Contract& c, const Value& v) {
                             if (std::holds_alternative<std::monostate>(v)) {
                                 access(c).reset();
                             } else {
                                 access(c) = Percent::fromPartsPerMillion(integerOr(v));
                             }
                         },
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* dateField(ContractDocument* d, const QString& path, Text name, Access access) {
    const Text label = inputName(path, FieldKind::Date, false, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Date,
                         [access](const Contract& c) -> Value { return access(c); },
                         [access](Contract& c, const Value& v) {
                             if (const auto* date = std::get_if<Date>(&v)) {
                                 access(c) = *date;
                             }
                         }),
                     label);
}

/// A date of the stay whose change also moves or resizes the stay's nights (`apply`).
inline LineField* stayDateField(ContractDocument* d, const QString& path, Text name,
                                const std::function<Date(const Contract&)>& get,
                                const std::function<void(Contract&, Date)>& apply) {
    const Text label = inputName(path, FieldKind::Date, false, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Date,
                         [get](const Contract& c) -> Value { return get(c); },
                         [apply](Contract& c, const Value& v) {
                             if (const auto* date = std::get_if<Date>(&v)) {
                                 apply(c, *date);
                             }
                         }),
                     label);
}

template <typename Access>
LineField* optionalDateField(ContractDocument* d, const QString& path, Text name, Access access,
                             Text placeholder) {
    const Text label = inputName(path, FieldKind::Date, true, name);
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Date,
                         [access](const Contract& c) -> Value {
                             const auto& date = access(c);
                             return date ? Value{*date} : Value{};
                         },
                         [access](Contract& c, const Value& v) {
                             if (const auto* date = std::get_if<Date>(&v)) {
                                 access(c) = *date;
                             } else {
                                 access(c).reset();
                             }
                         },
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* countField(ContractDocument* d, const QString& path, Text name, Access access) {
    const Text label = inputName(path, FieldKind::Integer, false, name);
    return withTexts(
        new LineField(
            d, path, translated(label), ValueKind::Count,
            [access](const Contract& c) -> Value { return std::int64_t{access(c)}; },
            [access](Contract& c, const Value& v) { access(c) = static_cast<std::int32_t>(integerOr(v)); }),
        label);
}

template <typename Access>
CheckField* checkField(ContractDocument* d, const QString& path, Text name, Access access) {
    const Text label = inputName(path, FieldKind::Bool, false, name);
    return withLabel(new CheckField(
                         d, path, translated(label),
                         [access](const Contract& c) { return static_cast<bool>(access(c)); },
                         [access](Contract& c, bool on) { access(c) = on; }),
                     label);
}

template <typename Enum, typename Access>
ChoiceField* choiceField(ContractDocument* d, const QString& path, Text name,
                         std::vector<std::pair<Text, Enum>> choices, Access access) {
    const Text label = inputName(path, FieldKind::Enum, false, name);
    ChoiceField::Choices items;
    std::vector<Text> texts;
    for (const auto& [text, value] : choices) {
        items.emplace_back(translated(text), static_cast<int>(value));
        texts.push_back(text);
    }
    auto* field = new ChoiceField(
        d, path, translated(label), std::move(items),
        [access](const Contract& c) { return static_cast<int>(access(c)); },
        [access](Contract& c, int value) { access(c) = static_cast<Enum>(value); });
    // The choices renamed in place: the one chosen stays chosen.
    retranslateWith(field, [field, label, texts] {
        field->setLabel(translated(label));
        QStringList names;
        for (Text text : texts) {
            names << translated(text);
        }
        field->setChoiceTexts(names);
    });
    return field;
}

/// A choice of an optional value: the first choice, `none`, stands for no value.
template <typename Enum, typename Access>
ChoiceField* optionalChoiceField(ContractDocument* d, const QString& path, Text name, Text none,
                                 std::vector<std::pair<Text, Enum>> choices, Access access) {
    const Text label = inputName(path, FieldKind::Enum, true, name);
    ChoiceField::Choices items{{translated(none), -1}};
    std::vector<Text> texts{none};
    for (const auto& [text, value] : choices) {
        items.emplace_back(translated(text), static_cast<int>(value));
        texts.push_back(text);
    }
    auto* field = new ChoiceField(
        d, path, translated(label), std::move(items),
        [access](const Contract& c) { return access(c) ? static_cast<int>(*access(c)) : -1; },
        [access](Contract& c, int value) {
            access(c) = value < 0 ? std::nullopt : std::optional<Enum>(static_cast<Enum>(value));
        });
    retranslateWith(field, [field, label, texts] {
        field->setLabel(translated(label));
        QStringList names;
        for (Text text : texts) {
            names << translated(text);
        }
        field->setChoiceTexts(names);
    });
    return field;
}

inline NotesField* notesField(ContractDocument* d, const QString& path, Text name) {
    const Text label = inputName(path, FieldKind::Text, false, name);
    return withLabel(new NotesField(d, path, translated(label)), label);
}

/// The path of a field's descriptor, as the inputs and the document name it.
template <typename F> QString pathOf() {
    return QString::fromLatin1(F::path.data(), static_cast<qsizetype>(F::path.size()));
}

/// Whether a field's descriptor is of this kind and optionality.
template <typename F> inline constexpr bool isOf(FieldKind kind, bool optional) {
    return F::kind == kind && F::optional == optional;
}

/// The makers of the inputs of a field named by its descriptor: the path and the accessor are the
/// descriptor's.
template <typename F> LineField* textField(ContractDocument* d, Text name, Text placeholder = {}) {
    static_assert(isOf<F>(FieldKind::Text, false), "a text input edits a text field");
    return textField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); }, placeholder);
}

template <typename F> LineField* moneyField(ContractDocument* d, Text name) {
    static_assert(isOf<F>(FieldKind::Money, false), "an amount input edits an amount field");
    return moneyField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); });
}

template <typename F> LineField* optionalMoneyField(ContractDocument* d, Text name, Text placeholder) {
    static_assert(isOf<F>(FieldKind::Money, true), "an optional amount input edits an optional amount field");
    return optionalMoneyField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); }, placeholder);
}

template <typename F> LineField* percentField(ContractDocument* d, Text name) {
    static_assert(isOf<F>(FieldKind::Percent, false), "a percentage input edits a percentage field");
    return percentField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); });
}

template <typename F> LineField* optionalPercentField(ContractDocument* d, Text name, Text placeholder) {
    static_assert(isOf<F>(FieldKind::Percent, true),
                  "an optional percentage input edits an optional percentage field");
    return optionalPercentField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); }, placeholder);
}

template <typename F> LineField* dateField(ContractDocument* d, Text name) {
    static_assert(isOf<F>(FieldKind::Date, false), "a date input edits a date field");
    return dateField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); });
}

/// A date of the stay whose change also moves or resizes the stay's nights (`apply`).
template <typename F>
LineField* stayDateField(ContractDocument* d, Text name, const std::function<void(Contract&, Date)>& apply) {
    static_assert(isOf<F>(FieldKind::Date, false), "a date input edits a date field");
    return stayDateField(
        d, pathOf<F>(), name, [](const Contract& c) { return F::of(c); }, apply);
}

template <typename F> LineField* optionalDateField(ContractDocument* d, Text name, Text placeholder) {
    static_assert(isOf<F>(FieldKind::Date, true), "an optional date input edits an optional date field");
    return optionalDateField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); }, placeholder);
}

template <typename F> LineField* countField(ContractDocument* d, Text name) {
    static_assert(isOf<F>(FieldKind::Integer, false), "a count input edits a count field");
    return countField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); });
}

template <typename F> CheckField* checkField(ContractDocument* d, Text name) {
    static_assert(isOf<F>(FieldKind::Bool, false), "a check box edits a yes-or-no field");
    return checkField(
        d, pathOf<F>(), name, [](auto& c) -> auto& { return F::of(c); });
}

template <typename F>
ChoiceField* choiceField(ContractDocument* d, Text name,
                         std::vector<std::pair<Text, typename F::Type>> choices) {
    static_assert(isOf<F>(FieldKind::Enum, false), "a choice edits a choice field");
    return choiceField<typename F::Type>(
        d, pathOf<F>(), name, std::move(choices), [](auto& c) -> auto& { return F::of(c); });
}

/// A choice of an optional value: the first choice, `none`, stands for no value.
template <typename F>
ChoiceField* optionalChoiceField(ContractDocument* d, Text name, Text none,
                                 std::vector<std::pair<Text, typename F::Type::value_type>> choices) {
    static_assert(isOf<F>(FieldKind::Enum, true), "an optional choice edits an optional choice field");
    return optionalChoiceField<typename F::Type::value_type>(
        d, pathOf<F>(), name, none, std::move(choices), [](auto& c) -> auto& { return F::of(c); });
}

template <typename F> NotesField* notesField(ContractDocument* d, Text name) {
    static_assert(isOf<F>(FieldKind::Text, false), "the notes are a text field");
    return notesField(d, pathOf<F>(), name);
}

} // namespace attrition::ui::pagefields
