#pragma once

// A voice-over recorded from a microphone while the timeline plays: the sound from the
// moment the countdown ends, written as it arrives (a crash loses only the unfinished
// file, which the next run in the folder removes), and its level for a meter.

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <memory>

namespace reelcut {

// The level of a stretch of sound in dBFS (-96 for silence), as a meter shows it.
struct SoundLevel {
    float peakDb = -96;
    float rmsDb = -96;
};
SoundLevel measureLevel(const float* interleaved, int frames, int channels);

// Writes one voice-over as a 48 kHz mono 16-bit WAV (a voice needs no more; any editor
// and player reads it) named voice-NNN.wav in `folder`, the next free number, through a
// temporary name that becomes the real one only in finish().
class VoiceOverWriter {
public:
    static constexpr int kSampleRate = 48000;

    // `startUs`: the capture-clock time the voice-over starts at (the end of the
    // countdown, when the timeline starts to play); sound stamped before it is dropped.
    // Throws OutputError if the folder cannot be made or written.
    VoiceOverWriter(const boost::filesystem::path& folder, std::int64_t startUs);
    ~VoiceOverWriter(); // without finish(): the unfinished file is removed
    VoiceOverWriter(const VoiceOverWriter&) = delete;
    VoiceOverWriter& operator=(const VoiceOverWriter&) = delete;

    // Sound from the input, `channels` interleaved (mixed to mono), at kSampleRate,
    // `timeUs` the capture-clock time of its first sample. Throws OutputError on a write
    // error (a full disk): what was written so far is kept by finish().
    void push(const float* interleaved, int frames, int channels, std::int64_t timeUs);
    double seconds() const;
    // The level of the last push, for the meter.
    SoundLevel level() const { return level_; }
    // Completes the header and moves the file into place; returns its path. Throws
    // OutputError; after a failure nothing is left behind.
    boost::filesystem::path finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    SoundLevel level_;
};

} // namespace reelcut
