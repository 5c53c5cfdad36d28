#include "media/media_error.h"

#include "util/system_error.h"

#include <cerrno>
#include <cstring>

extern "C" {
#include <libavutil/error.h>
}

namespace reelcut {

namespace {

Message mediaErrorMessage(const std::string& file, const std::string& stage,
                          const Message& reason) {
    if (file.empty()) {
        return Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "media.error-no-file"))
            .arg(stageMessage(stage))
            .arg(reason);
    }
    return Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2: %3", "media.error"))
        .arg(file)
        .arg(stageMessage(stage))
        .arg(reason);
}

} // namespace

MediaError::MediaError(std::string file, std::string stage, Message reason)
    : Error(mediaErrorMessage(file, stage, reason)), file_(std::move(file)),
      stage_(std::move(stage)), reason_(std::move(reason)) {}

MediaError::MediaError(std::string file, std::string stage, std::string reason)
    : MediaError(std::move(file), std::move(stage), verbatim(std::move(reason))) {}

Message stageMessage(const std::string& stage) {
    static const MessageText kStages[] = {
        QT_TRANSLATE_NOOP3("Engine", "open", "stage.open"),
        QT_TRANSLATE_NOOP3("Engine", "probe", "stage.probe"),
        QT_TRANSLATE_NOOP3("Engine", "decode", "stage.decode"),
        QT_TRANSLATE_NOOP3("Engine", "scale", "stage.scale"),
        QT_TRANSLATE_NOOP3("Engine", "render", "stage.render"),
        QT_TRANSLATE_NOOP3("Engine", "encode", "stage.encode"),
        QT_TRANSLATE_NOOP3("Engine", "encode video", "stage.encode-video"),
        QT_TRANSLATE_NOOP3("Engine", "encode audio", "stage.encode-audio"),
        QT_TRANSLATE_NOOP3("Engine", "write", "stage.write"),
        QT_TRANSLATE_NOOP3("Engine", "finish", "stage.finish"),
        QT_TRANSLATE_NOOP3("Engine", "open output", "stage.open-output"),
        QT_TRANSLATE_NOOP3("Engine", "write header", "stage.write-header"),
        QT_TRANSLATE_NOOP3("Engine", "loudness", "stage.loudness"),
        QT_TRANSLATE_NOOP3("Engine", "face analysis", "stage.face-analysis"),
        QT_TRANSLATE_NOOP3("Engine", "audio", "stage.audio"),
    };
    for (const MessageText& s : kStages) {
        if (stage == s.text) {
            return Message(s);
        }
    }
    return verbatim(stage);
}

Message ffmpegErrorMessage(int code) {
    switch (code) {
    case AVERROR_INVALIDDATA:
        return Message(QT_TRANSLATE_NOOP3("Engine",
                                          "the data is damaged or not in a format that can be read",
                                          "ffmpeg.invalid-data"));
    case AVERROR_EXTERNAL:
        // What FFmpeg says when a codec library (libvpx, libdav1d, libopus...) refuses
        // its input: for a user that is a damaged or unusual file.
        return Message(QT_TRANSLATE_NOOP3(
            "Engine",
            "the decoder library refused the data (the file is damaged or uses an unusual "
            "variant of its format)",
            "ffmpeg.external"));
    case AVERROR_EOF:
        return Message(QT_TRANSLATE_NOOP3("Engine", "the file ends too early (it may be cut off)",
                                          "ffmpeg.eof"));
    case AVERROR_PATCHWELCOME:
        return Message(QT_TRANSLATE_NOOP3(
            "Engine", "the file uses a feature of its format that is not supported",
            "ffmpeg.unsupported-feature"));
    case AVERROR_DECODER_NOT_FOUND:
    case AVERROR_DEMUXER_NOT_FOUND:
        return Message(QT_TRANSLATE_NOOP3("Engine", "the format of this file is not supported",
                                          "ffmpeg.unsupported-format"));
    case AVERROR_ENCODER_NOT_FOUND:
    case AVERROR_MUXER_NOT_FOUND:
        return Message(QT_TRANSLATE_NOOP3(
            "Engine", "the encoder needed is missing from this installation", "ffmpeg.no-encoder"));
    case AVERROR_STREAM_NOT_FOUND:
        return Message(
            QT_TRANSLATE_NOOP3("Engine", "the file has no usable stream", "ffmpeg.no-stream"));
    case AVERROR_BUG:
    case AVERROR_BUG2:
    case AVERROR_UNKNOWN:
    case AVERROR_BSF_NOT_FOUND:
    case AVERROR_FILTER_NOT_FOUND:
    case AVERROR_OPTION_NOT_FOUND:
        return Message(QT_TRANSLATE_NOOP3(
                           "Engine",
                           "an internal error in the media libraries (code %1); please report it",
                           "ffmpeg.internal"))
            .arg(static_cast<long long>(code));
    default:
        break;
    }
    if (code < 0 && code > -4096) {
        return systemErrorMessage(-code); // AVERROR(errno)
    }
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return verbatim(buf);
}

std::string ffmpegErrorText(int code) {
    return ffmpegErrorMessage(code).english();
}

} // namespace reelcut
