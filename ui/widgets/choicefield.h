#pragma once

#include "widgets/fieldeditor.h"

#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

class QComboBox;

namespace attrition::ui {

/// One of a few settings (an enumeration of the contract).
class ChoiceField : public FieldEditor {
    Q_OBJECT

public:
    using Choices = std::vector<std::pair<QString, int>>;
    ChoiceField(ContractDocument* document, QString path, QString label, Choices choices,
                std::function<int(const Contract&)> get, std::function<void(Contract&, int)> set,
                QWidget* parent = nullptr);
    QWidget* input() const override;
    QComboBox* comboBox() const { return combo_; }
    /// Renames the choices, in their order, in place: the one chosen stays chosen.
    void setChoiceTexts(const QStringList& texts);

protected:
    void refresh() override;

private:
    std::function<int(const Contract&)> get_;
    QComboBox* combo_;
};

} // namespace attrition::ui
