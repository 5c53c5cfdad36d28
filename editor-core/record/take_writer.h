#pragma once

// Writes one take of the recorder so that a crash, a kill or a full disk loses at most the
// last second: a fragmented MP4 (EncodeSettings::fragmented, a fragment per second) under
// the name "take-NNN.recording.mp4", renamed to "take-NNN.mp4" when the take ends. A
// take whose process died stays under its recording name; recoverInterruptedTakes() cuts
// off its unfinished last fragment and gives it its take name.
//
// Not a PendingFile: that one removes the temporaries of dead processes, which is
// exactly what must not happen to a take.

#include "export/encode_settings.h"

#include <QImage>
#include <boost/filesystem/path.hpp>
#include <memory>
#include <vector>

namespace reelcut {

class Mp4Writer;

// The next free take name in `folder` (created if missing): take-001.mp4, take-002.mp4...
boost::filesystem::path nextTakePath(const boost::filesystem::path& folder);
// The name a take is written under until it ends.
boost::filesystem::path recordingPathFor(const boost::filesystem::path& take);
// The finished takes in `folder`, in the order they were recorded.
std::vector<boost::filesystem::path> listTakes(const boost::filesystem::path& folder);
// Takes left under their recording name by a process that died (nobody holds their lock):
// trimmed to their complete fragments and renamed to their take name. Ones with nothing
// playable are removed. Returns the recovered takes.
std::vector<boost::filesystem::path> recoverInterruptedTakes(const boost::filesystem::path& folder);

class TakeWriter {
public:
    // Creates the recording file exclusively (throws OutputError if the take exists) and
    // holds a lock on it while this object lives. Throws MediaError if the encoder cannot
    // start.
    TakeWriter(boost::filesystem::path take, EncodeSettings settings);
    // Without finish() the recording file stays where it is, playable up to its last
    // complete fragment (the crash path); abandon() removes it.
    ~TakeWriter();
    TakeWriter(const TakeWriter&) = delete;
    TakeWriter& operator=(const TakeWriter&) = delete;

    void writeVideo(const QImage& frame); // ARGB32 at the settings' size
    void writeAudio(const float* interleaved, int frames);
    std::int64_t framesWritten() const;

    // Ends the file, flushes it to disk and renames it to its take name.
    void finish();
    // Removes the recording (a cancelled take).
    void abandon();

    const boost::filesystem::path& takePath() const { return take_; }
    const boost::filesystem::path& recordingPath() const { return recording_; }

private:
    boost::filesystem::path take_;
    boost::filesystem::path recording_;
    int fd_ = -1; // holds the lock
    std::unique_ptr<Mp4Writer> writer_;
    bool done_ = false;
};

} // namespace reelcut
