#include "support/midi_tempo.h"

#include <QFile>
#include <algorithm>
#include <cstdint>
#include <map>
#include <stdexcept>

namespace reelcut::test {

namespace {

struct MidiFile {
    std::uint32_t division = 480;
    std::map<std::uint64_t, std::uint32_t> tempo{{0, 500000}}; // tick -> microseconds/beat
    std::vector<std::uint64_t> noteTicks;

    double seconds(std::uint64_t tick) const {
        double s = 0;
        std::uint64_t at = 0;
        for (auto it = tempo.begin(); it != tempo.end() && at < tick; ++it) {
            const auto next = std::next(it);
            const std::uint64_t end =
                next == tempo.end() ? tick : std::min<std::uint64_t>(next->first, tick);
            if (end > at) {
                s += double(end - at) * it->second / 1e6 / division;
                at = end;
            }
        }
        return s;
    }
};

MidiFile readMidi(const QString& file);

} // namespace

std::vector<double> midiNoteTimes(const QString& file) {
    const MidiFile m = readMidi(file);
    std::vector<double> out;
    for (std::uint64_t t : m.noteTicks) {
        out.push_back(m.seconds(t));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double chartOffset(const std::vector<double>& notes, const std::vector<double>& onsets) {
    double best = 0;
    int bestCount = -1;
    for (int k = -60; k <= 60; ++k) {
        const double off = k * 0.005;
        int count = 0;
        for (double n : notes) {
            auto it = std::lower_bound(onsets.begin(), onsets.end(), n + off - 0.03);
            count += it != onsets.end() && *it <= n + off + 0.03 ? 1 : 0;
        }
        if (count > bestCount) {
            bestCount = count;
            best = off;
        }
    }
    return best;
}

std::vector<double> midiBeatTimes(const QString& file, double until) {
    const MidiFile m = readMidi(file);
    std::vector<double> beats;
    for (std::uint64_t beat = 0;; ++beat) {
        const double t = m.seconds(beat * m.division);
        if (t > until) {
            break;
        }
        beats.push_back(t);
    }
    return beats;
}

namespace {

MidiFile readMidi(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(("cannot read " + file).toStdString());
    }
    const QByteArray d = f.readAll();
    auto u8 = [&](qsizetype i) {
        return std::uint32_t(std::uint8_t(d.at(i)));
    };
    auto be = [&](qsizetype i, int n) {
        std::uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
            v = (v << 8) | u8(i + k);
        }
        return v;
    };
    if (d.size() < 14 || !d.startsWith("MThd")) {
        throw std::runtime_error((file + ": not a MIDI file").toStdString());
    }
    const std::uint32_t tracks = be(10, 2);
    const std::uint32_t division = be(12, 2);
    if (division == 0 || (division & 0x8000) != 0) {
        throw std::runtime_error((file + ": SMPTE time division not supported").toStdString());
    }
    MidiFile m;
    m.division = division;
    qsizetype pos = 8 + qsizetype(be(4, 4));
    for (std::uint32_t t = 0; t < tracks && pos + 8 <= d.size(); ++t) {
        if (d.mid(pos, 4) != "MTrk") {
            throw std::runtime_error((file + ": damaged track header").toStdString());
        }
        const qsizetype end = std::min(d.size(), pos + 8 + qsizetype(be(pos + 4, 4)));
        qsizetype i = pos + 8;
        std::uint64_t tick = 0;
        std::uint32_t running = 0;
        auto vlq = [&] {
            std::uint32_t v = 0;
            while (i < end) {
                const std::uint32_t b = u8(i++);
                v = (v << 7) | (b & 0x7f);
                if (b < 0x80) {
                    break;
                }
            }
            return v;
        };
        while (i < end) {
            tick += vlq();
            const std::uint32_t status = u8(i);
            if (status == 0xff) {
                const std::uint32_t type = u8(i + 1);
                i += 2;
                const std::uint32_t len = vlq();
                if (type == 0x51 && len == 3) {
                    m.tempo[tick] = be(i, 3);
                }
                i += qsizetype(len);
            } else if (status == 0xf0 || status == 0xf7) {
                ++i;
                i += qsizetype(vlq());
            } else {
                if (status & 0x80) {
                    running = status;
                    ++i;
                }
                const std::uint32_t kind = running & 0xf0;
                if (kind == 0x90 && i + 1 < end && u8(i + 1) > 0) {
                    m.noteTicks.push_back(tick);
                }
                i += (kind == 0xc0 || kind == 0xd0) ? 1 : 2;
            }
        }
        pos = end;
    }
    return m;
}

} // namespace

} // namespace reelcut::test
