#pragma once

namespace reelcut {

// FFmpeg prints its own diagnostics to stderr ("[h264 @ 0x...] ..."). Our errors already
// name the file, stage and reason, so by default only FFmpeg's fatal messages pass;
// REELCUT_VERBOSE=1 in the environment lets warnings through for debugging.
void configureFfmpegLogging();

} // namespace reelcut
