#include "batch/output_name.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace reelcut::batch {

namespace {

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

// Windows refuses these as file names with any extension; outputs are often copied to
// Windows machines or shares.
bool isDeviceName(const std::string& part) {
    const std::string stem = upper(part.substr(0, part.find('.')));
    static const std::array<const char*, 4> plain{"CON", "PRN", "AUX", "NUL"};
    for (const char* n : plain) {
        if (stem == n) {
            return true;
        }
    }
    if (stem.size() == 4 && (stem.rfind("COM", 0) == 0 || stem.rfind("LPT", 0) == 0) &&
        stem[3] >= '0' && stem[3] <= '9') {
        return true;
    }
    return false;
}

} // namespace

bool isReservedBatchName(const std::string& first) {
    return first == "report.json" || first == "report.html" || first == "manifest.json" ||
           first == "logs" || first == "batch.sbatch" || first == "batch-job.yaml" ||
           first.rfind(".reelcut-batch", 0) == 0;
}

CheckedName checkOutputName(const std::string& name) {
    auto refuse = [](Message why) {
        return CheckedName{{}, std::move(why)};
    };
    if (name.empty()) {
        return refuse(
            Message(QT_TRANSLATE_NOOP3("Engine", "the output name is empty", "batch.name-empty")));
    }
    for (unsigned char c : name) {
        if (c == 0) {
            return refuse(Message(QT_TRANSLATE_NOOP3(
                "Engine", "the output name contains a NUL character", "batch.name-nul")));
        }
        if (c < 0x20 || c == 0x7f) {
            return refuse(Message(QT_TRANSLATE_NOOP3(
                "Engine", "the output name contains a control character (a line break or tab?)",
                "batch.name-control")));
        }
        if (c == '\\') {
            return refuse(Message(QT_TRANSLATE_NOOP3(
                "Engine", "the output name contains a backslash", "batch.name-backslash")));
        }
    }
    if (name.front() == '/') {
        return refuse(
            Message(QT_TRANSLATE_NOOP3("Engine", "the output name \"%1\" is an absolute path",
                                       "batch.name-absolute"))
                .arg(name));
    }
    if (name.front() == '~') {
        return refuse(Message(QT_TRANSLATE_NOOP3("Engine", "the output name \"%1\" starts with ~",
                                                 "batch.name-tilde"))
                          .arg(name));
    }
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t slash = name.find('/', start);
        const std::size_t end = slash == std::string::npos ? name.size() : slash;
        parts.push_back(name.substr(start, end - start));
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    for (const std::string& p : parts) {
        if (p.empty()) {
            return refuse(
                Message(QT_TRANSLATE_NOOP3("Engine",
                                           "the output name \"%1\" has an empty folder name (//)",
                                           "batch.name-empty-part"))
                    .arg(name));
        }
        if (p == "." || p == "..") {
            return refuse(
                Message(QT_TRANSLATE_NOOP3(
                            "Engine", "the output name \"%1\" would leave the output folder (..)",
                            "batch.name-leaves"))
                    .arg(name));
        }
        if (p.front() == '.') {
            return refuse(Message(QT_TRANSLATE_NOOP3(
                                      "Engine", "the output name \"%1\" has a hidden part (%2)",
                                      "batch.name-hidden"))
                              .arg(name)
                              .arg(p));
        }
        if (p.size() > 255) {
            return refuse(Message(
                QT_TRANSLATE_NOOP3("Engine", "a part of the output name is longer than 255 bytes",
                                   "batch.name-too-long")));
        }
        if (isDeviceName(p)) {
            return refuse(
                Message(QT_TRANSLATE_NOOP3("Engine", "\"%1\" is a reserved device name on Windows",
                                           "batch.name-device"))
                    .arg(p));
        }
        if (p.back() == ' ' || p.back() == '.') {
            return refuse(Message(QT_TRANSLATE_NOOP3("Engine", "\"%1\" ends with a space or a dot",
                                                     "batch.name-trailing"))
                              .arg(p));
        }
    }
    if (isReservedBatchName(parts.front())) {
        return refuse(
            Message(QT_TRANSLATE_NOOP3("Engine", "\"%1\" is a file the batch keeps for itself",
                                       "batch.name-reserved"))
                .arg(parts.front()));
    }
    std::string path = name;
    const std::string& last = parts.back();
    const std::size_t dot = last.rfind('.');
    if (dot == std::string::npos) {
        path += ".mp4";
    } else if (upper(last.substr(dot)) != ".MP4") {
        return refuse(
            Message(QT_TRANSLATE_NOOP3("Engine", "the output name \"%1\" must end in .mp4",
                                       "batch.name-extension"))
                .arg(name));
    }
    return CheckedName{path, std::nullopt};
}

} // namespace reelcut::batch
