#include "media/input_file.h"

#include "media/media_error.h"
#include "model/builtin_assets.h"
#include "util/log.h"

#include <array>
#include <boost/filesystem/operations.hpp>
#include <cstring>
#include <string_view>

extern "C" {
#include <libavutil/dict.h>
}

namespace reelcut {

namespace {

// Demuxers whose job is to read other files or the network (playlists, file lists,
// manifests, scripts) or that turn any text file into "video" (ANSI art). The io_open
// callback stops most nested opens, but concat opens its entries through a fresh context
// that does not inherit the callback, so these are refused before their header is read.
constexpr std::array<std::string_view, 15> kRefusedDemuxers{
    "concat", "hls", "dash",     "imf",         "sdp",
    "rtsp",   "rtp", "avisynth", "vapoursynth", "webm_dash_manifest",
    "tty",    "bin", "xbin",     "adf",         "idf"};

const std::string& allowedDemuxers() {
    static const std::string list = [] {
        std::string out;
        void* it = nullptr;
        while (const AVInputFormat* fmt = av_demuxer_iterate(&it)) {
            bool refused = false;
            for (const std::string_view name : kRefusedDemuxers) {
                refused = refused || name == fmt->name;
            }
            if (!refused) {
                if (!out.empty()) {
                    out += ',';
                }
                out += fmt->name;
            }
        }
        return out;
    }();
    return list;
}

// Lets the demuxer open only the file it was given (image2 reopens it by name); every
// other URL - playlist entries, MOV data references, image sequences - is refused.
int openOnlyTheFile(AVFormatContext* s, AVIOContext** pb, const char* url, int flags,
                    AVDictionary** options) {
    if (s->url == nullptr || url == nullptr || std::strcmp(s->url, url) != 0 ||
        (flags & AVIO_FLAG_WRITE) != 0) {
        av_log(s, AV_LOG_ERROR, "refused to open '%s' from inside a media file\n", url ? url : "");
        return AVERROR(EPERM);
    }
    AVDictionary* opts = nullptr;
    if (options != nullptr) {
        av_dict_copy(&opts, *options, 0);
    }
    av_dict_set(&opts, "protocol_whitelist", "file", 0);
    const int ret = avio_open2(pb, url, flags, &s->interrupt_callback, &opts);
    av_dict_free(&opts);
    return ret;
}

std::string openFailureReason(int err) {
    if (err == AVERROR(ENOENT)) {
        return "file not found";
    }
    if (err == AVERROR(EACCES) || err == AVERROR(EPERM)) {
        return "file cannot be read (permission denied)";
    }
    if (err == AVERROR_INVALIDDATA || err == AVERROR_EOF) {
        return "not a media file or corrupt";
    }
    if (err == AVERROR(EINVAL)) {
        // What avformat_open_input answers for a demuxer not on format_whitelist.
        return "unsupported or not allowed file type (playlists and file lists are refused)";
    }
    return "cannot open: " + ffmpegErrorText(err);
}

} // namespace

ff::InputFormatPtr openInputFile(const boost::filesystem::path& media) {
    namespace fs = boost::filesystem;
    const std::string name = media.string(); // errors name what the project says
    const fs::path file = resolveMediaPath(name);
    boost::system::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status)) {
        throw MediaError(name, "open", "file not found");
    }
    if (fs::is_directory(status)) {
        throw MediaError(name, "open", "is a folder, not a media file");
    }
    if (fs::is_regular_file(status) && fs::file_size(file, ec) == 0 && !ec) {
        throw MediaError(name, "open", "file is empty");
    }

    AVFormatContext* raw = avformat_alloc_context();
    if (raw == nullptr) {
        throw MediaError(name, "open", "out of memory");
    }
    raw->io_open = openOnlyTheFile;

    AVDictionary* opts = nullptr;
    av_dict_set(&opts, "protocol_whitelist", "file", 0);
    av_dict_set(&opts, "format_whitelist", allowedDemuxers().c_str(), 0);
    // A '%d' in a file name is part of the name, not an image-sequence pattern.
    av_dict_set(&opts, "pattern_type", "none", 0);
    // The "file:" prefix keeps a name such as "clip:1.mp4" from naming a protocol.
    const std::string url = "file:" + fs::absolute(file).string();
    const int err = avformat_open_input(&raw, url.c_str(), nullptr, &opts);
    av_dict_free(&opts);
    if (err < 0) {
        // avformat_open_input frees the context on failure.
        throw MediaError(name, "open", openFailureReason(err));
    }
    ff::InputFormatPtr ctx(raw);
    if (const int r = avformat_find_stream_info(ctx.get(), nullptr); r < 0) {
        throw MediaError(name, "open", "not a media file or corrupt: " + ffmpegErrorText(r));
    }
    qCDebug(lcMedia, "opened %s: %s, %u stream(s)", name.c_str(), ctx->iformat->name,
            ctx->nb_streams);
    return ctx;
}

} // namespace reelcut
