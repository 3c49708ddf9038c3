#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <functional>

class QAbstractItemModel;
class QObject;

namespace attrition::ui {

/// The languages the application speaks, by code: "en" (the sources), "es", "it".
QStringList availableLanguages();

/// The language's own name, as the language menu lists it: "English", "Español", "Italiano".
QString languageName(const QString& code);

/// The language chosen in the settings: empty to follow the system.
QString languageSetting();
void setLanguageSetting(const QString& code);

/// The language a setting means: the chosen one, or for the system's the first of the system's UI languages
/// the application speaks, else English.
QString effectiveLanguage(const QString& setting = languageSetting());

/// Installs the application's translation for the language ("es", "it") and Qt's own (qtbase_es.qm from
/// Qt's translations folder: dialogs, print preview), replacing those installed before; "en" removes them.
/// Every widget then gets a QEvent::LanguageChange. Returns false when the application's translation is
/// missing (English is used then).
bool installLanguage(const QString& code);

/// The language for the program's windows: installLanguage(code), and the notation of dates and amounts with
/// it. The notation is the system's (language and region are the user's two choices), except when the
/// system's locale names no region (C, POSIX): then it is the language's main country's, so that a Spanish
/// window writes 1.234,56 rather than 1234.56.
bool applyLanguage(const QString& code);

/// The language installed last: "en" until installLanguage() is called.
QString installedLanguage();

/// The locale whose notation goes with a language when the user gives no other: the system's when it speaks
/// the language, else the language's main country (es_ES, it_IT, en_US).
QLocale localeForLanguage(const QString& code);

/// The language for a locale name such as "es_MX" or "it_IT": "es", "it", else "en".
QString languageOfLocale(const QLocale& locale);

/// Calls `apply` now, and again each time `owner` gets a QEvent::LanguageChange: installLanguage() sends one
/// to every window, and a widget hands it on to each of its children, widgets or not (an item model whose
/// parent is a widget gets it too). For the texts set once with tr() that no changeEvent() sets again:
/// `apply` sets them (calling tr() again), so that they follow a language chosen while the program runs. It
/// goes when `owner` does.
void retranslateWith(QObject* owner, std::function<void()> apply);

/// For a table model whose texts are made when they are asked for: on each QEvent::LanguageChange it gets
/// (as the child of a widget), tells its views that every header and cell changed, so that they show them
/// in the new language and the default locale's notation. Rows, selection and scrolling stay as they are. A
/// model without rows is left alone (its views paint their headers again on the language change anyway).
void refreshOnLanguageChange(QAbstractItemModel* model);

} // namespace attrition::ui
