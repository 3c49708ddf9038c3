#include "widgets/notesfield.h"

#include <QEvent>
#include <QPlainTextEdit>

namespace attrition::ui {

NotesField::NotesField(ContractDocument* document, QString path, QString label, QWidget* parent)
    : FieldEditor(document, std::move(path), std::move(label), parent)
    , edit_(new QPlainTextEdit(this)) {
    edit_->setTabChangesFocus(true);
    edit_->setMinimumHeight(edit_->fontMetrics().lineSpacing() * 4);
    edit_->installEventFilter(this);
    setInput(edit_);
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        const std::string text = edit_->toPlainText().toStdString();
        if (text != document_->contract().notes) {
            commit([&](Contract& c) { c.notes = text; });
        }
    });
    refresh();
}

QWidget* NotesField::input() const {
    return edit_;
}

void NotesField::refresh() {
    const QString notes = QString::fromStdString(document_->contract().notes);
    if (edit_->toPlainText() != notes) {
        const QSignalBlocker block(edit_);
        edit_->setPlainText(notes);
    }
}

bool NotesField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_ && event->type() == QEvent::FocusOut) {
        document_->endMerge();
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace attrition::ui
