#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>

namespace attrition::ui {

/// The language reports are made in, as chosen in the settings: empty for the program's own, else "en",
/// "es" or "it" (a report for a client abroad).
QString reportLanguageSetting();
void setReportLanguageSetting(const QString& code);

/// While it lives, reports are built in `language` ("en", "es", "it"; empty: the program's own): tr() gives
/// that language's texts and QLocale() is `locale`. The widgets are not told (no QEvent::LanguageChange
/// reaches them), so the program keeps its language; its own language and locale come back at the end.
class ReportLanguage {
public:
    explicit ReportLanguage(const QString& language);
    ReportLanguage(const QString& language, const QLocale& locale);
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;
    ~ReportLanguage();

    /// The language the report is made in.
    QString language() const { return language_; }

private:
    QString language_;
    QString previousLanguage_;
    QLocale previousLocale_;
    std::unique_ptr<QObject> quiet_; ///< swallows the language changes, while the language is another
};

} // namespace attrition::ui
