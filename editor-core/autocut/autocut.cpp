#include "autocut/autocut.h"

#include "analysis/beat_cache.h"
#include "media/media_info.h"
#include "model/edits.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace reelcut {

namespace {

// Timeline times land on frames, so a cut is exactly where the picture changes.
Time snapToFrame(double seconds, const FrameRate& rate) {
    const auto frame = std::llround(seconds * rate.toDouble());
    return Rational(frame) / rate;
}

Time millis(double seconds) {
    return Rational(std::llround(seconds * 1000), 1000);
}

// The beats cuts may land on, and how many of them one segment spans.
std::pair<const std::vector<double>*, int> cutBeats(const BeatAnalysis& beats,
                                                    const AutocutOptions& o) {
    if (o.onDownbeats && !beats.downbeats.empty()) {
        return {&beats.downbeats, o.everyBeats};
    }
    return {&beats.beats, o.onDownbeats ? 4 * o.everyBeats : o.everyBeats};
}

} // namespace

std::vector<Time> autocutGrid(const BeatAnalysis& beats, const AutocutOptions& options,
                              const FrameRate& rate) {
    // Named copies, not structured bindings: clang 14 cannot capture a binding in a lambda.
    const auto cut = cutBeats(beats, options);
    const auto* const list = cut.first;
    const auto step = cut.second;
    const double from = options.songStart.toDouble();
    std::vector<Time> grid{Time(0)};
    auto it = std::lower_bound(list->begin(), list->end(), from - 1e-3);
    if (it == list->end()) {
        return grid;
    }
    for (auto i = std::size_t(it - list->begin()) + std::size_t(step); i < list->size();
         i += std::size_t(step)) {
        const Time t = snapToFrame((*list)[i] - from, rate);
        if (t > grid.back()) {
            grid.push_back(t);
        }
    }
    return grid;
}

AutocutPlan planAutocut(const BeatAnalysis& beats, const std::vector<AutocutSource>& sources,
                        const AutocutOptions& options, const FrameRate& rate) {
    if (options.everyBeats < 1 || options.everyBeats > 64) {
        throw std::invalid_argument("cut every 1 to 64 beats");
    }
    if (sources.empty()) {
        throw std::invalid_argument("no clips to cut");
    }
    if (beats.beats.size() < 2) {
        throw std::invalid_argument("the song has no beat to cut to");
    }
    AutocutPlan plan;
    // Named copies, not structured bindings: clang 14 cannot capture a binding in a lambda.
    const auto cut = cutBeats(beats, options);
    const auto* const list = cut.first;
    const auto step = cut.second;
    const double songStart = options.songStart.toDouble();
    const double limit =
        options.length ? songStart + options.length->toDouble() + 0.5 / rate.toDouble() : 1e30;
    const double tolerance = 0.5 / rate.toDouble();

    // The next cut after song time c: `step` cut beats on when c is on one, else the first
    // cut beat at least half a beat after c.
    auto nextCut = [&](double c) -> std::optional<double> {
        auto it = std::lower_bound(list->begin(), list->end(), c - 1e-3);
        if (it != list->end() && std::abs(*it - c) <= 1e-3) {
            const auto i = std::size_t(it - list->begin()) + std::size_t(step);
            if (i < list->size()) {
                return (*list)[i];
            }
            return std::nullopt;
        }
        const double minGap = 0.5 * 60 / std::max(1.0, beats.bpm);
        it = std::lower_bound(list->begin(), list->end(), c + minGap);
        if (it == list->end()) {
            return std::nullopt;
        }
        return *it;
    };

    std::vector<std::vector<std::pair<double, double>>> taken(sources.size());
    // The song plays from its start; the first cut is `step` cut beats after the first
    // cut beat at or after it, so the opening clip also carries any lead-in.
    double cursor = songStart;
    {
        auto it = std::lower_bound(list->begin(), list->end(), songStart - 1e-3);
        if (it == list->end()) {
            throw std::invalid_argument("the song has no beat after the start point");
        }
        cursor = *it; // a beat: the first segment's end counts from here
    }
    bool first = true;
    std::size_t skipped = 0;
    for (std::size_t n = 0;; ++n) {
        if (!options.length && n >= sources.size()) {
            break;
        }
        if (options.length && skipped >= sources.size()) {
            break; // every source was skipped in a row: nothing fits
        }
        const std::size_t index = n % sources.size();
        const AutocutSource& src = sources[index];
        const std::optional<double> cut = nextCut(cursor);
        if (!cut) {
            plan.warnings.push_back("the song ends before every clip got its turn");
            break;
        }
        const double segStart = first ? songStart : cursor;
        double end = *cut;
        if (end > limit) {
            break;
        }
        Rational speed(1);
        const double available = src.still ? 1e30 : src.duration.toDouble();
        if (end - segStart > available) {
            // Too short for a whole segment: end on the latest beat it reaches, or slow
            // it down to reach the next beat.
            auto it = std::upper_bound(beats.beats.begin(), beats.beats.end(),
                                       segStart + available + 1e-6);
            double shorter = 0;
            if (it != beats.beats.begin() && *std::prev(it) > segStart + tolerance) {
                shorter = *std::prev(it);
            }
            if (shorter > 0) {
                end = shorter;
            } else {
                auto next =
                    std::upper_bound(beats.beats.begin(), beats.beats.end(), segStart + tolerance);
                const double need = next == beats.beats.end() ? 0 : *next - segStart;
                if (need <= 0 || available / need < 0.25) {
                    plan.warnings.push_back(src.media + ": too short to fill a beat, skipped");
                    ++skipped;
                    continue;
                }
                end = *next;
                speed = Rational(std::llround(available / need * 1000), 1000);
            }
        }
        skipped = 0;
        AutocutSegment seg;
        seg.source = index;
        seg.start = first ? Time(0) : snapToFrame(segStart - songStart, rate);
        const Time segEnd = snapToFrame(end - songStart, rate);
        if (segEnd <= seg.start) {
            cursor = end;
            continue;
        }
        seg.speed = speed;
        const Time length = (segEnd - seg.start) * speed; // of source
        if (src.still) {
            seg.in = Time(0);
            seg.out = segEnd - seg.start;
        } else {
            const double len = length.toDouble();
            const double duration = src.duration.toDouble();
            // Without motion data every moment is as good: the middle, or on reuse the
            // unused footage nearest to it.
            const ActivityProfile flat;
            const ActivityProfile& activity =
                options.trim == AutocutTrim::MostActive ? src.activity : flat;
            const double in = activity.mostActiveStart(len, duration, taken[index]);
            seg.in = millis(in);
            seg.out = seg.in + length;
            if (seg.out > src.duration) {
                seg.in = max(Time(0), src.duration - length);
                seg.out = seg.in + length;
            }
            taken[index].push_back({seg.in.toDouble(), seg.out.toDouble()});
        }
        plan.segments.push_back(seg);
        cursor = end;
        first = false;
    }
    if (plan.segments.empty()) {
        throw std::invalid_argument("none of the clips could be cut to this song");
    }
    const AutocutSegment& last = plan.segments.back();
    plan.songIn = millis(songStart);
    plan.songOut = plan.songIn + last.start + (last.out - last.in) / last.speed;
    return plan;
}

void applyAutocut(Project& project, ObjectId videoTrack, ObjectId musicTrack,
                  const std::string& song, const std::vector<AutocutSource>& sources,
                  const AutocutPlan& plan) {
    const Track* track = project.findTrack(videoTrack);
    if (track == nullptr || project.findTrack(musicTrack) == nullptr) {
        throw EditError("autocut: no such track");
    }
    const Time offset = track->end();
    for (const AutocutSegment& seg : plan.segments) {
        Clip c;
        c.media = sources.at(seg.source).media;
        c.start = offset + seg.start;
        c.in = seg.in;
        c.out = seg.out;
        c.speed = seg.speed;
        c.fit = FitMode::Fill;
        edit::addClip(project, videoTrack, std::move(c));
    }
    Clip music;
    music.media = song;
    music.start = offset;
    music.in = plan.songIn;
    music.out = plan.songOut;
    // The last cut is on a beat; a short fade keeps the song from stopping mid-note.
    music.fadeOut = min(Time(1, 2), plan.length() / Rational(4));
    edit::addClip(project, musicTrack, std::move(music));
}

AutocutSource autocutSource(const std::string& media, const AutocutOptions& options,
                            const AnalysisStore& store) {
    const MediaInfo info = probeMedia(media);
    AutocutSource s;
    s.media = media;
    s.still = info.isStill;
    s.duration = info.duration;
    if (!info.isStill && !info.hasVideo) {
        throw std::invalid_argument(media + ": has no picture to cut");
    }
    if (!info.isStill && options.trim == AutocutTrim::MostActive) {
        s.activity = cachedActivity(media, store);
    }
    return s;
}

Project makeAutocutProject(const std::string& song, const std::vector<std::string>& media,
                           const AutocutOptions& options, const AnalysisStore& store, int width,
                           int height, FrameRate rate, std::vector<std::string>* warnings) {
    const MediaInfo songInfo = probeMedia(song);
    if (!songInfo.hasAudio) {
        throw std::invalid_argument(song + ": has no sound to cut to");
    }
    const BeatAnalysis beats = cachedBeatAnalysis(song, store);
    std::vector<AutocutSource> sources;
    for (const std::string& m : media) {
        sources.push_back(autocutSource(m, options, store));
    }
    const AutocutPlan plan = planAutocut(beats, sources, options, rate);
    Project p = makeDefaultProject(width, height, rate);
    ObjectId video = 0, music = 0;
    for (const Track& t : p.tracks) {
        if (t.kind == TrackKind::Video && video == 0) {
            video = t.id;
        }
        if (t.kind == TrackKind::Audio && music == 0) {
            music = t.id;
        }
    }
    applyAutocut(p, video, music, song, sources, plan);
    if (warnings != nullptr) {
        *warnings = plan.warnings;
    }
    return p;
}

} // namespace reelcut
