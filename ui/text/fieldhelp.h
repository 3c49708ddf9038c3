#pragma once

#include <QString>
#include <QStringList>

namespace attrition {
struct ContractField;
}

namespace attrition::ui {

/// The catalogued field a path names (core/domain's field_catalogue.h): "block[3].rate" is in "block",
/// "cancellation.tiers[0].share" in "cancellation.tiers". nullptr for a path the catalogue does not know.
const ContractField* cataloguedField(const QString& path);

/// What a contract field means, for What's This (Shift+F1) on its input: what the clause says and how it
/// changes the damages, in the installed language. `path` is the field's path in the field catalogue
/// (core/domain's field_catalogue.h: "attrition.performanceLevel", "cancellation.tiers"); a path inside a
/// list ("block[3].rate") gets its list's text. Empty for a path the catalogue does not know.
QString fieldWhatsThis(const QString& path);

/// Every catalogue path that has a What's This text, in the catalogue's order.
QStringList fieldsWithWhatsThis();

} // namespace attrition::ui
