#include "model/srt.h"

#include "model/project_limits.h"
#include "util/system_error.h"

#include <QString>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace reelcut {

namespace {

constexpr std::int64_t kMaxSrtBytes = 16 * 1024 * 1024;

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

// Reads up to `maxDigits` decimal digits at s[pos]; false if there are none or too many.
bool readNumber(const std::string& s, std::size_t& pos, int maxDigits, std::int64_t& out) {
    const std::size_t start = pos;
    out = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        if (int(pos - start) == maxDigits) {
            return false;
        }
        out = out * 10 + (s[pos] - '0');
        ++pos;
    }
    return pos > start;
}

// "00:01:02,500" (a dot is accepted too, as many tools write it; hours may have more
// digits). Parsed by hand: sscanf's behaviour on a number too large for its type is
// undefined, and "99999999999999999999:00:00,000" must be a clear error, not a wrap.
bool parseStamp(const std::string& s, Time& out) {
    std::size_t pos = 0;
    std::int64_t h = 0, m = 0, sec = 0, ms = 0;
    if (!readNumber(s, pos, 6, h) || pos >= s.size() || s[pos++] != ':' ||
        !readNumber(s, pos, 2, m) || pos >= s.size() || s[pos++] != ':' ||
        !readNumber(s, pos, 2, sec) || pos >= s.size() || (s[pos] != ',' && s[pos] != '.')) {
        return false;
    }
    ++pos;
    const std::size_t msStart = pos;
    if (!readNumber(s, pos, 3, ms) || pos != s.size() || m > 59 || sec > 59) {
        return false;
    }
    for (std::size_t d = pos - msStart; d < 3; ++d) {
        ms *= 10; // ",5" is half a second
    }
    out = Rational(h * 3600000 + m * 60000 + sec * 1000 + ms, 1000);
    return true;
}

std::string stamp(const Time& t) {
    const std::int64_t ms = std::max<std::int64_t>(0, t.roundMul(1000));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld,%03lld", (long long)(ms / 3600000),
                  (long long)(ms / 60000 % 60), (long long)(ms / 1000 % 60),
                  (long long)(ms % 1000));
    return buf;
}

} // namespace

std::vector<Caption> parseSrt(const std::string& input) {
    std::string_view text = input;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    // Lines as views into the text: one pass, no copies, linear in the file's size.
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        lines.push_back(line);
        if (nl == std::string_view::npos) {
            break;
        }
        pos = nl + 1;
    }
    auto fail = [](std::size_t line, const Message& what) {
        throw SrtError(Message(QT_TRANSLATE_NOOP3("Engine", "line %1: %2", "srt.line"))
                           .arg(static_cast<long long>(line + 1))
                           .arg(what));
    };
    auto blank = [](std::string_view l) {
        return l.find_first_not_of(" \t\r") == std::string_view::npos;
    };
    std::vector<Caption> out;
    std::size_t i = 0;
    while (i < lines.size()) {
        if (blank(lines[i])) {
            ++i;
            continue;
        }
        if (out.size() >= std::size_t(limits::kMaxCaptions)) {
            fail(i, Message(QT_TRANSLATE_NOOP3("Engine", "the file has more than %1 captions",
                                               "srt.too-many"))
                        .arg(limits::kMaxCaptions));
        }
        // Cue number (optional in practice: some tools omit it).
        std::string timing = trim(std::string(lines[i].substr(0, 200)));
        if (timing.find("-->") == std::string::npos) {
            const std::string num = timing;
            if (num.find_first_not_of("0123456789") != std::string::npos) {
                fail(i, Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "expected a cue number or a timing line like "
                                                   "\"00:00:01,000 --> 00:00:02,500\", found "
                                                   "\"%1\"",
                                                   "srt.expected-cue"))
                            .arg(QString::fromStdString(num).left(40)));
            }
            ++i;
            if (i >= lines.size()) {
                fail(i - 1, Message(QT_TRANSLATE_NOOP3("Engine", "cue %1 has no timing line",
                                                       "srt.no-timing"))
                                .arg(num.substr(0, 20)));
            }
            timing = trim(std::string(lines[i].substr(0, 200)));
        }
        const auto arrow = timing.find("-->");
        if (arrow == std::string::npos) {
            fail(i, Message(QT_TRANSLATE_NOOP3(
                        "Engine", "expected a timing line like \"00:00:01,000 --> 00:00:02,500\"",
                        "srt.expected-timing")));
        }
        Caption c;
        std::string endText = trim(timing.substr(arrow + 3));
        // Position hints after the end stamp ("X1:... Y1:...") are ignored.
        if (const auto space = endText.find(' '); space != std::string::npos) {
            endText = endText.substr(0, space);
        }
        if (!parseStamp(trim(timing.substr(0, arrow)), c.start) || !parseStamp(endText, c.end)) {
            fail(i, Message(QT_TRANSLATE_NOOP3("Engine",
                                               "bad time stamp in \"%1\" (expected HH:MM:SS,mmm)",
                                               "srt.bad-stamp"))
                        .arg(QString::fromStdString(timing).left(60)));
        }
        if (c.end > Time(limits::kMaxSeconds)) {
            fail(i, Message(
                        QT_TRANSLATE_NOOP3("Engine", "the cue ends after %1 hours", "srt.too-late"))
                        .arg(static_cast<long long>(limits::kMaxSeconds / 3600)));
        }
        if (c.end <= c.start) {
            fail(i, Message(QT_TRANSLATE_NOOP3("Engine", "the cue ends before it starts",
                                               "srt.ends-before-start")));
        }
        const std::size_t cueLine = i;
        ++i;
        std::string body;
        while (i < lines.size() && !blank(lines[i])) {
            if (!body.empty()) {
                body += '\n';
            }
            body += lines[i];
            if (body.size() > std::size_t(limits::kMaxTextCharacters) * 4 + 8) {
                break; // certainly too long; counted in characters below
            }
            ++i;
        }
        const qsizetype chars = QString::fromStdString(body).size();
        if (chars > limits::kMaxTextCharacters) {
            fail(cueLine + 1, Message(QT_TRANSLATE_NOOP3("Engine",
                                                         "the caption is %1 characters long; at "
                                                         "most %2 are allowed",
                                                         "srt.caption-too-long"))
                                  .arg(static_cast<long long>(chars))
                                  .arg(limits::kMaxTextCharacters));
        }
        c.text = std::move(body);
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Caption& a, const Caption& b) { return a.start < b.start; });
    return out;
}

std::vector<Caption> readSrtFile(const boost::filesystem::path& file) {
    const std::string name = file.string();
    auto fail = [&](const Message& what) {
        throw SrtError(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "srt.file")).arg(name).arg(what));
    };
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        fail(systemErrorMessage(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        fail(Message(QT_TRANSLATE_NOOP3(
            "Engine", "is not a plain file (a folder, a pipe or a device)", "srt.not-plain")));
    }
    if (st.st_size > kMaxSrtBytes) {
        fail(Message(QT_TRANSLATE_NOOP3("Engine",
                                        "the file is larger than %1 MB; that is not a "
                                        "caption file",
                                        "srt.too-large"))
                 .arg(static_cast<long long>(kMaxSrtBytes >> 20)));
    }
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        fail(systemErrorMessage(errno));
    }
    std::string bytes;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0 || bytes.size() > std::size_t(kMaxSrtBytes)) {
            break;
        }
        bytes.append(buf, std::size_t(n));
    }
    ::close(fd);
    try {
        return parseSrt(bytes);
    } catch (const SrtError& e) {
        fail(e.message());
    }
    return {};
}

std::string writeSrt(const std::vector<Caption>& captions) {
    std::string out;
    int n = 1;
    for (const Caption& c : captions) {
        out += std::to_string(n++) + "\n" + stamp(c.start) + " --> " + stamp(c.end) + "\n" +
               c.text + "\n\n";
    }
    return out;
}

std::vector<Clip> captionClips(const std::vector<Caption>& captions, const Clip& look) {
    std::vector<Clip> clips;
    Time lastEnd(0);
    for (const Caption& cap : captions) {
        Clip c = look;
        c.id = 0;
        c.kind = ClipKind::Text;
        c.text = cap.text;
        // Overlapping cues would overlap on one track: each starts after the previous ends.
        c.start = max(cap.start, lastEnd);
        if (c.start >= cap.end) {
            continue;
        }
        c.in = Time(0);
        c.out = cap.end - c.start;
        c.speed = Rational(1);
        lastEnd = cap.end;
        clips.push_back(std::move(c));
    }
    return clips;
}

std::vector<Caption> projectCaptions(const Project& project) {
    std::vector<Caption> out;
    for (const Track& t : project.tracks) {
        if (t.kind != TrackKind::Text) {
            continue;
        }
        for (const Clip& c : t.clips) {
            if (c.kind == ClipKind::Text) {
                out.push_back(Caption{c.start, c.end(), c.text});
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Caption& a, const Caption& b) { return a.start < b.start; });
    return out;
}

} // namespace reelcut
