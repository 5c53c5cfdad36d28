#include "model/template_edits.h"

#include "model/edits.h"

#include <algorithm>

namespace reelcut::edit {

std::string makeField(Project& p, ObjectId clipId, const std::string& name,
                      const std::string& accept) {
    const auto [track, clip] = p.findClip(clipId);
    if (clip == nullptr) {
        throw EditError("no such clip");
    }
    if (!isValidFieldName(name)) {
        throw EditError("\"" + name +
                        "\" cannot be a field name: use letters, digits, '_' and '-', "
                        "starting with a letter");
    }
    TemplateSpec& spec = p.templateSpec;
    if (spec.field(name) != nullptr) {
        throw EditError("the template already has a field \"" + name + "\"");
    }
    const bool text = clip->kind == ClipKind::Text;
    const std::string key = text ? "text" : "media";
    if (spec.binding(FieldBinding::Target::Clip, clipId, key) != nullptr) {
        throw EditError("this clip's " + key + " is already a field");
    }
    FieldSpec f;
    f.name = name;
    f.type = text ? FieldType::Text : FieldType::Media;
    f.defaultValue = text ? clip->text : clip->media;
    f.accept = text ? std::string() : accept;
    spec.fields.push_back(std::move(f));
    spec.bindings.push_back(
        FieldBinding{FieldBinding::Target::Clip, clipId, key, "{{" + name + "}}"});
    return key;
}

void removeFieldBinding(Project& p, ObjectId clip, const std::string& key) {
    auto& b = p.templateSpec.bindings;
    const auto it = std::find_if(b.begin(), b.end(), [&](const FieldBinding& x) {
        return x.target == FieldBinding::Target::Clip && x.id == clip && x.key == key;
    });
    if (it == b.end()) {
        throw EditError("this property is not a field");
    }
    b.erase(it);
}

} // namespace reelcut::edit
