#pragma once

#include "text/values.h"
#include "widgets/fieldeditor.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;

namespace attrition::ui {

/// A one-line input of text, a count, an amount, a percentage or a date.
class LineField : public FieldEditor {
    Q_OBJECT

public:
    using Getter = std::function<Value(const Contract&)>;
    using Setter = std::function<void(Contract&, const Value&)>;

    /// An `optional` field may be left empty (an empty Value); `placeholder` says what empty means.
    LineField(ContractDocument* document, QString path, QString label, ValueKind kind, Getter get, Setter set,
              bool optional = false, const QString& placeholder = {}, QWidget* parent = nullptr);

    QWidget* input() const override;
    QLineEdit* lineEdit() const { return edit_; }
    /// What the input reads: text, a count, an amount, a percentage or a date.
    ValueKind kind() const { return kind_; }
    void setLabel(const QString& label) override;
    /// What the empty input says; empty: nothing (a date input then shows the locale's date format).
    void setPlaceholder(const QString& placeholder);

protected:
    void refresh() override;
    void retranslate() override;

private:
    void typed(const QString& text);
    void finished();
    /// The currency's code beside an amount, the locale's percent sign beside a percentage.
    void showSuffix();
    void showCalendar();
    QString text(const Value& value) const;
    /// Reads the input; `complete` once the user has finished typing.
    Parsed parse(const QString& text, bool complete) const;
    Currency currency() const { return document_->contract().currency; }

    ValueKind kind_;
    Getter get_;
    Setter set_;
    bool optional_;
    QLineEdit* edit_;
    QLabel* suffix_ = nullptr;
    QAction* calendar_ = nullptr;
    QString placeholder_;
    bool typing_ = false; ///< between the user's first keystroke and the end of the edit
};

} // namespace attrition::ui
