#include "widgets/fieldeditor.h"

#include "attrition/domain/clause_defaults.h"
#include "style/theme.h"
#include "text/fieldhelp.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace attrition::ui {

FieldEditor::FieldEditor(ContractDocument* document, QString path, QString label, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , path_(std::move(path))
    , label_(std::move(label))
    , message_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    message_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("fieldMessage"));
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextTone(message_, TextTone::Error);
    message_->hide();
    layout->addWidget(message_);
    connect(document_, &ContractDocument::contractChanged, this, [this] {
        refresh();
        updateMessage();
        updateDefaultMark();
    });
}

QString FieldEditor::message() const {
    return message_->text();
}

void FieldEditor::setLabel(const QString& label) {
    label_ = label;
}

void FieldEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FieldEditor::retranslate() {
    // The engine's problem in the new language (the document words it when asked).
    updateMessage();
    updateDefaultMark();
    updateWhatsThis();
}

void FieldEditor::setInput(QWidget* row) {
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    // The input, and beside it the badge of a program default not yet confirmed (hidden until needed).
    auto* line = new QWidget(this);
    auto* lineLayout = new QHBoxLayout(line);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->setSpacing(6);
    lineLayout->addWidget(row, 1);
    defaultBadge_ = new QToolButton(line);
    defaultBadge_->setObjectName(QStringLiteral("defaultBadge"));
    defaultBadge_->setAutoRaise(true);
    defaultBadge_->setCursor(Qt::PointingHandCursor);
    defaultBadge_->hide();
    lineLayout->addWidget(defaultBadge_, 0, Qt::AlignVCenter);
    connect(defaultBadge_, &QToolButton::clicked, this, [this] {
        document_->endMerge();
        document_->edit(tr("Confirm %1").arg(label_), {},
                        [path = path_.toStdString()](Contract& c) { confirmDefault(c, path); });
    });
    layout->insertWidget(0, line);
    setFocusProxy(input());
    updateDefaultMark();
    updateWhatsThis();
}

void FieldEditor::updateDefaultMark() {
    if (defaultBadge_ == nullptr) {
        return;
    }
    const bool unconfirmed = isUnconfirmedDefault(document_->contract(), path_.toStdString());
    if (unconfirmed) {
        // Written again each time: the language or the palette may have changed.
        defaultBadge_->setText(tr("Default"));
        defaultBadge_->setToolTip(tr("This is the program's default, not yet confirmed from the contract. "
                                     "Change it to the contract's value, or click to confirm it as it is."));
        defaultBadge_->setAccessibleName(tr("Confirm the default %1").arg(label_));
        const QPalette p = palette();
        defaultBadge_->setStyleSheet(
            QStringLiteral("QToolButton#defaultBadge { color: %1; background: %2; border: 1px solid %1; "
                           "border-radius: 3px; padding: 0px 6px; font-style: italic; }")
                .arg(warningColor(p).name(), warningBackground(p).name()));
    }
    if (unconfirmed == showsDefault_) {
        return;
    }
    showsDefault_ = unconfirmed;
    defaultBadge_->setVisible(unconfirmed);
    QFont f = input()->font();
    f.setItalic(unconfirmed);
    input()->setFont(f);
    input()->setProperty("programDefault", unconfirmed);
}

void FieldEditor::updateWhatsThis() {
    // On the input and on the field around it (its suffix, its message): What's This finds it on either.
    const QString text = fieldWhatsThis(path_);
    setWhatsThis(text);
    input()->setWhatsThis(text);
}

void FieldEditor::setTypingError(const QString& error) {
    typingError_ = error;
    updateMessage();
}

void FieldEditor::updateMessage() {
    const QString text = typingError_.isEmpty() ? document_->issueAt(path_) : typingError_;
    if (text == message_->text() && message_->isVisibleTo(this) == !text.isEmpty()) {
        return;
    }
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    input()->setProperty("invalid", !text.isEmpty());
    input()->setToolTip(text);
}

void FieldEditor::commit(const std::function<void(Contract&)>& change) {
    document_->edit(tr("Edit %1").arg(label_), path_, change);
}

} // namespace attrition::ui
