#pragma once

#include "widgets/fieldeditor.h"

class QPlainTextEdit;

namespace attrition::ui {

/// Free text over several lines (the notes).
class NotesField : public FieldEditor {
    Q_OBJECT

public:
    NotesField(ContractDocument* document, QString path, QString label, QWidget* parent = nullptr);
    QWidget* input() const override;

protected:
    void refresh() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* edit_;
};

} // namespace attrition::ui
