#include "render/auto_reframe.h"

#include "effect/effect.h"
#include "effect/subject_tracker.h"

#include <boost/filesystem/path.hpp>

namespace reelcut {

std::vector<std::string> applyAutoReframe(Project& project, const std::string& analysisDir) {
    std::vector<std::string> warnings;
    const auto tracker = EffectRegistry::instance().subjectTracker();
    for (Track& track : project.tracks) {
        for (Clip& c : track.clips) {
            if (!c.reframe || !c.focusKeys.empty() || c.kind != ClipKind::Media) {
                continue;
            }
            const std::string name = boost::filesystem::path(c.media).filename().string();
            if (!tracker) {
                warnings.push_back(name + ": auto reframe is not available in this build; "
                                          "the picture is cropped around its focus point");
                continue;
            }
            // The source a clip can show, transitions included, is at most a little more
            // than [in, out); the tracker holds its first and last keys beyond that.
            // Reversed or ramped clips show the same range; a freeze frame shows one time.
            c.focusKeys = c.freezeAt ? tracker->track(c.media, *c.freezeAt,
                                                      *c.freezeAt + Rational(1, 5), analysisDir)
                                     : tracker->track(c.media, c.in, c.out, analysisDir);
            if (c.focusKeys.empty()) {
                warnings.push_back(name + ": no face found to follow; the picture is cropped "
                                          "around its focus point");
            }
        }
    }
    return warnings;
}

} // namespace reelcut
