#include "record/voice_over.h"

#include "io/output_file.h"
#include "util/system_error.h"

#include <algorithm>
#include <array>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <regex>
#include <unistd.h>
#include <vector>

namespace fs = boost::filesystem;

namespace reelcut {

namespace {

constexpr int kHeaderBytes = 44;

[[noreturn]] void failFile(const fs::path& file, int errnum) {
    throw OutputError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot write the voice-over: %2",
                                                 "record.voice-write-failed"))
                          .arg(file.string())
                          .arg(systemErrorMessage(errnum)));
}

fs::path nextVoicePath(const fs::path& folder) {
    boost::system::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        failFile(folder, ec.value());
    }
    static const std::regex pattern(R"(voice-(\d{1,6})\.wav)");
    int highest = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(folder, ec)) {
        const std::string name = e.path().filename().string();
        std::smatch m;
        if (std::regex_match(name, m, pattern)) {
            highest = std::max(highest, std::stoi(m[1].str()));
        }
    }
    char name[32];
    std::snprintf(name, sizeof name, "voice-%03d.wav", highest + 1);
    return folder / name;
}

void put16(unsigned char* at, std::uint16_t v) {
    at[0] = static_cast<unsigned char>(v & 0xff);
    at[1] = static_cast<unsigned char>(v >> 8);
}

void put32(unsigned char* at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        at[i] = static_cast<unsigned char>((v >> (8 * i)) & 0xff);
    }
}

// A canonical PCM WAV header for `dataBytes` of 16-bit mono sound.
std::array<unsigned char, kHeaderBytes> wavHeader(std::uint32_t dataBytes) {
    std::array<unsigned char, kHeaderBytes> h{};
    std::memcpy(h.data(), "RIFF", 4);
    put32(h.data() + 4, 36 + dataBytes);
    std::memcpy(h.data() + 8, "WAVEfmt ", 8);
    put32(h.data() + 16, 16);
    put16(h.data() + 20, 1); // PCM
    put16(h.data() + 22, 1); // mono
    put32(h.data() + 24, VoiceOverWriter::kSampleRate);
    put32(h.data() + 28, VoiceOverWriter::kSampleRate * 2);
    put16(h.data() + 32, 2);
    put16(h.data() + 34, 16);
    std::memcpy(h.data() + 36, "data", 4);
    put32(h.data() + 40, dataBytes);
    return h;
}

float toDb(double v) {
    return v > 1.6e-5 ? static_cast<float>(20.0 * std::log10(v)) : -96.0f;
}

} // namespace

SoundLevel measureLevel(const float* interleaved, int frames, int channels) {
    SoundLevel level;
    if (interleaved == nullptr || frames <= 0 || channels <= 0) {
        return level;
    }
    double peak = 0;
    double sum = 0;
    const std::size_t n = std::size_t(frames) * std::size_t(channels);
    for (std::size_t i = 0; i < n; ++i) {
        const double v = std::abs(double(interleaved[i]));
        peak = std::max(peak, v);
        sum += v * v;
    }
    level.peakDb = toDb(peak);
    level.rmsDb = toDb(std::sqrt(sum / double(n)));
    return level;
}

// Our own descriptor on the temporary file: a failed write (a full disk) must keep what
// was written, where PendingFile::write would give the whole file up.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

struct VoiceOverWriter::Impl {
    std::unique_ptr<PendingFile> file;
    std::unique_ptr<Descriptor> fd;
    std::int64_t startUs = 0;
    std::int64_t written = 0; // samples
    std::vector<std::int16_t> buffer;

    std::int64_t bytesOfSound() const { return kHeaderBytes + written * 2; }
};

VoiceOverWriter::VoiceOverWriter(const fs::path& folder, std::int64_t startUs)
    : impl_(std::make_unique<Impl>()) {
    impl_->startUs = startUs;
    OutputTarget target;
    target.path = nextVoicePath(folder);
    target.kind = OutputKind::Data;
    impl_->file = std::make_unique<PendingFile>(target, RunInputs());
    const auto header = wavHeader(0);
    impl_->file->write(reinterpret_cast<const char*>(header.data()), header.size());
    impl_->fd = std::make_unique<Descriptor>(
        ::open(impl_->file->temporaryPath().c_str(), O_WRONLY | O_APPEND | O_CLOEXEC));
    if (impl_->fd->get() < 0) {
        failFile(target.path, errno);
    }
}

VoiceOverWriter::~VoiceOverWriter() = default;

void VoiceOverWriter::push(const float* interleaved, int frames, int channels,
                           std::int64_t timeUs) {
    if (interleaved == nullptr || frames <= 0 || channels <= 0 || !impl_->file) {
        return;
    }
    level_ = measureLevel(interleaved, frames, channels);
    // Sound heard before the start (the countdown) is not part of the voice-over.
    int skip = 0;
    if (timeUs < impl_->startUs && impl_->written == 0) {
        const std::int64_t early = (impl_->startUs - timeUs) * kSampleRate / 1'000'000;
        skip = int(std::min<std::int64_t>(early, frames));
    }
    const int count = frames - skip;
    if (count <= 0) {
        return;
    }
    impl_->buffer.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const float* frame = interleaved + std::size_t(skip + i) * std::size_t(channels);
        float sum = 0;
        for (int ch = 0; ch < channels; ++ch) {
            sum += frame[ch];
        }
        const float mono = std::clamp(sum / float(channels), -1.0f, 1.0f);
        impl_->buffer[std::size_t(i)] = static_cast<std::int16_t>(std::lround(mono * 32767.0f));
    }
    // 16-bit little-endian, as WAV stores it (the machines we build for are little-endian).
    const char* data = reinterpret_cast<const char*>(impl_->buffer.data());
    std::size_t size = impl_->buffer.size() * sizeof(std::int16_t);
    while (size > 0) {
        const ssize_t n = ::write(impl_->fd->get(), data, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            // Back to the last whole chunk: finish() keeps everything before it.
            [[maybe_unused]] const int ignored =
                ::ftruncate(impl_->fd->get(), impl_->bytesOfSound());
            failFile(impl_->file->target().path, err);
        }
        data += n;
        size -= std::size_t(n);
    }
    impl_->written += count;
}

double VoiceOverWriter::seconds() const {
    return double(impl_->written) / kSampleRate;
}

fs::path VoiceOverWriter::finish() {
    if (!impl_->file) {
        return {};
    }
    std::unique_ptr<PendingFile> file = std::move(impl_->file);
    impl_->fd.reset();
    const auto bytes = static_cast<std::uint32_t>(
        std::min<std::int64_t>(impl_->written * 2, std::int64_t(0xffffffffu) - kHeaderBytes));
    const auto header = wavHeader(bytes);
    const int fd = ::open(file->temporaryPath().c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        failFile(file->target().path, errno);
    }
    const ssize_t put = ::pwrite(fd, header.data(), header.size(), 0);
    const int err = errno;
    ::close(fd);
    if (put != ssize_t(header.size())) {
        failFile(file->target().path, put < 0 ? err : ENOSPC);
    }
    file->commit();
    return file->target().path;
}

} // namespace reelcut
