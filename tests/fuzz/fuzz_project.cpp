// The project loader: any bytes end in a Project within the limits or a ProjectError;
// a loaded project saves and loads back to itself.

#include "fuzz_support.h"
#include "model/project_json.h"
#include "model/project_limits.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut;
    const boost::filesystem::path base("/project");
    Project p;
    try {
        p = projectFromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), base);
    } catch (const ProjectError&) {
        return 0;
    }
    std::size_t clips = 0;
    for (const Track& t : p.tracks) {
        clips += t.clips.size();
        for (const Clip& c : t.clips) {
            if (c.text.size() > std::size_t(limits::kMaxTextCharacters) * 4) {
                std::abort(); // a limit the loader should have enforced
            }
            (void)c.end(); // times were checked to combine
        }
    }
    if (p.tracks.size() > std::size_t(limits::kMaxTracks) ||
        clips > std::size_t(limits::kMaxClips)) {
        std::abort();
    }
    (void)p.duration();
    const Project again = projectFromJson(projectToJson(p, base), base);
    if (!(again == p)) {
        std::abort(); // what we write must read back the same
    }
    return 0;
}
