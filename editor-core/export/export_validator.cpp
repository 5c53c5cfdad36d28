#include "export/export_validator.h"

#include "export/encode_settings.h"
#include "media/ffmpeg_ptr.h"
#include "media/media_error.h"
#include "util/system_error.h"

#include <boost/filesystem/operations.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace reelcut {

namespace {

std::uint64_t readBE(const unsigned char* p, int bytes) {
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) {
        v = (v << 8) | p[i];
    }
    return v;
}

struct Box {
    std::string type;
    std::uint64_t offset = 0; // of the header
    std::uint64_t header = 0; // header size
    std::uint64_t size = 0;   // whole box
};

// Reads the box header at `offset`; false at the end or on a malformed size.
bool readBox(std::istream& in, std::uint64_t offset, std::uint64_t limit, Box& box) {
    if (offset + 8 > limit) {
        return false;
    }
    unsigned char h[16];
    in.clear();
    in.seekg(std::streamoff(offset));
    if (!in.read(reinterpret_cast<char*>(h), 8)) {
        return false;
    }
    box.offset = offset;
    box.type.assign(reinterpret_cast<const char*>(h + 4), 4);
    box.size = readBE(h, 4);
    box.header = 8;
    if (box.size == 1) {
        if (offset + 16 > limit || !in.read(reinterpret_cast<char*>(h + 8), 8)) {
            return false;
        }
        box.size = readBE(h + 8, 8);
        box.header = 16;
    } else if (box.size == 0) {
        box.size = limit - offset; // "extends to the end of the file"
    }
    return box.size >= box.header && offset + box.size <= limit;
}

// Looks for `wanted` below the boxes in `path` (container types walked in order).
bool containsBox(std::istream& in, std::uint64_t begin, std::uint64_t end, const char* wanted,
                 int depth = 0) {
    // elst lives in moov/trak/edts; other containers never hold one.
    static const char* const containers[] = {"trak", "edts"};
    Box b;
    for (std::uint64_t off = begin; depth < 4 && readBox(in, off, end, b); off += b.size) {
        if (b.type == wanted) {
            return true;
        }
        for (const char* c : containers) {
            if (b.type == c &&
                containsBox(in, b.offset + b.header, b.offset + b.size, wanted, depth + 1)) {
                return true;
            }
        }
    }
    return false;
}

void scanBoxes(const boost::filesystem::path& file, std::uint64_t fileSize, ExportFacts& f) {
    std::ifstream in(file.string(), std::ios::binary);
    if (!in) {
        return;
    }
    std::int64_t moovAt = -1, mdatAt = -1;
    Box b;
    for (std::uint64_t off = 0; readBox(in, off, fileSize, b); off += b.size) {
        if (b.type == "moov" && moovAt < 0) {
            moovAt = std::int64_t(b.offset);
            f.hasEditList = containsBox(in, b.offset + b.header, b.offset + b.size, "elst");
        } else if (b.type == "mdat" && mdatAt < 0) {
            mdatAt = std::int64_t(b.offset);
        }
    }
    f.moovBeforeMdat = moovAt >= 0 && (mdatAt < 0 || moovAt < mdatAt);
}

std::string orEmpty(const char* s) {
    return s != nullptr ? s : "";
}

// "45 s", "3 min", "3 min 12 s", "2.4 s", "12 h". Tenths appear only when rounding to
// whole seconds would hide that a limit is exceeded.
std::string formatDuration(double seconds) {
    const long tenths = std::lround(seconds * 10.0);
    const bool whole = tenths % 10 == 0;
    const long secs = tenths / 10;
    char buf[64];
    auto secText = [&](long s) {
        if (whole) {
            std::snprintf(buf, sizeof buf, "%ld s", s);
        } else {
            std::snprintf(buf, sizeof buf, "%ld.%ld s", s, tenths % 10);
        }
        return std::string(buf);
    };
    if (secs < 60) {
        return secText(secs);
    }
    if (secs >= 3600 && secs % 3600 == 0 && whole) {
        return std::to_string(secs / 3600) + " h";
    }
    const long minutes = secs / 60;
    const long rest = secs % 60;
    std::string out = std::to_string(minutes) + " min";
    if (rest != 0 || !whole) {
        out += " " + secText(rest);
    }
    return out;
}

std::string formatBytes(std::int64_t bytes) {
    char buf[64];
    if (bytes >= 1'000'000'000) {
        std::snprintf(buf, sizeof buf, "%.1f GB", double(bytes) / 1e9);
    } else {
        std::snprintf(buf, sizeof buf, "%.0f MB", std::ceil(double(bytes) / 1e6));
    }
    return buf;
}

std::string formatMbps(std::int64_t bitsPerSecond) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f Mbit/s", double(bitsPerSecond) / 1e6);
    return buf;
}

std::string formatRate(const FrameRate& r) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4g fps", r.toDouble());
    return buf;
}

} // namespace

ExportFacts readExportFacts(const boost::filesystem::path& file) {
    const std::string name = file.string();
    ExportFacts f;
    boost::system::error_code ec;
    const auto size = boost::filesystem::file_size(file, ec);
    if (ec) {
        throw MediaError(name, "open", systemErrorMessage(ec.value()));
    }
    f.fileBytes = std::int64_t(size);

    AVFormatContext* raw = nullptr;
    int ret = avformat_open_input(&raw, name.c_str(), nullptr, nullptr);
    if (ret < 0) {
        throw MediaError(name, "open", ffmpegErrorMessage(ret));
    }
    ff::InputFormatPtr in(raw);
    ret = avformat_find_stream_info(in.get(), nullptr);
    if (ret < 0) {
        throw MediaError(name, "probe", ffmpegErrorMessage(ret));
    }

    const int vi = av_find_best_stream(in.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (vi >= 0) {
        const AVStream* st = in->streams[vi];
        const AVCodecParameters* p = st->codecpar;
        f.videoCodec = avcodec_get_name(p->codec_id);
        f.videoProfile = orEmpty(avcodec_profile_name(p->codec_id, p->profile));
        f.pixelFormat = orEmpty(av_get_pix_fmt_name(AVPixelFormat(p->format)));
        f.colorPrimaries = orEmpty(av_color_primaries_name(p->color_primaries));
        f.colorTransfer = orEmpty(av_color_transfer_name(p->color_trc));
        f.colorSpace = orEmpty(av_color_space_name(p->color_space));
        f.colorRange = orEmpty(av_color_range_name(p->color_range));
        f.width = p->width;
        f.height = p->height;
        const AVRational r = st->r_frame_rate;
        const AVRational avg = st->avg_frame_rate;
        if (r.num > 0 && r.den > 0) {
            f.frameRate = FrameRate(r.num, r.den);
        }
        // Upload checks compare the nominal rate with frames/duration, as ffprobe shows.
        f.constantFrameRate = r.num > 0 && avg.num > 0 && av_cmp_q(r, avg) == 0;
    }
    const int ai = av_find_best_stream(in.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (ai >= 0) {
        const AVCodecParameters* p = in->streams[ai]->codecpar;
        f.audioCodec = avcodec_get_name(p->codec_id);
        f.audioProfile = orEmpty(avcodec_profile_name(p->codec_id, p->profile));
        f.sampleRate = p->sample_rate;
        f.channels = p->ch_layout.nb_channels;
    }
    if (in->duration > 0) {
        f.durationSeconds = double(in->duration) / AV_TIME_BASE;
    }
    // What an upload form measures: bytes over playing time, container overhead included.
    if (f.durationSeconds > 0) {
        f.bitRate = std::int64_t(double(f.fileBytes) * 8.0 / f.durationSeconds);
    } else {
        f.bitRate = in->bit_rate;
    }
    scanBoxes(file, size, f);
    return f;
}

ValidationReport validateExport(const boost::filesystem::path& file, const Preset& preset) {
    ValidationReport rep;
    rep.facts = readExportFacts(file);
    const ExportFacts& f = rep.facts;
    const Message who = presetName(preset);
    auto error = [&](Message m) {
        rep.errors.push_back(std::move(m));
    };
    auto warn = [&](Message m) {
        rep.warnings.push_back(std::move(m));
    };
    auto size = [](int w, int h) {
        return std::to_string(w) + "x" + std::to_string(h);
    };

    if (f.videoCodec.empty()) {
        error(Message(
            QT_TRANSLATE_NOOP3("Engine", "The file has no video stream.", "validate.no-video")));
    } else {
        if (f.videoCodec != "h264") {
            error(Message(QT_TRANSLATE_NOOP3("Engine", "The video is encoded as %1, not H.264.",
                                             "validate.not-h264"))
                      .arg(f.videoCodec));
        } else if (f.videoProfile != "High") {
            error(Message(QT_TRANSLATE_NOOP3("Engine",
                                             "The video uses the H.264 %1 profile, not High.",
                                             "validate.profile"))
                      .arg(f.videoProfile));
        }
        if (f.pixelFormat != "yuv420p") {
            error(
                Message(QT_TRANSLATE_NOOP3("Engine", "The pixel format is %1, not yuv420p (4:2:0).",
                                           "validate.pixel-format"))
                    .arg(f.pixelFormat));
        }
        if (f.width != preset.width || f.height != preset.height) {
            error(Message(QT_TRANSLATE_NOOP3("Engine", "The video is %1; %2 needs %3.",
                                             "validate.size"))
                      .arg(size(f.width, f.height))
                      .arg(who)
                      .arg(size(preset.width, preset.height)));
        }
        if (f.colorPrimaries != "bt709" || f.colorTransfer != "bt709" || f.colorSpace != "bt709" ||
            f.colorRange != "tv") {
            error(Message(QT_TRANSLATE_NOOP3("Engine",
                                             "The colour tags are %1, not BT.709 limited range.",
                                             "validate.colour-tags"))
                      .arg(f.colorPrimaries + "/" + f.colorTransfer + "/" + f.colorSpace + "/" +
                           f.colorRange));
        }
        if (!f.constantFrameRate) {
            error(Message(QT_TRANSLATE_NOOP3("Engine", "The frame rate is not constant.",
                                             "validate.variable-rate")));
        }
        if (preset.frameRate && f.frameRate != *preset.frameRate) {
            error(Message(QT_TRANSLATE_NOOP3("Engine",
                                             "The frame rate is %1; the preset asks for %2.",
                                             "validate.rate"))
                      .arg(formatRate(f.frameRate))
                      .arg(formatRate(*preset.frameRate)));
        }
        if (!f.frameRate.isZero()) {
            if (!preset.minFrameRate.isZero() && f.frameRate < preset.minFrameRate) {
                warn(Message(QT_TRANSLATE_NOOP3("Engine",
                                                "The video runs at %1; %2 expects at least %3.",
                                                "validate.rate-low"))
                         .arg(formatRate(f.frameRate))
                         .arg(who)
                         .arg(formatRate(preset.minFrameRate)));
            }
            if (!preset.maxFrameRate.isZero() && f.frameRate > preset.maxFrameRate) {
                warn(Message(QT_TRANSLATE_NOOP3(
                                 "Engine",
                                 "The video runs at %1; %2 shows at most %3 and will drop frames.",
                                 "validate.rate-high"))
                         .arg(formatRate(f.frameRate))
                         .arg(who)
                         .arg(formatRate(preset.maxFrameRate)));
            }
        }
    }
    if (!f.audioCodec.empty()) {
        if (f.audioCodec != "aac" || f.audioProfile != "LC") {
            error(Message(QT_TRANSLATE_NOOP3("Engine", "The audio is %1, not AAC-LC.",
                                             "validate.not-aac"))
                      .arg(f.audioCodec + " " + f.audioProfile));
        }
        if (f.sampleRate != preset.sampleRate) {
            error(Message(QT_TRANSLATE_NOOP3("Engine", "The audio sample rate is %1 Hz, not %2 Hz.",
                                             "validate.sample-rate"))
                      .arg(f.sampleRate)
                      .arg(preset.sampleRate));
        }
        if (f.channels != preset.channels) {
            error(Message(QT_TRANSLATE_NOOP3("Engine", "The audio has %1 channels, not %2.",
                                             "validate.channels"))
                      .arg(f.channels)
                      .arg(preset.channels));
        }
    }
    if (!f.moovBeforeMdat) {
        error(Message(QT_TRANSLATE_NOOP3("Engine",
                                         "The index (moov) is at the end of the file, so it "
                                         "cannot start playing while uploading.",
                                         "validate.moov-at-end")));
    }
    if (f.hasEditList) {
        error(Message(QT_TRANSLATE_NOOP3("Engine",
                                         "The file contains an edit list, which %1 may not "
                                         "process correctly.",
                                         "validate.edit-list"))
                  .arg(who));
    }

    if (!preset.maxDuration.isZero() && f.durationSeconds > preset.maxDuration.toDouble()) {
        warn(Message(QT_TRANSLATE_NOOP3("Engine", "The video is %1 long; %2 accepts at most %3.",
                                        "validate.too-long"))
                 .arg(formatDuration(f.durationSeconds))
                 .arg(who)
                 .arg(formatDuration(preset.maxDuration.toDouble())));
    }
    if (!preset.minDuration.isZero() && f.durationSeconds < preset.minDuration.toDouble()) {
        warn(Message(QT_TRANSLATE_NOOP3("Engine", "The video is %1 long; %2 needs at least %3.",
                                        "validate.too-short"))
                 .arg(formatDuration(f.durationSeconds))
                 .arg(who)
                 .arg(formatDuration(preset.minDuration.toDouble())));
    }
    if (preset.maxFileBytes > 0 && f.fileBytes > preset.maxFileBytes) {
        warn(Message(QT_TRANSLATE_NOOP3("Engine", "The file is %1; %2 accepts at most %3.",
                                        "validate.too-big"))
                 .arg(formatBytes(f.fileBytes))
                 .arg(who)
                 .arg(formatBytes(preset.maxFileBytes)));
    }
    const FrameRate rate = f.frameRate.isZero() ? FrameRate(30) : f.frameRate;
    const EncodeSettings s = encodeSettingsFor(preset, rate, !f.audioCodec.empty());
    const std::int64_t cap = s.maxBitrate + (s.hasAudio ? s.audioBitrate : 0);
    // 2 % slack for the container's own bytes, which the VBV cap does not count.
    if (f.bitRate > cap + cap / 50) {
        warn(Message(QT_TRANSLATE_NOOP3("Engine",
                                        "The average bit rate is %1; for %2 it should stay under "
                                        "%3 or the platform re-compresses it harder.",
                                        "validate.bit-rate"))
                 .arg(formatMbps(f.bitRate))
                 .arg(who)
                 .arg(formatMbps(cap)));
    }
    return rep;
}

} // namespace reelcut
