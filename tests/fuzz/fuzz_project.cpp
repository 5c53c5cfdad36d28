// The project loader: any bytes end in a Project within the limits or a ProjectError;
// a loaded project saves and loads back to itself.

#include "fuzz_support.h"
#include "model/project_json.h"
#include "model/project_limits.h"

#include <cstdio>
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
    const QByteArray saved = projectToJson(p, base);
    const Project again = projectFromJson(saved, base);
    if (!(again == p)) {
        // What we write must read back the same.
        const QByteArray twice = projectToJson(again, base);
        std::fprintf(stderr, "round trip differs:\n%s\n---\n%s\n", saved.constData(),
                     twice.constData());
        std::fprintf(stderr, "canvas %d, nextId %d (%llu/%llu)\n",
                     int(p.width == again.width && p.height == again.height &&
                         p.frameRate == again.frameRate && p.background == again.background),
                     int(p.nextId == again.nextId), (unsigned long long)p.nextId,
                     (unsigned long long)again.nextId);
        for (std::size_t t = 0; t < p.tracks.size() && t < again.tracks.size(); ++t) {
            for (std::size_t c = 0; c < p.tracks[t].clips.size(); ++c) {
                const Clip& a = p.tracks[t].clips[c];
                const Clip& b = again.tracks[t].clips[c];
                if (!(a == b)) {
                    std::fprintf(stderr,
                                 "track %zu clip %zu: transform %d keys %d effects %d style %d "
                                 "anim %d%d times %d%d%d%d%d media %d\n",
                                 t, c, int(a.transform == b.transform),
                                 int(a.keyframes == b.keyframes), int(a.effects == b.effects),
                                 int(a.style == b.style), int(a.animationIn == b.animationIn),
                                 int(a.animationOut == b.animationOut), int(a.start == b.start),
                                 int(a.in == b.in), int(a.out == b.out), int(a.fadeIn == b.fadeIn),
                                 int(a.fadeOut == b.fadeOut), int(a.media == b.media));
                }
            }
        }
        std::abort();
    }
    return 0;
}
