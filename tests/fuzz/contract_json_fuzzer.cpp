// libFuzzer harness for the JSON contract reader: any bytes either read into contracts or give errors, never
// both and never a crash; what reads writes back to the same contracts; what validates assesses.
#include "attrition/io/contract_json.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

using namespace attrition;

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const io::ReadResult r = io::readContracts(bytes);
    if (r.ok() == r.contracts.empty() && !(r.ok() && r.contracts.empty())) {
        fail("a read gave contracts and errors together");
    }
    for (const io::ReadError& e : r.errors) {
        if (e.message.isEmpty()) {
            fail("an error without a message");
        }
    }
    for (const Contract& c : r.contracts) {
        const io::ReadResult again = io::readContracts(io::writeContract(c));
        if (!again.ok() || again.contracts.size() != 1 ||
            io::contractToJson(again.contracts.front()) != io::contractToJson(c)) {
            fail("a contract did not survive writing and reading back");
        }
        if (validate(c).empty()) {
            try {
                (void)assess(c);
            } catch (const std::exception&) {
                fail("a valid contract was not assessed");
            }
        }
    }
    return 0;
}
