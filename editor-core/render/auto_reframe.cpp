#include "render/auto_reframe.h"

#include "effect/effect.h"
#include "effect/subject_tracker.h"

#include <boost/filesystem/path.hpp>

namespace reelcut {

std::vector<Message> applyAutoReframe(Project& project, const std::string& analysisDir) {
    std::vector<Message> warnings;
    const auto tracker = EffectRegistry::instance().subjectTracker();
    for (Track& track : project.tracks) {
        for (Clip& c : track.clips) {
            if (!c.reframe || !c.focusKeys.empty() || c.kind != ClipKind::Media) {
                continue;
            }
            const std::string name = boost::filesystem::path(c.media).filename().string();
            if (!tracker) {
                warnings.push_back(Message(QT_TRANSLATE_NOOP3("Engine",
                                                              "%1: auto reframe is not available "
                                                              "in this build; the picture is "
                                                              "cropped around its focus point",
                                                              "reframe.unavailable"))
                                       .arg(name));
                continue;
            }
            // The source a clip can show, transitions included, is at most a little more
            // than [in, out); the tracker holds its first and last keys beyond that.
            // Reversed or ramped clips show the same range; a freeze frame shows one time.
            c.focusKeys = c.freezeAt ? tracker->track(c.media, *c.freezeAt,
                                                      *c.freezeAt + Rational(1, 5), analysisDir)
                                     : tracker->track(c.media, c.in, c.out, analysisDir);
            if (c.focusKeys.empty()) {
                warnings.push_back(Message(QT_TRANSLATE_NOOP3("Engine",
                                                              "%1: no face found to follow; the "
                                                              "picture is cropped around its "
                                                              "focus point",
                                                              "reframe.no-face"))
                                       .arg(name));
            }
        }
    }
    return warnings;
}

} // namespace reelcut
