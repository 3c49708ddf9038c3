#pragma once

// Internal: the messages of core/storage in the user's language. Every text handed to the user is a
// whole-sentence template of the translation context "StorageText" (Qt Linguist; ui/CMakeLists.txt has
// lupdate read these sources), with %1, %2 filled by QString::arg, so that a translation can order the words
// as its language needs. Texts are translated only when a message is actually made, never on the way of an
// operation that succeeds. What the database driver says stays as the driver says it; what is stored in the
// database (the audit trail) stays English.

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace attrition::storage {

/// The translation context of the storage messages: StorageText::tr("..."), or
/// QT_TRANSLATE_NOOP("StorageText", "...") for a text translated later.
struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};

namespace detail {

inline QString qstr(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// What an operation was doing, the start of its error messages ("Could not save contract "%1""): a template
/// marked with QT_TRANSLATE_NOOP("StorageText", ...) (QT_TRANSLATE_N_NOOP for one with %n) and its
/// arguments, kept untranslated until a message needs it.
class Doing {
public:
    /// A text without arguments; implicit, so that a marked constant can be passed as it is.
    Doing(const char* source) noexcept // NOLINT(google-explicit-constructor)
        : source_(source) {}
    Doing(const char* source, std::string arg)
        : source_(source)
        , arg1_(std::move(arg))
        , args_(1) {}
    Doing(const char* source, std::string arg1, std::string arg2)
        : source_(source)
        , arg1_(std::move(arg1))
        , arg2_(std::move(arg2))
        , args_(2) {}

    /// A text whose %n is a count (QT_TRANSLATE_N_NOOP), so that a translation can have plural forms.
    static Doing counting(const char* source, std::int64_t count) {
        Doing d(source);
        d.count_ = count;
        return d;
    }

    /// The text in the user's language, its arguments filled in.
    QString text() const;

private:
    const char* source_;
    std::string arg1_;
    std::string arg2_;
    int args_ = 0;
    std::int64_t count_ = -1;
};

/// "<doing> in <location>: <explanation>." -- the message of a problem with a database.
std::string failureMessage(const Doing& doing, std::string_view location, const QString& explanation);

/// "<doing>: <reason>." -- the message of a request refused before the database was asked.
std::string refusalMessage(const Doing& doing, const QString& reason);

} // namespace detail

} // namespace attrition::storage
