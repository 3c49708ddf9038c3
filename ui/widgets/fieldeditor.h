#pragma once

#include "session/contractdocument.h"

#include <QWidget>
#include <functional>

class QLabel;
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

} // namespace attrition::ui
