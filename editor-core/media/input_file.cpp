#include "media/input_file.h"

#include "media/media_error.h"
#include "model/builtin_assets.h"
#include "util/log.h"
#include "util/system_error.h"

#include <array>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

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

// Whether one of the refused demuxers that read other files (not the text-art ones, which
// take any text) recognises the start of the file.
bool looksLikePlaylist(const boost::filesystem::path& file) {
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (f == nullptr) {
        return false;
    }
    std::vector<unsigned char> buf(4096 + AVPROBE_PADDING_SIZE, 0);
    const std::size_t n = std::fread(buf.data(), 1, 4096, f);
    std::fclose(f);
    AVProbeData pd{};
    const std::string name = file.string();
    pd.filename = name.c_str();
    pd.buf = buf.data();
    pd.buf_size = int(n);
    int score = 0;
    const AVInputFormat* fmt = av_probe_input_format3(&pd, 1, &score);
    if (fmt == nullptr) {
        return false;
    }
    for (const std::string_view refused : {"concat", "hls", "dash", "imf", "sdp", "rtsp", "rtp",
                                           "avisynth", "vapoursynth", "webm_dash_manifest"}) {
        if (refused == fmt->name) {
            return true;
        }
    }
    return false;
}

Message openFailureReason(int err, const boost::filesystem::path& file) {
    if (err == AVERROR(ENOENT)) {
        return Message(QT_TRANSLATE_NOOP3("Engine", "file not found", "error.not-found"));
    }
    if (err == AVERROR(EACCES)) {
        return Message(QT_TRANSLATE_NOOP3("Engine", "file cannot be read (permission denied)",
                                          "media.permission"));
    }
    if (err == AVERROR_INVALIDDATA || err == AVERROR_EOF || err == AVERROR(EINVAL)) {
        // EINVAL is what avformat_open_input answers when no allowed demuxer recognises
        // the file: a damaged file, or one of the refused kinds (playlists, file lists).
        if (looksLikePlaylist(file)) {
            return Message(QT_TRANSLATE_NOOP3("Engine",
                                              "the file is a playlist or a list of other files, "
                                              "which are refused; use the media files themselves",
                                              "media.playlist"));
        }
        return Message(QT_TRANSLATE_NOOP3("Engine", "not a media file ReelCut can read, or damaged",
                                          "media.not-media"));
    }
    if (err == AVERROR(EPERM)) {
        return Message(QT_TRANSLATE_NOOP3("Engine",
                                          "the file refers to other files or addresses "
                                          "(a playlist or a file list), which are refused",
                                          "media.refers-elsewhere"));
    }
    return ffmpegErrorMessage(err);
}

} // namespace

void checkMediaFile(const boost::filesystem::path& media) {
    const std::string name = media.string(); // errors name what the project says
    if (name.find('\0') != std::string::npos) {
        throw MediaError(name.substr(0, name.find('\0')), "open",
                         Message(QT_TRANSLATE_NOOP3("Engine", "the path contains a NUL character",
                                                    "project.nul-in-path")));
    }
    const boost::filesystem::path file = resolveMediaPath(name);
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        throw MediaError(name, "open",
                         errno == ENOENT ? Message(QT_TRANSLATE_NOOP3("Engine", "file not found",
                                                                      "error.not-found"))
                                         : systemErrorMessage(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        throw MediaError(name, "open",
                         Message(QT_TRANSLATE_NOOP3("Engine", "is a folder, not a media file",
                                                    "media.is-folder")));
    }
    if (!S_ISREG(st.st_mode)) {
        throw MediaError(name, "open",
                         Message(QT_TRANSLATE_NOOP3("Engine",
                                                    "is not a plain file (a pipe or a device); "
                                                    "only files can be used as media",
                                                    "media.not-plain")));
    }
    if (st.st_size == 0) {
        throw MediaError(name, "open",
                         Message(QT_TRANSLATE_NOOP3("Engine", "file is empty", "media.empty")));
    }
}

QByteArray readMediaFileBytes(const boost::filesystem::path& media, qint64 maxBytes) {
    checkMediaFile(media);
    const std::string name = media.string();
    const boost::filesystem::path file = resolveMediaPath(name);
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        throw MediaError(name, "open", systemErrorMessage(errno));
    }
    QByteArray bytes;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            throw MediaError(name, "open", systemErrorMessage(e));
        }
        if (n == 0) {
            break;
        }
        bytes.append(buf, n);
        if (bytes.size() > maxBytes) {
            ::close(fd);
            throw MediaError(name, "open",
                             Message(QT_TRANSLATE_NOOP3("Engine", "the file is larger than %1 MB",
                                                        "media.too-large"))
                                 .arg(static_cast<long long>(maxBytes >> 20)));
        }
    }
    ::close(fd);
    return bytes;
}

ff::InputFormatPtr openInputFile(const boost::filesystem::path& media) {
    namespace fs = boost::filesystem;
    const std::string name = media.string(); // errors name what the project says
    checkMediaFile(media);
    const fs::path file = resolveMediaPath(name);

    AVFormatContext* raw = avformat_alloc_context();
    if (raw == nullptr) {
        throw MediaError(name, "open", systemErrorMessage(ENOMEM));
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
        throw MediaError(name, "open", openFailureReason(err, file));
    }
    ff::InputFormatPtr ctx(raw);
    if (const int r = avformat_find_stream_info(ctx.get(), nullptr); r < 0) {
        throw MediaError(name, "open",
                         Message(QT_TRANSLATE_NOOP3("Engine",
                                                    "not a media file ReelCut can read, or "
                                                    "damaged (%1)",
                                                    "media.not-media-detail"))
                             .arg(ffmpegErrorMessage(r)));
    }
    qCDebug(lcMedia, "opened %s: %s, %u stream(s)", name.c_str(), ctx->iformat->name,
            ctx->nb_streams);
    return ctx;
}

} // namespace reelcut
