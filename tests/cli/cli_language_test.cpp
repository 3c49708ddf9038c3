// attrition-cli speaks the language of the system's locale: Spanish and Italian messages, --help and text
// reports, in the locale's notation; what it writes for programs does not change with the locale.
#include "cli_test_support.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

/// The translations of a shipped .ts file, by context and English source.
QHash<QString, QString> translationsOf(const QString& code) {
    QFile file(QStringLiteral(ATTRITION_TRANSLATIONS_DIR "/attrition_%1.ts").arg(code));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QHash<QString, QString> out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // A plural's translation holds one <numerusform> per form.
            out.insert(context + QLatin1Char('|') + source,
                       xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    return out;
}

struct Language {
    const char* code;
    const char* locale;
    const char* netDue; ///< 18,680.00 in the locale's notation
};

void PrintTo(const Language& language, std::ostream* os) {
    *os << language.locale;
}

const Language kLanguages[] = {{"es", "es_ES.UTF-8", "18.680,00"}, {"it", "it_IT.UTF-8", "18.680,00"}};

QProcessEnvironment speaking(const char* locale) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QLatin1String(locale));
    env.insert(QStringLiteral("LANG"), QLatin1String(locale));
    return env;
}

class CliLanguage : public ::testing::TestWithParam<Language> {
protected:
    /// The shipped translation of an English text; fails the test when there is none.
    QString tr(const char* context, const char* source) {
        static QHash<QString, QHash<QString, QString>> files;
        const QString code = QLatin1String(GetParam().code);
        if (!files.contains(code)) {
            files.insert(code, translationsOf(code));
        }
        const QString key = QLatin1String(context) + QLatin1Char('|') + QString::fromUtf8(source);
        const QString t = files[code].value(key);
        EXPECT_FALSE(t.isEmpty()) << code.toStdString() << ": no translation of " << key.toStdString();
        EXPECT_NE(t, QString::fromUtf8(source)) << code.toStdString() << ": " << key.toStdString();
        return t;
    }
    QProcessEnvironment env() const { return speaking(GetParam().locale); }
};

} // namespace

TEST_P(CliLanguage, TheAssessmentIsWrittenInTheLanguageWithTheLocalesNotation) {
    const CliRun r = cli({QStringLiteral("assess"), sample("example-e-cancellation.json")}, env());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char* heading : {"Net due", "Total owed", "Cancellation", "Deposits applied"}) {
        EXPECT_TRUE(r.out.contains(tr("TextReport", heading))) << heading << "\n" << r.out.toStdString();
    }
    EXPECT_TRUE(r.out.contains(tr("TextReport", "under the cancellation clause"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String(GetParam().netDue))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Net due"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("18,680.00"))) << r.out.toStdString();
}

TEST_P(CliLanguage, SweepsHaveTranslatedHeadings) {
    const CliRun r =
        cli({QStringLiteral("sweep"), QStringLiteral("pickup"), sample("example-e-cancellation.json"),
             QStringLiteral("--to"), QStringLiteral("10")},
            env());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(tr("TextReport", "room damages"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.startsWith(tr("TextReport", "Damages by pickup for %1, amounts in %2")
                                     .arg(QStringLiteral("EX-E-2027"), QStringLiteral("USD"))))
        << r.out.toStdString();
}

TEST_P(CliLanguage, UsageProblemsAndHelpAreTranslated) {
    const CliRun usage = cli({QStringLiteral("assess")}, env());
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(tr("Cli", "assess takes one contract file, or --db REFERENCE")))
        << usage.err.toStdString();
    EXPECT_TRUE(usage.err.contains(tr("Cli", "Usage:"))) << usage.err.toStdString();
    EXPECT_TRUE(usage.err.contains(QStringLiteral("attrition-cli assess FILE.json|--db REF")))
        << "the commands and options themselves are not translated";

    const CliRun help = cli({QStringLiteral("--help")}, env());
    EXPECT_EQ(help.exitCode, 0);
    const QString flat =
        QString(help.out).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(flat.contains(tr("Cli", "prints what is owed as one figure varies:")))
        << help.out.toStdString();
    EXPECT_TRUE(flat.contains(tr("Cli", "Options may also be written --name=value.")))
        << help.out.toStdString();
}

TEST_P(CliLanguage, ProblemsWithAContractAreTranslated) {
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"attrition-desk/contract\", \"version\": 1,");
    bad.close();
    const CliRun r = cli({QStringLiteral("validate"), bad.fileName()}, env());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(bad.fileName() + QStringLiteral(": "))) << r.err.toStdString();
    // The English, to compare: the same place, another language.
    const CliRun english = cli({QStringLiteral("validate"), bad.fileName()}, speaking("C"));
    EXPECT_NE(r.err, english.err);
}

TEST_P(CliLanguage, WhatProgramsReadIsTheSameUnderEveryLocale) {
    for (const QStringList& args :
         {QStringList{QStringLiteral("assess"), sample("example-e-cancellation.json"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("assess"), sample("example-e-cancellation.json"),
                      QStringLiteral("--csv")},
          QStringList{QStringLiteral("sweep"), QStringLiteral("fb"), sample("example-c-food-beverage.json"),
                      QStringLiteral("--json")}}) {
        EXPECT_EQ(cli(args, env()).out, cli(args, speaking("C")).out)
            << args.join(QLatin1Char(' ')).toStdString();
    }
}

std::string nameOf(const ::testing::TestParamInfo<Language>& language) {
    return language.param.code;
}

INSTANTIATE_TEST_SUITE_P(SpanishAndItalian, CliLanguage, ::testing::ValuesIn(kLanguages), nameOf);
