#include "model/srt.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace reelcut {

namespace {

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

// "00:01:02,500" (a dot is accepted too, as many tools write it).
bool parseStamp(const std::string& s, Time& out) {
    unsigned h = 0, m = 0, sec = 0, ms = 0;
    char sep = 0;
    int consumed = 0;
    if (std::sscanf(s.c_str(), "%u:%u:%u%c%u%n", &h, &m, &sec, &sep, &ms, &consumed) != 5 ||
        (sep != ',' && sep != '.') || consumed != int(s.size()) || m > 59 || sec > 59 || ms > 999) {
        return false;
    }
    out = Rational(std::int64_t(h) * 3600000 + m * 60000 + sec * 1000 + ms, 1000);
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
    std::string text = input;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
        text.erase(0, 3);
    }
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        lines.push_back(line);
    }
    auto fail = [](std::size_t line, const std::string& what) {
        throw SrtError("line " + std::to_string(line + 1) + ": " + what);
    };
    std::vector<Caption> out;
    std::size_t i = 0;
    while (i < lines.size()) {
        if (trim(lines[i]).empty()) {
            ++i;
            continue;
        }
        // Cue number (optional in practice: some tools omit it).
        std::string timing = trim(lines[i]);
        if (timing.find("-->") == std::string::npos) {
            const std::string num = timing;
            if (num.find_first_not_of("0123456789") != std::string::npos) {
                fail(i, "expected a cue number or a timing line like "
                        "\"00:00:01,000 --> 00:00:02,500\", found \"" +
                            num.substr(0, 40) + "\"");
            }
            ++i;
            if (i >= lines.size()) {
                fail(i - 1, "cue " + num + " has no timing line");
            }
            timing = trim(lines[i]);
        }
        const auto arrow = timing.find("-->");
        if (arrow == std::string::npos) {
            fail(i, "expected a timing line like \"00:00:01,000 --> 00:00:02,500\"");
        }
        Caption c;
        std::string endText = trim(timing.substr(arrow + 3));
        // Position hints after the end stamp ("X1:... Y1:...") are ignored.
        if (const auto space = endText.find(' '); space != std::string::npos) {
            endText = endText.substr(0, space);
        }
        if (!parseStamp(trim(timing.substr(0, arrow)), c.start) || !parseStamp(endText, c.end)) {
            fail(i, "bad time stamp in \"" + timing + "\" (expected HH:MM:SS,mmm)");
        }
        if (c.end <= c.start) {
            fail(i, "the cue ends before it starts");
        }
        ++i;
        std::string body;
        while (i < lines.size() && !trim(lines[i]).empty()) {
            if (!body.empty()) {
                body += '\n';
            }
            body += lines[i];
            ++i;
        }
        c.text = body;
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Caption& a, const Caption& b) { return a.start < b.start; });
    return out;
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
