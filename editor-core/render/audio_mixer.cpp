#include "render/audio_mixer.h"

#include "audio/voice_effects.h"
#include "media/audio_reader.h"
#include "media/media_error.h"
#include "render/clip_layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace reelcut {

namespace {

// First timeline sample at or after time t.
std::int64_t sampleAtOrAfter(const Time& t) {
    const Rational s = t * Rational(kMixSampleRate);
    const std::int64_t f = s.floor();
    return Rational(f) == s ? f : f + 1;
}

} // namespace

double dbToGain(double db) {
    return std::pow(10.0, db / 20.0);
}

double crossfadeGain(double x, bool equalPower) {
    x = std::clamp(x, 0.0, 1.0);
    return equalPower ? std::sin(x * 1.5707963267948966) : x;
}

namespace {

// Two neighbours that continue one recording (a split clip) are correlated: their linear
// ramps sum to a constant level, where equal-power ramps would bulge by 3 dB.
bool continuesRecording(const Clip& a, const Clip& b) {
    return a.media == b.media && a.out == b.in && a.speed == b.speed && !a.hasTimeEffect() &&
           !b.hasTimeEffect();
}

// Reversed and ramped sound is read in pieces of this many timeline seconds, each at one
// speed (the source it spans over its length): a ramp's sound steps through its speeds,
// in time with the picture at every piece's start.
const Time kTimedPiece(1, 10);

} // namespace

DuckingEnvelope AudioMixer::ducking(const Project& project, const Track& track) {
    return duckingEnvelope(project, track, speech_);
}

void AudioMixer::mix(const Project& project, std::int64_t first, int frames, float* out) {
    std::fill(out, out + std::size_t(frames) * kMixChannels, 0.0f);
    pool_.tick();
    ++blocks_;
    std::erase_if(pieces_, [this](const auto& kv) { return blocks_ - kv.second.lastUsed > 64; });
    const Time from(first, kMixSampleRate);
    const Time to(first + frames, kMixSampleRate);
    for (const Track& track : project.tracks) {
        if (track.muted) {
            continue;
        }
        const DuckingEnvelope duck =
            track.ducking.enabled ? duckingEnvelope(project, track, speech_) : DuckingEnvelope{};
        // Only the clips sounding in the block, found by time: a long timeline costs the
        // same per block as a short one. Clips are sorted and a transition never reaches
        // past the neighbouring clips, so a clip sounds no earlier than the one before it
        // ends and no later than the one after it ends.
        const auto& clips = track.clips;
        auto it = std::upper_bound(clips.begin(), clips.end(), from,
                                   [](const Time& v, const Clip& c) { return v < c.end(); });
        std::size_t i = static_cast<std::size_t>(it - clips.begin());
        i = i > 0 ? i - 1 : 0;
        for (; i < clips.size() && clips[i].start - clips[i].duration() < to; ++i) {
            mixClip(track, i, first, frames, out, duck.active() ? &duck : nullptr);
        }
    }
}

void AudioMixer::mixClip(const Track& track, std::size_t index, std::int64_t first, int frames,
                         float* out, const DuckingEnvelope* duck) {
    const Clip& clip = track.clips[index];
    if (clip.kind != ClipKind::Media) {
        return;
    }
    // A clip sounds from half its incoming transition before its start to half the
    // outgoing one after its end; inside those windows it ramps, as the picture does.
    const Time dIn = effectiveTransition(track, index);
    const Time dOut = effectiveTransition(track, index + 1);
    const Time half(1, 2);
    const Time from = clip.start - dIn * half;
    const Time to = clip.end() + dOut * half;
    const std::int64_t a = std::max(first, sampleAtOrAfter(from));
    const std::int64_t b = std::min(first + frames, sampleAtOrAfter(to));
    if (a >= b) {
        return;
    }
    // A clip on a picture track shows its own problems (and may simply have no sound); a
    // clip on an audio track is there for its sound, so in an export it must have one.
    const bool mustSound = policy_ == MissingMedia::Throw && track.kind == TrackKind::Audio;
    const MediaInfo* info = nullptr;
    try {
        info = &pool_.info(clip.media);
    } catch (const std::exception&) {
        if (mustSound) {
            throw;
        }
        return;
    }
    if (!info->hasAudio) {
        if (mustSound) {
            throw MediaError(clip.media, "audio",
                             Message(QT_TRANSLATE_NOOP3("Engine",
                                                        "the file has no sound, but it is on an "
                                                        "audio track",
                                                        "media.no-audio")));
        }
        return;
    }
    if (clip.freezeAt) {
        return; // a freeze frame is silent
    }
    const int n = static_cast<int>(b - a);
    scratch_.resize(std::size_t(n) * kMixChannels);
    const Time startTime = Rational(a, kMixSampleRate);
    const AudioShape shape =
        audioShapeFor(clip, clip.denoise ? speech_.noiseFloor(clip.media) : -60);
    if (clip.reverse || clip.ramp.active()) {
        readTimed(clip, shape, a, n, scratch_.data());
    } else {
        pool_.audio(clip.id, clip.media)
            .read(clip.sourcePosition(startTime), shape, scratch_.data(), n);
    }

    const double gain = dbToGain(clip.volumeDb + track.volumeDb);
    const bool ramps = !clip.fadeIn.isZero() || !clip.fadeOut.isZero() || !dIn.isZero() ||
                       !dOut.isZero() || !clip.volumeKeys.empty() || duck != nullptr;
    float* dst = out + (a - first) * kMixChannels;
    if (!ramps) {
        const auto g = static_cast<float>(gain);
        for (int i = 0; i < n * kMixChannels; ++i) {
            dst[i] += scratch_[std::size_t(i)] * g;
        }
        return;
    }
    // Fades and crossfades change gain per sample; in double seconds, precise enough
    // for a gain curve, with the exact rational start as the reference.
    const double clipStart = clip.start.toDouble();
    const double clipEnd = clip.end().toDouble();
    const double fadeIn = clip.fadeIn.toDouble();
    const double fadeOut = clip.fadeOut.toDouble();
    const double tin = dIn.toDouble();
    const double tout = dOut.toDouble();
    const bool powerIn = index > 0 && !continuesRecording(track.clips[index - 1], clip);
    const bool powerOut =
        index + 1 < track.clips.size() && !continuesRecording(clip, track.clips[index + 1]);
    for (int i = 0; i < n; ++i) {
        const double t = double(a + i) / kMixSampleRate;
        double g = gain;
        if (fadeIn > 0 && t >= clipStart && t - clipStart < fadeIn) {
            g *= std::clamp((t - clipStart) / fadeIn, 0.0, 1.0);
        }
        if (fadeOut > 0 && t < clipEnd && clipEnd - t < fadeOut) {
            g *= std::clamp((clipEnd - t) / fadeOut, 0.0, 1.0);
        }
        if (tin > 0 && t < clipStart + tin / 2) {
            g *= crossfadeGain((t - (clipStart - tin / 2)) / tin, powerIn);
        }
        if (tout > 0 && t >= clipEnd - tout / 2) {
            g *= crossfadeGain(1.0 - (t - (clipEnd - tout / 2)) / tout, powerOut);
        }
        if (!clip.volumeKeys.empty()) {
            g *= dbToGain(volumeKeyDbAt(clip.volumeKeys, t - clipStart));
        }
        if (duck != nullptr) {
            g *= dbToGain(duck->gainDbAt(t));
        }
        const auto gf = static_cast<float>(g);
        dst[2 * i] += scratch_[std::size_t(2 * i)] * gf;
        dst[2 * i + 1] += scratch_[std::size_t(2 * i + 1)] * gf;
    }
}

void AudioMixer::readTimed(const Clip& clip, const AudioShape& shape, std::int64_t first, int n,
                           float* out) {
    Piece& piece = pieces_[clip.id];
    piece.lastUsed = blocks_;
    std::int64_t at = first;
    while (at < first + n) {
        const Time t(at, kMixSampleRate);
        const std::int64_t index = ((t - clip.start) / kTimedPiece).floor();
        const Time from = clip.start + kTimedPiece * Rational(index);
        const Time to = from + kTimedPiece;
        const std::int64_t a = sampleAtOrAfter(from);
        const std::int64_t b = sampleAtOrAfter(to);
        if (piece.samples.empty() || piece.index != index || piece.first != a) {
            // The source this piece spans, played over its length at one speed (a
            // simple fraction, so the reader's sums stay small); reversed, read forward
            // from its far end and turned round.
            const Time p0 = clip.sourcePosition(from);
            const Time p1 = clip.sourcePosition(to);
            const double rate = std::fabs((p1 - p0).toDouble()) / kTimedPiece.toDouble();
            AudioShape s = shape;
            s.speed = Rational::fromDouble(std::clamp(rate, 0.25, 4.0), 1000);
            const int count = static_cast<int>(b - a);
            piece.samples.assign(std::size_t(count) * kMixChannels, 0.0f);
            piece.index = index;
            piece.first = a;
            const Time head = clip.reverse ? min(p0, p1) : p0;
            pool_.audio(clip.id, clip.media).read(head, s, piece.samples.data(), count);
            if (clip.reverse) {
                for (int i = 0, j = count - 1; i < j; ++i, --j) {
                    std::swap(piece.samples[std::size_t(2 * i)], piece.samples[std::size_t(2 * j)]);
                    std::swap(piece.samples[std::size_t(2 * i + 1)],
                              piece.samples[std::size_t(2 * j + 1)]);
                }
            }
        }
        const std::int64_t until = std::min(first + n, b);
        const auto src = std::size_t(at - a) * kMixChannels;
        const auto len = std::size_t(until - at) * kMixChannels;
        std::copy_n(piece.samples.begin() + std::ptrdiff_t(src), len,
                    out + std::size_t(at - first) * kMixChannels);
        at = until;
    }
}

} // namespace reelcut
