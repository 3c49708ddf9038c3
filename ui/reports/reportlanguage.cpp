#include "reports/reportlanguage.h"

#include "text/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace attrition::ui {

namespace {

const QString kSettingKey = QStringLiteral("reports/language");

/// Stops every QEvent::LanguageChange on its way, so that no widget takes up the report's language.
class QuietLanguageChanges : public QObject {
public:
    bool eventFilter(QObject*, QEvent* event) override { return event->type() == QEvent::LanguageChange; }
};

} // namespace

QString reportLanguageSetting() {
    const QString code = QSettings().value(kSettingKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void setReportLanguageSetting(const QString& code) {
    QSettings settings;
    if (availableLanguages().contains(code)) {
        settings.setValue(kSettingKey, code);
    } else {
        settings.remove(kSettingKey);
    }
}

ReportLanguage::ReportLanguage(const QString& language)
    : ReportLanguage(language, availableLanguages().contains(language) && language != installedLanguage()
                                   ? localeForLanguage(language)
                                   : QLocale()) {}

ReportLanguage::ReportLanguage(const QString& language, const QLocale& locale)
    : language_(availableLanguages().contains(language) ? language : installedLanguage())
    , previousLanguage_(installedLanguage())
    , previousLocale_(QLocale()) {
    QLocale::setDefault(locale);
    if (language_ == previousLanguage_ || QCoreApplication::instance() == nullptr) {
        return;
    }
    quiet_ = std::make_unique<QuietLanguageChanges>();
    QCoreApplication::instance()->installEventFilter(quiet_.get());
    installLanguage(language_);
}

ReportLanguage::~ReportLanguage() {
    if (quiet_ != nullptr) {
        installLanguage(previousLanguage_);
        QCoreApplication::instance()->removeEventFilter(quiet_.get());
        // What the installations posted to the windows before the filter saw it.
        QCoreApplication::removePostedEvents(nullptr, QEvent::LanguageChange);
    }
    QLocale::setDefault(previousLocale_);
}

} // namespace attrition::ui
