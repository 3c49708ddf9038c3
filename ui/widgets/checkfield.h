#pragma once

#include "widgets/fieldeditor.h"

#include <functional>

class QCheckBox;

namespace attrition::ui {

/// A yes/no setting.
class CheckField : public FieldEditor {
    Q_OBJECT

public:
    CheckField(ContractDocument* document, QString path, QString label,
               std::function<bool(const Contract&)> get, std::function<void(Contract&, bool)> set,
               QWidget* parent = nullptr);
    QWidget* input() const override;
    QCheckBox* checkBox() const { return box_; }
    /// Also the text beside the box.
    void setLabel(const QString& label) override;

protected:
    void refresh() override;

private:
    std::function<bool(const Contract&)> get_;
    QCheckBox* box_;
};

} // namespace attrition::ui
