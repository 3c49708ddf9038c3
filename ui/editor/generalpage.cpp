#include "editor/generalpage.h"

#include "editor/pagefields.h"
#include "models/contracttables.h"
#include "style/theme.h"
#include "text/values.h"
#include "widgets/currencyfield.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace attrition::ui {

using namespace pagefields;

namespace {

/// Selects the whole text of a line edit when it takes focus while it holds a new contract's placeholder
/// group name, so that typing replaces the placeholder instead of adding to it.
class SelectPlaceholderOnFocus : public QObject {
public:
    explicit SelectPlaceholderOnFocus(QLineEdit* edit)
        : QObject(edit)
        , edit_(edit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == edit_ && event->type() == QEvent::FocusIn && edit_->text() == blankGroupName()) {
            // After the mouse press that gave the focus has placed the cursor.
            QTimer::singleShot(0, edit_, [edit = edit_] {
                if (edit->text() == blankGroupName()) {
                    edit->selectAll();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit* edit_;
};

} // namespace

GeneralPage::GeneralPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::GeneralSection, parent) {
    ContractDocument* d = document;
    PageColumn page(this);
    QFormLayout* form = page.section(QT_TR_NOOP("Contract"));
    addRow(form, add(textField<field::Reference>(d, catalogueLabel)));
    LineField* group = textField<field::GroupName>(d, catalogueLabel);
    // A new contract's placeholder name is selected when the field takes focus, so typing replaces it.
    group->lineEdit()->installEventFilter(new SelectPlaceholderOnFocus(group->lineEdit()));
    addRow(form, add(group));
    addRow(form, add(textField<field::Account>(d, catalogueLabel,
                                               QT_TR_NOOP("The organizer: an association or company"))));
    addRow(form, add(textField<field::Hotel>(d, catalogueLabel)));
    addRow(form, add(textField<field::SalesManager>(d, catalogueLabel)));
    addRow(form, add(choiceField<field::Status>(d, catalogueLabel,
                                                {{QT_TR_NOOP("Prospect"), ContractStatus::Prospect},
                                                 {QT_TR_NOOP("Tentative"), ContractStatus::Tentative},
                                                 {QT_TR_NOOP("Definite"), ContractStatus::Definite},
                                                 {QT_TR_NOOP("Cancelled"), ContractStatus::Cancelled},
                                                 {QT_TR_NOOP("Actualized"), ContractStatus::Actualized},
                                                 {QT_TR_NOOP("Lost"), ContractStatus::Lost}})));
    addRow(form,
           add(optionalChoiceField<field::LostReason>(d, catalogueLabel, QT_TR_NOOP("Not lost"),
                                                      {{QT_TR_NOOP("Price"), LostReason::Price},
                                                       {QT_TR_NOOP("Dates"), LostReason::Dates},
                                                       {QT_TR_NOOP("Competitor"), LostReason::Competitor},
                                                       {QT_TR_NOOP("Other"), LostReason::Other}})));
    addRow(form, add(textField<field::LostNote>(d, catalogueLabel, QT_TR_NOOP("Why the business was lost"))));
    addRow(form, add(new CurrencyField(d)));
    addRow(form,
           add(choiceField<field::Rounding>(d, catalogueLabel,
                                            {{QT_TR_NOOP("Half up (commercial)"), RoundingMode::HalfUp},
                                             {QT_TR_NOOP("Half even (banker's)"), RoundingMode::HalfEven},
                                             {QT_TR_NOOP("Half down"), RoundingMode::HalfDown},
                                             {QT_TR_NOOP("Up"), RoundingMode::Up},
                                             {QT_TR_NOOP("Down"), RoundingMode::Down},
                                             {QT_TR_NOOP("Ceiling"), RoundingMode::Ceiling},
                                             {QT_TR_NOOP("Floor"), RoundingMode::Floor}})));

    form = page.section(QT_TR_NOOP("Dates"),
                        QT_TR_NOOP("The nights of the stay run from arrival to the night before departure."));
    addRow(form, add(dateField<field::SignedOn>(d, catalogueLabel)));
    // The stay's nights follow its dates: a new arrival moves the whole stay, a later departure adds nights.
    addRow(form, add(stayDateField<field::Arrival>(d, catalogueLabel,
                                                   [](Contract& c, Date date) { moveArrival(c, date); })));
    addRow(form, add(stayDateField<field::Departure>(d, catalogueLabel,
                                                     [](Contract& c, Date date) { setDeparture(c, date); })));
    staySummary_ = new QLabel;
    setTextTone(staySummary_, TextTone::Muted);
    staySummary_->setWordWrap(true);
    form->addRow(QString(), staySummary_);
    addRow(form, add(optionalDateField<field::Cutoff>(d, catalogueFullLabel, QT_TR_NOOP("No cutoff date"))));

    page.heading(QT_TR_NOOP("Notes"));
    page.add(add(notesField<field::Notes>(d, catalogueLabel)));
    page.finish();
}

void GeneralPage::refresh() {
    EditorPage::refresh();
    const Contract& c = document()->contract();
    const QLocale locale;
    if (c.departure > c.arrival) {
        staySummary_->setText(
            tr("%n night(s): %1 to %2", nullptr, c.nightCount())
                .arg(formatNight(c.arrival, locale), formatNight(c.departure.addDays(-1), locale)));
    } else {
        staySummary_->clear();
    }
}

} // namespace attrition::ui
