#include "attrition/engine/message.h"

#include <array>
#include <mutex>
#include <set>

namespace attrition {

namespace {

constexpr std::array kTemplates{
#define ATTRITION_MESSAGE(id, english) std::string_view(english),
#include "attrition/engine/messages.def"
#undef ATTRITION_MESSAGE
};

constexpr std::array kKeys{
#define ATTRITION_MESSAGE(id, english) std::string_view(#id),
#include "attrition/engine/messages.def"
#undef ATTRITION_MESSAGE
};

} // namespace

std::string_view englishTemplate(MessageId id) noexcept {
    const auto index = static_cast<std::size_t>(id);
    return index < kTemplates.size() ? kTemplates[index] : std::string_view{};
}

std::string_view messageKey(MessageId id) noexcept {
    const auto index = static_cast<std::size_t>(id);
    return index < kKeys.size() ? kKeys[index] : std::string_view{};
}

MessageArg MessageArg::interned(std::string_view t) {
    static std::mutex lock;
    static std::set<std::string, std::less<>> texts; // a node never moves: its c_str() stays valid
    const std::lock_guard<std::mutex> guard(lock);
    auto found = texts.find(t);
    if (found == texts.end()) {
        found = texts.emplace(t).first;
    }
    return staticText(found->c_str());
}

std::string formatArgEnglish(const MessageArg& arg) {
    switch (arg.kind) {
    case MessageArg::Kind::Integer:
        return std::to_string(arg.value);
    case MessageArg::Kind::Quantity:
        return arg.asQuantity().toString();
    case MessageArg::Kind::Money:
        return arg.asMoney().toDisplayString();
    case MessageArg::Kind::Percent:
        return arg.asPercent().toString();
    case MessageArg::Kind::Date:
        return arg.asDate().toIso();
    case MessageArg::Kind::Text:
        return arg.text != nullptr ? std::string(arg.text) : std::string();
    }
    return {};
}

std::string renderEnglish(const Message& message) {
    const std::string_view tmpl = englishTemplate(message.id);
    std::string out;
    out.reserve(tmpl.size() + 32);
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        const char c = tmpl[i];
        if (c == '{' && i + 2 < tmpl.size() && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9' &&
            tmpl[i + 2] == '}') {
            const auto index = static_cast<std::size_t>(tmpl[i + 1] - '0');
            if (index < message.argCount) {
                out += formatArgEnglish(message.args[index]);
            }
            i += 2;
            continue;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace attrition
