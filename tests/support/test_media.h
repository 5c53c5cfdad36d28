#pragma once

// Helpers shared by the suites: make media with the ffmpeg tool, read results back with
// ffmpeg/ffprobe. They throw std::runtime_error with the tool's stderr on failure.

#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace reelcut::test {

// Runs a program, returns its stdout; throws with stderr when it fails.
QByteArray run(const QString& program, const QStringList& args, int timeoutMs = 300000);
// ffmpeg -y -hide_banner -loglevel error <args>
void ffmpeg(const QStringList& args);
// ffprobe -show_streams -show_format -of json
QJsonObject ffprobe(const QString& file);
// The first stream of the given codec_type ("video"/"audio") from ffprobe output.
QJsonObject probeStream(const QJsonObject& probe, const QString& type);

// A video whose pixels carry their own frame number as `bits` vertical bars (bar i is
// white when bit i of n is set), decodable after scaling and lossy encoding.
// rate is an ffmpeg rate ("30", "30000/1001", "25"). Optional 440 Hz tone.
QString makeFrameCodeVideo(const QString& dir, const QString& name, const QString& rate, int frames,
                           int width = 320, int height = 240, bool withAudio = false);
// Reads the frame number back from a frame made by makeFrameCodeVideo, sampling the bars
// inside `area` (the part of the output frame where the source is shown).
int readFrameCode(const QImage& frame, const QRect& area, int bits = 10);

// Every frame of a video as RGB888 images (decoded by the ffmpeg tool).
std::vector<QImage> decodeFrames(const QString& file, int maxFrames = 100000);
// The audio of a file as interleaved stereo float at 48 kHz (decoded by the ffmpeg tool).
std::vector<float> decodeAudio(const QString& file);
// RMS level in dBFS of samples [from, to) (frames, stereo interleaved).
double rmsDb(const std::vector<float>& stereo, std::size_t fromFrame, std::size_t toFrame);

// Mean absolute difference of two RGB images in a rectangle, 0..255.
double meanAbsDiff(const QImage& a, const QImage& b, const QRect& area);
// Average colour in a rectangle.
QColor averageColor(const QImage& img, const QRect& area);

} // namespace reelcut::test
