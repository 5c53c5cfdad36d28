#include "render/at_rest.h"

#include <algorithm>

namespace reelcut {

Clip clipAtRest(const Clip& clip) {
    Clip c = clip;
    c.animationIn = {};
    c.animationOut = {};
    return c;
}

Project withClipsAtRest(Project project, const std::vector<ObjectId>& clips) {
    for (Track& t : project.tracks) {
        for (Clip& c : t.clips) {
            if (std::find(clips.begin(), clips.end(), c.id) != clips.end()) {
                c = clipAtRest(c);
            }
        }
    }
    return project;
}

} // namespace reelcut
