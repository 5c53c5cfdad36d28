#include "time/time_text.h"

#include <string>
#include <vector>

namespace reelcut {

std::optional<Time> parseTimeText(std::string_view text, const FrameRate& rate) {
    if (text.empty()) {
        return std::nullopt;
    }
    if (text.back() == 'f') {
        const auto frames = Rational::parse(text.substr(0, text.size() - 1));
        if (!frames || frames->den() != 1) {
            return std::nullopt;
        }
        return *frames / rate;
    }
    if (text.find(':') == std::string_view::npos) {
        return Rational::parse(text);
    }
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    while (true) {
        const std::size_t colon = text.find(':', pos);
        parts.push_back(text.substr(pos, colon == std::string_view::npos ? colon : colon - pos));
        if (colon == std::string_view::npos) {
            break;
        }
        pos = colon + 1;
    }
    if (parts.size() > 3) {
        return std::nullopt;
    }
    Time total(0);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto v = Rational::parse(parts[i]);
        const bool last = i + 1 == parts.size();
        if (!v || v->isNegative() || (!last && v->den() != 1)) {
            return std::nullopt;
        }
        total = total * Rational(60) + *v;
    }
    return total;
}

} // namespace reelcut
