#pragma once

#include "export/export_validator.h"
#include "export/preset.h"
#include "io/output_file.h"
#include "model/project.h"

#include <atomic>
#include <boost/filesystem/path.hpp>
#include <functional>
#include <optional>
#include <stdexcept>

namespace reelcut {

struct ExportProgress {
    std::int64_t framesDone = 0;
    std::int64_t framesTotal = 0;
    double percent = 0;
    double fps = 0;        // frames encoded per second of wall time
    double etaSeconds = 0; // at the current speed
};

struct ExportRequest {
    boost::filesystem::path output;
    Preset preset;
    std::optional<Time> from; // timeline range; default: the whole project
    std::optional<Time> to;
    std::function<void(const ExportProgress&)> onProgress; // called from the export thread
    const std::atomic<bool>* cancel = nullptr;
    int queueDepth = 4; // composed frames waiting for the encoder
    // Threads composing frames (0: one per core, at most 4). Output is the same whatever
    // the number; more only help when composing is slower than encoding.
    int renderThreads = 0;
    std::string analysisDir; // analysis caches beside the project (see analysisDirFor)
    // Bring the mix to the preset's loudness target (measured in quick audio-only passes
    // first). Every export goes through a true-peak limiter (ceiling -1.5 dBTP), so the
    // file stays below the -1 dBTP platforms ask for, normalised or not.
    bool normalizeLoudness = false;
    // Replace an existing plain file at `output` (--force; the editor asks first). Never a
    // file the export reads: the project's media are always refused as the output.
    bool replaceExisting = false;
    // What else the run reads (the project file, captions...), so the output is never one
    // of them; the project's media are added by exportProject itself.
    RunInputs inputs;
    // x264 threads; 0: x264 picks. The batch runs several exports at once with 1 each,
    // which also makes the file independent of the machine's core count; tests comparing
    // outputs bit for bit set 1 too.
    int encoderThreads = 0;
};

struct ExportResult {
    boost::filesystem::path file;
    double loudnessLufs = -70; // integrated loudness of the file's sound (after encoding)
    double loudnessRange = 0;  // LU, of the file's sound
    double truePeakDb = -120;  // dBTP, of the file's sound
    double gainDb = 0;         // applied by loudness normalisation
    double limitedDb = 0;      // the most the true-peak limiter turned down, dB
    ValidationReport report;   // the finished file checked against the preset
    std::int64_t frames = 0;
    double seconds = 0;
    // Where the time went: render threads used, how long the encoder waited for composed
    // frames (the render side was slower), and the render threads' total wait for a free
    // slot (the encoder was slower).
    int renderThreads = 0;
    double encoderWaitSeconds = 0;
    double renderWaitSeconds = 0;
};

class ExportCancelled : public Error {
public:
    ExportCancelled()
        : Error(Message(QT_TRANSLATE_NOOP3("Engine", "export cancelled", "export.cancelled"))) {}
};

// Renders and encodes the project. Frames are composed on render threads (sharing their
// decoders) and handed to the encoding thread in order through a fixed pool of frames, so
// memory stays flat whatever the length. The output is checked before any work (see
// PendingFile) and written under a temporary name beside the target, renamed only when
// complete: a failed or cancelled export leaves nothing at the target path (and an existing
// file there untouched). Throws OutputError (a target that must not be written), MediaError
// (naming the file and stage), ExportCancelled, or InvalidRequest for an impossible request.
ExportResult exportProject(const Project& project, const ExportRequest& request);

// The temporary name used while this process writes `output` (see temporaryPathFor).
boost::filesystem::path partialPathFor(const boost::filesystem::path& output);

} // namespace reelcut
