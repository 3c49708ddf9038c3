#pragma once

#include "session/contractdocument.h"
#include "text/values.h"

#include <QWidget>
#include <functional>
#include <utility>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace attrition::ui {

/// An input bound to one field of the contract being edited. What the user types is read as typed; a
/// value that cannot be read, or that the engine finds a problem with, is explained right below the input.
/// Every change is an undoable edit of the document; undo and redo show in the input.
class FieldEditor : public QWidget {
    Q_OBJECT

public:
    /// `path` is the field's engine path ("foodBeverage.minimum"): the engine's problems with it show here.
    FieldEditor(ContractDocument* document, QString path, QString label, QWidget* parent = nullptr);

    QString path() const { return path_; }
    QString label() const { return label_; }
    /// Renames the field (the language changed): its undo steps and its name for screen readers.
    virtual void setLabel(const QString& label);
    /// The message shown below the input (a typing error or the engine's problem), or an empty string.
    QString message() const;
    /// The widget that takes the keyboard focus.
    virtual QWidget* input() const = 0;
    /// Whether the field shows its value as the program's default, not yet confirmed from the contract
    /// (italic, with a "Default" badge that confirms it when clicked).
    bool showsUnconfirmedDefault() const { return showsDefault_; }
    /// The badge of an unconfirmed default (hidden otherwise).
    QToolButton* defaultBadge() const { return defaultBadge_; }

protected:
    /// Shows the contract's value, unless the user is typing it.
    virtual void refresh() = 0;
    /// On QEvent::LanguageChange: retranslate().
    void changeEvent(QEvent* event) override;
    /// Writes again, in the installed language and the default locale's notation, what the field shows
    /// itself: its message and, in the subclasses, the value (unless the user is typing it) and the hints.
    virtual void retranslate();
    void setInput(QWidget* row);
    /// What the field means (fieldWhatsThis()), as What's This of the field and its input.
    void updateWhatsThis();
    void setTypingError(const QString& error);
    QString typingError() const { return typingError_; }
    void updateMessage();
    /// Marks the value as an unconfirmed program default, or not, as the contract says.
    void updateDefaultMark();
    /// Pushes an edit named after the field; successive edits of one field merge into one undo step.
    void commit(const std::function<void(Contract&)>& change);

    ContractDocument* document_;

private:
    QString path_;
    QString label_;
    QString typingError_;
    QLabel* message_;
    QToolButton* defaultBadge_ = nullptr;
    bool showsDefault_ = false;
};

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

/// The contract's currency: an ISO 4217 code. Changing it re-denominates every amount of the contract
/// (150.00 USD becomes 150.00 EUR), refused when an amount has more decimals than the new currency.
class CurrencyField : public FieldEditor {
    Q_OBJECT

public:
    CurrencyField(ContractDocument* document, QWidget* parent = nullptr);
    QWidget* input() const override;

protected:
    void refresh() override;
    void retranslate() override;

private:
    void chosen(const QString& text);
    /// Why the contract cannot take this currency code; empty when it can.
    QString problemWith(const QString& code) const;
    QComboBox* combo_;
};

/// Re-denominates every amount of the contract in `currency`, keeping the figures; false (and nothing
/// changed) when an amount has more decimals than the currency allows.
bool redenominate(Contract& contract, Currency currency);

} // namespace attrition::ui
