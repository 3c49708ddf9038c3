// Results never depend on the machine's locale.
#include <QLocale>

namespace {

const bool kCLocale = [] {
    QLocale::setDefault(QLocale::c());
    return true;
}();

} // namespace
