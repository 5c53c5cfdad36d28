#pragma once

// A media file played into a recorder as a camera and a microphone would deliver it:
// pictures and sound in time order, stamped on the recorder's clock. The tests drive the
// whole recorder with it; "record from a file" in the editor could too.

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <functional>
#include <memory>

namespace reelcut {

class Recorder;

class FileCaptureSource {
public:
    struct Options {
        std::int64_t startUs = 0; // the stamp of the file's time 0
        double seconds = 0;       // how much to play; 0: the whole file
        // Paced by the steady clock, as a camera delivers (startUs is then taken to be
        // "now" on the caller's clock); else as fast as the recorder takes it.
        bool realTime = false;
        bool audio = true;
        int audioChunk = 1024; // samples per push, as a sound card delivers them
        // The file plays again from its start until `seconds` are done.
        bool loop = false;
    };

    explicit FileCaptureSource(boost::filesystem::path file); // throws MediaError
    ~FileCaptureSource();
    FileCaptureSource(const FileCaptureSource&) = delete;
    FileCaptureSource& operator=(const FileCaptureSource&) = delete;

    // Pushes pictures and sound into `recorder`. `afterFrame` runs after each picture with
    // its index (from 0) and its stamp; returning false stops.
    void play(Recorder& recorder, const Options& options,
              const std::function<bool(std::int64_t index, std::int64_t timeUs)>& afterFrame = {});

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace reelcut
