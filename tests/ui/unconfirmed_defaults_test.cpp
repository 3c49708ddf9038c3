// Clause values a new contract takes from the program: marked in the editor until confirmed or changed, and
// never stated by a report as the contract's terms.

#include "attrition/domain/clause_defaults.h"
#include "democontracts.h"
#include "editor/contracteditor.h"
#include "models/contracttables.h"
#include "reports/report.h"
#include "reports/reportoptions.h"
#include "session/contractdocument.h"
#include "text/values.h"
#include "widget_test_support.h"
#include "widgets/fieldeditor.h"
#include "widgets/linefield.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::retype;
using attrition::uitest::settle;

namespace {

class UnconfirmedDefaultsEditor : public ::testing::Test {
protected:
    UnconfirmedDefaultsEditor() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        doc->load(blankContract(demo::date("2026-12-05"), demo::usd()), {});
        editor->resize(1200, 800);
        editor->show();
        settle();
    }
    ~UnconfirmedDefaultsEditor() override {
        delete editor;
        delete doc;
    }

    bool marked(const char* path) const {
        FieldEditor* f = editor->field(QString::fromLatin1(path));
        EXPECT_NE(f, nullptr) << path;
        return f != nullptr && f->showsUnconfirmedDefault() && f->defaultBadge()->isVisibleTo(f) &&
               f->input()->font().italic();
    }
    bool barShown(ContractEditor::Section section) const {
        QWidget* bar = editor->defaultsBar(section);
        EXPECT_NE(bar, nullptr);
        // Hidden by the bar itself, not by its page being another than the one shown.
        return bar != nullptr && !bar->isHidden();
    }
    QPushButton* confirmButton(ContractEditor::Section section) const {
        return editor->defaultsBar(section)->findChild<QPushButton*>(QStringLiteral("confirmDefaults"));
    }

    ContractDocument* doc = new ContractDocument(nullptr);
    ContractEditor* editor = new ContractEditor(doc);
};

} // namespace

TEST_F(UnconfirmedDefaultsEditor, ANewContractsClauseDefaultsAreMarked) {
    const Contract& c = doc->contract();
    EXPECT_EQ(c.unconfirmedDefaults.size(), programDefaultPaths().size());
    editor->showSection(ContractEditor::AttritionSection);
    settle();
    EXPECT_TRUE(marked("attrition.performanceLevel"));
    EXPECT_TRUE(marked("attrition.damagesFactor"));
    EXPECT_TRUE(marked("attrition.method"));
    EXPECT_FALSE(marked("attrition.taxRate")) << "a value the program does not fill in is not marked";
    EXPECT_TRUE(barShown(ContractEditor::AttritionSection));
    EXPECT_TRUE(barShown(ContractEditor::CancellationSection));
    EXPECT_TRUE(barShown(ContractEditor::FoodBeverageSection));
    EXPECT_EQ(editor->defaultsBar(ContractEditor::GeneralSection), nullptr);
    const auto* text = editor->defaultsBar(ContractEditor::CancellationSection)
                           ->findChild<QLabel*>(QStringLiteral("defaultsBarText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("the cancellation tiers")))
        << text->text().toStdString();
    EXPECT_TRUE(text->text().startsWith(QStringLiteral("These values are the program's defaults")));
}

TEST_F(UnconfirmedDefaultsEditor, AContractFromAFileHasNoMarks) {
    doc->load(demo::cancelledGroup(), {});
    settle();
    EXPECT_FALSE(marked("attrition.performanceLevel"));
    EXPECT_FALSE(marked("cancellation.basis"));
    EXPECT_FALSE(barShown(ContractEditor::AttritionSection));
    EXPECT_FALSE(barShown(ContractEditor::CancellationSection));
}

TEST_F(UnconfirmedDefaultsEditor, ChangingAValueConfirmsItAndUndoTakesThatBack) {
    editor->showSection(ContractEditor::AttritionSection);
    settle();
    auto* level = dynamic_cast<LineField*>(editor->field(QStringLiteral("attrition.performanceLevel")));
    ASSERT_NE(level, nullptr);
    retype(level->lineEdit(), QStringLiteral("85"));
    settle();
    EXPECT_EQ(doc->contract().attrition.performanceLevel, Percent::fromPoints(85));
    EXPECT_FALSE(isUnconfirmedDefault(doc->contract(), "attrition.performanceLevel"));
    EXPECT_FALSE(marked("attrition.performanceLevel"));
    EXPECT_TRUE(marked("attrition.damagesFactor")) << "only the value changed is confirmed";

    doc->undoStack()->undo();
    settle();
    EXPECT_EQ(doc->contract().attrition.performanceLevel, Percent::fromPoints(80));
    EXPECT_TRUE(isUnconfirmedDefault(doc->contract(), "attrition.performanceLevel"));
    EXPECT_TRUE(marked("attrition.performanceLevel"));

    doc->undoStack()->redo();
    settle();
    EXPECT_FALSE(isUnconfirmedDefault(doc->contract(), "attrition.performanceLevel"));
    EXPECT_FALSE(marked("attrition.performanceLevel"));
}

TEST_F(UnconfirmedDefaultsEditor, ConfirmingASectionKeepsItsValuesAndIsOneUndoStep) {
    editor->showSection(ContractEditor::CancellationSection);
    settle();
    const Contract before = doc->contract();
    const int steps = doc->undoStack()->count();
    confirmButton(ContractEditor::CancellationSection)->click();
    settle();
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    EXPECT_TRUE(unconfirmedDefaultsIn(doc->contract(), FieldSection::Cancellation).empty());
    EXPECT_EQ(doc->contract().cancellation, before.cancellation) << "confirming changes no value";
    EXPECT_FALSE(barShown(ContractEditor::CancellationSection));
    EXPECT_FALSE(marked("cancellation.basis"));
    EXPECT_TRUE(barShown(ContractEditor::AttritionSection)) << "other sections stay unconfirmed";
    EXPECT_TRUE(doc->isModified());

    doc->undoStack()->undo();
    settle();
    EXPECT_EQ(doc->contract(), before);
    EXPECT_TRUE(barShown(ContractEditor::CancellationSection));
    EXPECT_TRUE(marked("cancellation.basis"));

    doc->undoStack()->redo();
    settle();
    EXPECT_TRUE(unconfirmedDefaultsIn(doc->contract(), FieldSection::Cancellation).empty());
    EXPECT_FALSE(barShown(ContractEditor::CancellationSection));
}

TEST_F(UnconfirmedDefaultsEditor, TheBadgeConfirmsOneValue) {
    editor->showSection(ContractEditor::AttritionSection);
    settle();
    FieldEditor* factor = editor->field(QStringLiteral("attrition.damagesFactor"));
    ASSERT_NE(factor, nullptr);
    factor->defaultBadge()->click();
    settle();
    EXPECT_FALSE(isUnconfirmedDefault(doc->contract(), "attrition.damagesFactor"));
    EXPECT_FALSE(marked("attrition.damagesFactor"));
    EXPECT_TRUE(marked("attrition.performanceLevel"));
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Confirm Room damages factor"));
    doc->undoStack()->undo();
    settle();
    EXPECT_TRUE(marked("attrition.damagesFactor"));
}

// --- The report ----------------------------------------------------------------------------------------

namespace {

const QString kLabel = QStringLiteral("Program default, not confirmed: ");

QStringList lines(const Contract& c) {
    const std::unique_ptr<Report> report = contractReport(c, ReportOptions{QDate(2027, 4, 2)});
    QStringList out;
    for (const QString& line : report->document()->toPlainText().split(QLatin1Char('\n'))) {
        out << line.trimmed().replace(QChar::Nbsp, QLatin1Char(' '));
    }
    return out;
}

/// The statements of terms a report makes from the program's default values.
bool statesADefaultTerm(const QString& line) {
    static const QStringList starts{
        QStringLiteral("Performance level "),
        QStringLiteral("Assessed cumulatively"),
        QStringLiteral("Assessed night by night"),
        QStringLiteral("Damages are "),
        QStringLiteral("Rate: "),
        QStringLiteral("Rooms the hotel resells are not credited"),
        QStringLiteral("Rooms the hotel resells are credited by"),
        QStringLiteral("If the group cancels"),
        QStringLiteral("The fee is waived"),
    };
    return std::any_of(starts.begin(), starts.end(), [&](const QString& s) { return line.startsWith(s); });
}

} // namespace

TEST(UnconfirmedDefaultsReport, AConfirmedContractsReportSaysNothingOfDefaults) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text = lines(demo::cancelledGroup()).join(QLatin1Char('\n'));
    EXPECT_FALSE(text.contains(QStringLiteral("rogram default"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Not final")));
}

TEST(UnconfirmedDefaultsReport, AnUnconfirmedDefaultIsNeverStatedAsTheContractsTerms) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const Contract& confirmed : {demo::cancelledGroup(), demo::associationMeeting()}) {
        SCOPED_TRACE(confirmed.reference);
        Contract unconfirmed = confirmed;
        markProgramDefaults(unconfirmed);
        const QStringList plain = lines(confirmed);
        const QStringList marked = lines(unconfirmed);
        const QString text = marked.join(QLatin1Char('\n'));

        // Every statement of a default term of the confirmed report is labelled, never left plain.
        int statements = 0;
        for (const QString& line : plain) {
            if (!statesADefaultTerm(line)) {
                continue;
            }
            ++statements;
            EXPECT_FALSE(marked.contains(line)) << "stated as the contract's term: " << line.toStdString();
            EXPECT_TRUE(marked.contains(kLabel + line)) << line.toStdString();
        }
        EXPECT_GE(statements, 6);
        // Each tier's share is labelled where it stands.
        for (const CancellationTier& tier : confirmed.cancellation.tiers) {
            const QString share = formatPercent(tier.percent);
            EXPECT_TRUE(marked.contains(share + QStringLiteral(" (program default, not confirmed)")))
                << share.toStdString();
        }
        EXPECT_TRUE(text.contains(QStringLiteral("Not final: some terms below are the program's defaults")));
        EXPECT_TRUE(text.contains(QStringLiteral("the cancellation tiers")));

        // Confirmed, the same report states them plainly again.
        Contract again = unconfirmed;
        again.unconfirmedDefaults.clear();
        EXPECT_EQ(lines(again), plain);
    }
}

TEST(UnconfirmedDefaultsReport, OnlyTheUnconfirmedTermsAreLabelled) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Contract c = demo::associationMeeting();
    c.unconfirmedDefaults = {"attrition.damagesFactor"};
    const QStringList marked = lines(c);
    int labelled = 0;
    for (const QString& line : marked) {
        if (line.startsWith(kLabel)) {
            ++labelled;
            EXPECT_TRUE(line.startsWith(kLabel + QStringLiteral("Damages are "))) << line.toStdString();
        }
    }
    EXPECT_EQ(labelled, 1);
    EXPECT_TRUE(marked.join(QLatin1Char('\n')).contains(QStringLiteral("(the room damages factor)")));
}
