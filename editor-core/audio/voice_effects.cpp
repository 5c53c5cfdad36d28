#include "audio/voice_effects.h"

#include <algorithm>
#include <cstdio>

namespace reelcut {

AudioShape audioShapeFor(const Clip& clip, double noiseFloorDb) {
    AudioShape shape;
    shape.speed = clip.speed;
    shape.keepPitch = clip.keepPitch;
    std::string f;
    auto add = [&](const char* filter) {
        if (!f.empty()) {
            f += ",";
        }
        f += filter;
    };
    // Noise first: the EQ and effects should not shape the hiss they would then keep.
    // afftdn removes up to 24 dB of what lies under its noise floor, which must sit at or
    // a little above the recording's noise: the floor measured in the quiet moments (at
    // 8 kHz, where white noise reads up to 8 dB low), plus a margin.
    if (clip.denoise) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "afftdn=nr=24:nf=%.1f",
                      std::clamp(noiseFloorDb + 12, -80.0, -20.0));
        add(buf);
        // afftdn hands its samples on half a window (25 ms at 48 kHz) late without saying
        // so in the timestamps; the reader drops them to keep the sound on its frame.
        shape.filterDelay += 1200;
    }
    // Speech clarity: rumble below 90 Hz off, the boxy 250 Hz region down, presence around
    // 3.5 kHz and air at 9 kHz up.
    if (clip.voiceClarity) {
        add("highpass=f=90:poles=2,equalizer=f=250:t=q:w=1.2:g=-3,"
            "equalizer=f=3500:t=q:w=1.0:g=4,equalizer=f=9000:t=q:w=0.8:g=2");
    }
    switch (clip.voice) {
    case VoiceEffect::None:
        break;
    case VoiceEffect::Chipmunk:
        shape.pitchSemitones = 7;
        break;
    case VoiceEffect::Deep:
        shape.pitchSemitones = -5;
        break;
    case VoiceEffect::Robot:
        // Every FFT bin keeps its magnitude and loses its phase: a flat, buzzing voice at
        // the frame rate of the transform.
        add("afftfilt=real='hypot(re,im)':imag='0':win_size=512:overlap=0.75");
        break;
    case VoiceEffect::Echo:
        add("aecho=in_gain=0.9:out_gain=0.8:delays=180|360:decays=0.45|0.25");
        break;
    }
    shape.filters = f;
    return shape;
}

} // namespace reelcut
