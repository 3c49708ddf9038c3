// Spanish and Italian: the shipped .ts files are complete, engine messages and reports come out translated
// with the locale's notation, and amounts are read as each locale writes them.

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/field_catalogue.h"
#include "attrition/engine/engine.h"
#include "democontracts.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reportoptions.h"
#include "text/language.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "views/chartspanel.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

using namespace attrition;
using namespace attrition::ui;

namespace {

/// {0} and %1, %n, %Ln: what a translation must keep.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?n|%\\d|\\{\\d\\}"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

/// Every problem of a .ts file: an unfinished or empty translation, a lost placeholder.
QStringList problemsOf(const QString& path, int* count) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("cannot read %1").arg(path)};
    }
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString where = context + QStringLiteral(": ") + source;
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            ++*count;
            if (type == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished: ") + where;
            }
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement()) {
                    forms << xml.readElementText();
                }
                if (forms.size() != 2) {
                    problems << QStringLiteral("%1 plural forms instead of 2: ").arg(forms.size()) + where;
                }
            } else {
                forms << xml.readElementText();
            }
            for (const QString& form : forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + where;
                } else if (placeholders(form) != placeholders(source)) {
                    problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") +
                                    form;
                }
            }
        }
    }
    if (xml.hasError()) {
        problems << xml.errorString();
    }
    return problems;
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+")), QStringLiteral(" "))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

QString squeeze(QString s) {
    return s.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+")), QStringLiteral(" "));
}

const QLocale kSpain(QLocale::Spanish, QLocale::Spain);
const QLocale kItaly(QLocale::Italian, QLocale::Italy);
const QLocale kUs(QLocale::English, QLocale::UnitedStates);

/// Installs a language and a locale for one test; English and en_US again after it.
class InLanguage : public ::testing::Test {
protected:
    void use(const QString& code, const QLocale& locale) {
        ASSERT_TRUE(installLanguage(code)) << code.toStdString();
        QLocale::setDefault(locale);
        // The windows get their QEvent::LanguageChange posted.
        QCoreApplication::processEvents();
    }
    void TearDown() override {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
    }
};

} // namespace

TEST(TranslationFiles, EveryEntryOfTheShippedFilesIsTranslated) {
    for (const char* lang : {"es", "it"}) {
        int count = 0;
        const QStringList problems = problemsOf(
            QStringLiteral(ATTRITION_TRANSLATIONS_DIR "/attrition_%1.ts").arg(QLatin1String(lang)), &count);
        EXPECT_TRUE(problems.isEmpty()) << lang << ":\n" << problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_GT(count, 800) << lang;
    }
}

TEST(TranslationFiles, TheTableOfEngineMessagesIsTheEnginesEnglish) {
    ASSERT_GT(engineMessageCount(), 80u);
    for (std::size_t i = 0; i < engineMessageCount(); ++i) {
        const auto id = static_cast<MessageId>(i);
        EXPECT_EQ(std::string_view(engineMessageTemplate(id)), englishTemplate(id)) << messageKey(id);
    }
}

TEST_F(InLanguage, EngineMessagesAreTranslatedWithTheLocalesNotation) {
    const Currency usd = *Currency::fromCode("USD");
    const Message fb(MessageId::FbDamages, MessageArg::money(Money(550000, usd)),
                     MessageArg::percent(Percent::fromPartsPerMillion(350000)),
                     MessageArg::money(Money(192500, usd)));
    const Message notice(MessageId::CancelNoticeOpenTier, MessageArg::date(*Date::parseIso("2027-03-01")),
                         MessageArg::integer(101), MessageArg::date(*Date::parseIso("2027-06-10")),
                         MessageArg::integer(181));
    EXPECT_EQ(messageText(fb), QStringLiteral("F&B shortfall 5,500.00 x 35% = 1,925.00"));

    use(QStringLiteral("es"), kSpain);
    // Spanish groups only from five digits (CLDR): 5500,00 but 18.680,00.
    EXPECT_EQ(messageText(fb), QStringLiteral("Déficit de alimentos y bebidas 5500,00 x %1 = 1925,00")
                                   .arg(formatPercent(Percent::fromPartsPerMillion(350000), kSpain)));
    EXPECT_EQ(formatMoney(Money(1868000, usd), kSpain), QStringLiteral("18.680,00"));
    EXPECT_EQ(
        messageText(notice),
        QStringLiteral("Aviso recibido el %1, 101 días antes de la llegada el %2: se aplica el tramo de 181 "
                       "días o más")
            .arg(formatDate(*Date::parseIso("2027-03-01"), kSpain),
                 formatDate(*Date::parseIso("2027-06-10"), kSpain)));

    use(QStringLiteral("it"), kItaly);
    EXPECT_EQ(messageText(fb), QStringLiteral("Carenza F&B 5.500,00 x %1 = 1.925,00")
                                   .arg(formatPercent(Percent::fromPartsPerMillion(350000), kItaly)));
    // Plurals take the language's forms.
    EXPECT_EQ(
        QCoreApplication::translate("attrition::ui::AssessmentModel", "%1: %n room night(s)", nullptr, 1)
            .arg(QStringLiteral("X")),
        QStringLiteral("X: 1 notte camera"));
    EXPECT_EQ(
        QCoreApplication::translate("attrition::ui::AssessmentModel", "%1: %n room night(s)", nullptr, 4)
            .arg(QStringLiteral("X")),
        QStringLiteral("X: 4 notti camera"));
}

TEST(LocaleParsing, AmountsAreReadAsEachLocaleWritesThem) {
    const Currency eur = *Currency::fromCode("EUR");
    for (const QLocale& locale : {kSpain, kItaly}) {
        const Parsed p = parseMoney(QStringLiteral("1.234,56"), eur, locale);
        ASSERT_TRUE(p.ok()) << locale.name().toStdString() << " " << p.error.toStdString();
        EXPECT_EQ(integerOr(p.value), 123456) << locale.name().toStdString();
        // And what the locale writes is read back.
        const Parsed back = parseMoney(formatMoney(Money(12345678, eur), locale), eur, locale);
        ASSERT_TRUE(back.ok()) << back.error.toStdString();
        EXPECT_EQ(integerOr(back.value), 12345678);
    }
    const Parsed us = parseMoney(QStringLiteral("1,234.56"), *Currency::fromCode("USD"), kUs);
    ASSERT_TRUE(us.ok()) << us.error.toStdString();
    EXPECT_EQ(integerOr(us.value), 123456);
}

namespace {

/// The path of each field's typed descriptor, by the descriptor's name: "AttritionTaxRate" for
/// field::AttritionTaxRate, whose path is "attrition.taxRate".
std::map<std::string, std::string_view> descriptorPaths() {
    std::map<std::string, std::string_view> paths;
#define ATTRITION_DESCRIPTOR_PATH(name, member, kind, section, label, fullLabel)                             \
    paths.emplace(#name, field::name::path);
    ATTRITION_CONTRACT_FIELDS(ATTRITION_DESCRIPTOR_PATH)
#undef ATTRITION_DESCRIPTOR_PATH
    return paths;
}

/// The catalogued fields whose paths validation names: each field the validator's code (its comments left
/// out) names by its descriptor (field::AttritionTaxRate) or by a string literal of its path (a field, a
/// list or a list's entries), and each program default (warned about at its path while unconfirmed).
std::set<std::string> pathsValidationNames() {
    std::set<std::string> paths;
    QFile source(QStringLiteral(ATTRITION_VALIDATION_SOURCE));
    EXPECT_TRUE(source.open(QIODevice::ReadOnly)) << ATTRITION_VALIDATION_SOURCE;
    static const QRegularExpression comment(QStringLiteral("//[^\n]*"));
    static const QRegularExpression literal(QStringLiteral("\"([A-Za-z.]+)\""));
    static const QRegularExpression descriptor(QStringLiteral("\\bfield::([A-Za-z]+)\\b"));
    const QString code = QString::fromUtf8(source.readAll()).remove(comment);
    for (auto it = literal.globalMatch(code); it.hasNext();) {
        const std::string path = it.next().captured(1).toStdString();
        if (findContractField(path) != nullptr) {
            paths.insert(path);
        }
    }
    const std::map<std::string, std::string_view> byDescriptor = descriptorPaths();
    for (auto it = descriptor.globalMatch(code); it.hasNext();) {
        const std::string name = it.next().captured(1).toStdString();
        const auto path = byDescriptor.find(name);
        if (path == byDescriptor.end()) {
            ADD_FAILURE() << "field::" << name << " is not a field of the catalogue";
            continue;
        }
        paths.emplace(path->second);
    }
    for (std::string_view path : programDefaultPaths()) {
        paths.emplace(path);
    }
    return paths;
}

QString qstring(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

// A validation message names its field by the catalogue's full label, translated in the context
// "MessageText" (which marks each for lupdate). A field still named by its path would be listed here: none
// is.
TEST_F(InLanguage, EveryFieldAValidationMessageNamesHasItsLabelTranslated) {
    const std::set<std::string> namedByPath{};
    const std::set<std::string> named = pathsValidationNames();
    ASSERT_GT(named.size(), 40U);
    ASSERT_EQ(named.count("attrition.taxRate"), 1U);
    ASSERT_EQ(named.count("cancellation.tiers"), 1U);
    std::set<std::string> unlabelled;
    for (const std::string& path : named) {
        if (findContractField(path)->fullLabel.empty()) {
            unlabelled.insert(path);
        }
    }
    EXPECT_EQ(unlabelled, namedByPath);

    std::vector<const ContractField*> labelled;
    for (const ContractField& f : contractFields()) {
        if (!f.fullLabel.empty()) {
            labelled.push_back(&f);
        }
    }
    ASSERT_GT(labelled.size(), 30U);
    const Contract contract = demo::shoulderNights();
    for (const char* language : {"en", "es", "it"}) {
        QTranslator translator;
        const bool english = QLatin1String(language) == QLatin1String("en");
        ASSERT_TRUE(english ||
                    translator.load(QStringLiteral(":/i18n/attrition_%1.qm").arg(QLatin1String(language))));
        use(QLatin1String(language), english ? kUs : language == std::string_view("es") ? kSpain : kItaly);
        for (const ContractField* f : labelled) {
            const QString label =
                english ? qstring(f->fullLabel) : translator.translate("MessageText", f->fullLabel.data());
            EXPECT_FALSE(label.isEmpty()) << language << ": " << f->fullLabel;
            const QString path = qstring(f->path);
            EXPECT_EQ(fieldLabel(path, &contract), label) << language << ": " << f->path;
            if (f->kind == FieldKind::List) {
                EXPECT_TRUE(fieldLabel(path + QStringLiteral("[0]")).startsWith(label + QStringLiteral(", ")))
                    << language << ": " << f->path;
            }
        }
        for (const std::string& path : namedByPath) {
            EXPECT_EQ(fieldLabel(qstring(path), &contract), qstring(path)) << language;
        }
    }
}

// A report names a field by the catalogue's label where its word is the editor's (catalogueLabel()),
// translated in the reports' context, which marks each such label for lupdate.
TEST_F(InLanguage, TheReportsNameFieldsByTheCatalogueLabelsTranslated) {
    const Contract c = demo::cancelledGroup();
    const ReportOptions options{QDate(2027, 4, 2)};
    // The facts of the statement's header named by a catalogued field's label, and two more the reports name.
    std::vector<std::pair<std::size_t, std::string_view>> facts;
    const auto english = contractFacts(c, options);
    for (std::size_t i = 0; i < english.size(); ++i) {
        for (const ContractField& f : contractFields()) {
            if (english[i].first == qstring(f.label)) {
                facts.emplace_back(i, f.label);
            }
        }
    }
    ASSERT_EQ(facts.size(), 8U);
    const std::pair<std::string_view, const char*> more[] = {{"reference", "Reference"},
                                                             {"deposits", "Deposits"}};
    for (const auto& [path, label] : more) {
        EXPECT_EQ(catalogueLabel(path), QLatin1String(label));
    }
    EXPECT_THROW(catalogueLabel("deposit"), std::logic_error);

    for (const char* language : {"es", "it"}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/attrition_%1.qm").arg(QLatin1String(language))));
        use(QLatin1String(language), language == std::string_view("es") ? kSpain : kItaly);
        const auto translated = contractFacts(c, options);
        ASSERT_EQ(translated.size(), english.size());
        for (const auto& [i, label] : facts) {
            const QString translation = translator.translate("Report", label.data());
            EXPECT_FALSE(translation.isEmpty()) << language << ": " << label;
            EXPECT_EQ(translated[i].first, translation) << language << ": " << label;
        }
        for (const auto& [path, label] : more) {
            const QString translation = translator.translate("Report", label);
            EXPECT_FALSE(translation.isEmpty()) << language << ": " << label;
            EXPECT_EQ(catalogueLabel(path), translation) << language << ": " << label;
        }
    }
}

TEST_F(InLanguage, TheContractReportIsWrittenInSpanishAndInItalian) {
    struct Case {
        const char* code;
        QLocale locale;
        QStringList headings;
    };
    const Case cases[] = {
        {"es",
         kSpain,
         {QStringLiteral("Liquidación por deserción y cancelación"),
          QStringLiteral("Condiciones del contrato"),
          QStringLiteral("Evaluación según la cláusula de cancelación"), QStringLiteral("Neto a pagar"),
          QStringLiteral("Página 1 de"),
          QStringLiteral("Cargo por cancelación según la fecha de recepción del aviso")}},
        {"it",
         kItaly,
         {QStringLiteral("Rendiconto di attrito e cancellazione"), QStringLiteral("Condizioni del contratto"),
          QStringLiteral("Valutazione secondo la clausola di cancellazione"), QStringLiteral("Netto dovuto"),
          QStringLiteral("Pagina 1 di"),
          QStringLiteral("Penale di cancellazione secondo la data di ricezione")}},
    };
    const Contract c = demo::cancelledGroup();
    const Assessment a = assess(c);
    for (const Case& k : cases) {
        use(QLatin1String(k.code), k.locale);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        ASSERT_TRUE(contractReport(c, ReportOptions{QDate(2027, 4, 2)})->writePdf(pdf, ReportPageSetup{}));
        const QString text = pdfText(pdf);
        for (const QString& heading : k.headings) {
            EXPECT_TRUE(text.contains(heading)) << k.code << ": " << heading.toStdString();
        }
        // 18.680,00: the locale's separators.
        EXPECT_TRUE(text.contains(squeeze(formatMoney(a.netDue, k.locale)))) << k.code;
        EXPECT_TRUE(formatMoney(a.netDue, k.locale).contains(QStringLiteral("680,00")));
        for (const AssessmentLine& line : a.lines) {
            const QString explanation = squeeze(messageText(line.explanation, k.locale));
            EXPECT_TRUE(text.contains(explanation)) << k.code << ": " << explanation.toStdString();
        }
        EXPECT_FALSE(text.contains(QStringLiteral("Net due"))) << k.code;
    }
}

TEST_F(InLanguage, TheWindowIsWrittenAgainWhenTheLanguageChanges) {
    MainWindow window;
    const auto menus = [&window] {
        QStringList titles;
        for (QAction* a : window.menuBar()->actions()) {
            titles << a->text();
        }
        return titles;
    };
    ASSERT_EQ(menus().value(0), QStringLiteral("&File"));
    use(QStringLiteral("es"), kSpain);
    EXPECT_EQ(menus(),
              QStringList({QStringLiteral("&Archivo"), QStringLiteral("&Editar"), QStringLiteral("&Ver"),
                           QStringLiteral("&Contrato"), QStringLiteral("A&yuda")}));
    EXPECT_EQ(window.chartsPanel()->tabText(0), QStringLiteral("Penalización"));
    EXPECT_EQ(window.undoAction()->iconText(), QStringLiteral("Deshacer"));
    use(QStringLiteral("it"), kItaly);
    EXPECT_EQ(menus().value(0), QStringLiteral("&File"));
    EXPECT_EQ(menus().value(2), QStringLiteral("&Visualizza"));
    EXPECT_EQ(window.chartsPanel()->tabText(0), QStringLiteral("Penale"));
    installLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(menus().value(1), QStringLiteral("&Edit"));
    EXPECT_EQ(window.chartsPanel()->tabText(0), QStringLiteral("Damages"));
}
