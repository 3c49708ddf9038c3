#include "text/language.h"

#include "text/messagetext.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace attrition::ui {

namespace {

const QString kSettingKey = QStringLiteral("language");

struct Installed {
    QPointer<QTranslator> application;
    QPointer<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed& installed() {
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator>& translator) {
    if (translator != nullptr) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = nullptr;
}

/// Runs a function when the object it watches gets a QEvent::LanguageChange.
class LanguageWatcher : public QObject {
public:
    LanguageWatcher(QObject* owner, std::function<void()> apply)
        : QObject(owner)
        , apply_(std::move(apply)) {
        owner->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LanguageChange) {
            apply_();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> apply_;
};

} // namespace

void retranslateWith(QObject* owner, std::function<void()> apply) {
    apply();
    new LanguageWatcher(owner, std::move(apply));
}

void refreshOnLanguageChange(QAbstractItemModel* model) {
    new LanguageWatcher(model, [model] {
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        // Nothing for a model without rows: its headers are painted again anyway, and a Qt Charts bar
        // mapper over it would look up the bar set of a column it has none for (QBarModelMapper's
        // modelHeaderDataUpdated() does not check, Qt 6.4) and crash.
        if (rows > 0 && columns > 0) {
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
            emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
            emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
        }
    });
}

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("it")};
}

QString languageName(const QString& code) {
    if (code == QLatin1String("es")) {
        return QStringLiteral("Español");
    }
    if (code == QLatin1String("it")) {
        return QStringLiteral("Italiano");
    }
    return QStringLiteral("English");
}

QString languageSetting() {
    const QString code = QSettings().value(kSettingKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void setLanguageSetting(const QString& code) {
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kSettingKey);
    } else {
        settings.setValue(kSettingKey, code);
    }
}

QString languageOfLocale(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Italian:
        return QStringLiteral("it");
    default:
        return QStringLiteral("en");
    }
}

QString effectiveLanguage(const QString& setting) {
    if (availableLanguages().contains(setting)) {
        return setting;
    }
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QLocale localeForLanguage(const QString& code) {
    const QLocale system = QLocale::system();
    if (languageOfLocale(system) == code) {
        return system;
    }
    if (code == QLatin1String("es")) {
        return QLocale(QLocale::Spanish, QLocale::Spain);
    }
    if (code == QLatin1String("it")) {
        return QLocale(QLocale::Italian, QLocale::Italy);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool applyLanguage(const QString& code) {
    if (QLocale::system().language() == QLocale::C) {
        // Before the language change, so that the windows write their values again in the new notation.
        QLocale::setDefault(localeForLanguage(code));
    }
    return installLanguage(code);
}

bool installLanguage(const QString& code) {
    Installed& state = installed();
    remove(state.application);
    remove(state.qt);
    state.code = QStringLiteral("en");
    if (code == QLatin1String("en") || !availableLanguages().contains(code)) {
        // Nothing installed: a LanguageChange all the same, so that the widgets go back to English.
        if (QCoreApplication::instance() != nullptr) {
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        }
        return code == QLatin1String("en");
    }
    // English plurals first, if they are not there yet: a translator installed later is searched first, and
    // they would answer every "%n night(s)" before the language could.
    installEnglishPlurals();
    auto* application = new QTranslator(QCoreApplication::instance());
    if (!application->load(QStringLiteral(":/i18n/attrition_%1.qm").arg(code))) {
        delete application;
        return false;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    // Last, so that it is searched first.
    QCoreApplication::installTranslator(application);
    state.application = application;
    state.code = code;
    return true;
}

QString installedLanguage() {
    return installed().code;
}

} // namespace attrition::ui
