#include "model/template_spec.h"

#include <array>
#include <cctype>
#include <utility>

namespace reelcut {

namespace {

constexpr std::array<std::pair<FieldType, const char*>, 6> kTypeNames{{
    {FieldType::Text, "text"},
    {FieldType::Media, "media"},
    {FieldType::Color, "color"},
    {FieldType::Number, "number"},
    {FieldType::Font, "font"},
    {FieldType::Choice, "choice"},
}};

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
           (static_cast<unsigned char>(c) >= 0x80); // UTF-8: column names in any language
}

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

} // namespace

const char* fieldTypeName(FieldType type) {
    for (const auto& [t, name] : kTypeNames) {
        if (t == type) {
            return name;
        }
    }
    return "text";
}

bool fieldTypeFromName(const std::string& name, FieldType& out) {
    for (const auto& [t, n] : kTypeNames) {
        if (name == n) {
            out = t;
            return true;
        }
    }
    return false;
}

const FieldSpec* TemplateSpec::field(const std::string& name) const {
    for (const FieldSpec& f : fields) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

const FieldBinding* TemplateSpec::binding(FieldBinding::Target target, ObjectId id,
                                          const std::string& key) const {
    for (const FieldBinding& b : bindings) {
        if (b.target == target && b.id == id && b.key == key) {
            return &b;
        }
    }
    return nullptr;
}

std::vector<const FieldBinding*> TemplateSpec::bindingsOf(FieldBinding::Target target,
                                                          ObjectId id) const {
    std::vector<const FieldBinding*> out;
    for (const FieldBinding& b : bindings) {
        if (b.target == target && b.id == id) {
            out.push_back(&b);
        }
    }
    return out;
}

std::vector<FieldToken> fieldTokens(const std::string& text) {
    std::vector<FieldToken> out;
    std::size_t pos = 0;
    while ((pos = text.find("{{", pos)) != std::string::npos) {
        std::size_t i = pos + 2;
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        const std::size_t nameBegin = i;
        while (i < text.size() && isNameChar(text[i])) {
            ++i;
        }
        const std::size_t nameEnd = i;
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (nameEnd > nameBegin && text.compare(i, 2, "}}") == 0) {
            out.push_back({pos, i + 2, text.substr(nameBegin, nameEnd - nameBegin)});
            pos = i + 2;
        } else {
            pos += 2;
        }
    }
    return out;
}

bool isSingleToken(const std::string& text, std::string* name) {
    const std::vector<FieldToken> tokens = fieldTokens(text);
    if (tokens.size() != 1) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((i < tokens[0].begin || i >= tokens[0].end) && !isSpace(text[i])) {
            return false;
        }
    }
    if (name != nullptr) {
        *name = tokens[0].name;
    }
    return true;
}

bool isValidFieldName(const std::string& name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) {
        return false;
    }
    for (char c : name) {
        if (c == '.' || !isNameChar(c)) {
            return false;
        }
    }
    return name != kRowToken && name != kRatioToken && name != kPresetToken && name != "brand";
}

} // namespace reelcut
