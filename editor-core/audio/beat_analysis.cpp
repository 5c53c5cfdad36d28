#include "audio/beat_analysis.h"

#include "audio/beat_tracker.h"
#include "media/pcm_decoder.h"

#include <algorithm>
#include <aubio/aubio.h>
#include <cmath>
#include <future>
#include <memory>

namespace reelcut {

namespace {

template <typename T, void (*Free)(T*)> struct AubioDeleter {
    void operator()(T* p) const {
        if (p != nullptr) {
            Free(p);
        }
    }
};
using FvecPtr = std::unique_ptr<fvec_t, AubioDeleter<fvec_t, del_fvec>>;
using CvecPtr = std::unique_ptr<cvec_t, AubioDeleter<cvec_t, del_cvec>>;
using FftPtr = std::unique_ptr<aubio_fft_t, AubioDeleter<aubio_fft_t, del_aubio_fft>>;
using OnsetPtr = std::unique_ptr<aubio_onset_t, AubioDeleter<aubio_onset_t, del_aubio_onset>>;
using TempoPtr = std::unique_ptr<aubio_tempo_t, AubioDeleter<aubio_tempo_t, del_aubio_tempo>>;

// Window of the onset curves: 46 ms at 22.05 kHz (the hop is a quarter of it).
constexpr double kWindowSeconds = 1024.0 / 22050;

// Magnitude spectra of overlapping Hann-windowed frames through aubio's FFT. (aubio's
// phase vocoder also computes every phase, an arctangent per bin that took a third of
// the analysis time; onsets need magnitudes only.)
class Spectrogram {
public:
    Spectrogram(uint_t window, uint_t hop)
        : hop_(hop), fft_(new_aubio_fft(window)), frame_(new_fvec(window)),
          weights_(new_aubio_window(const_cast<char_t*>("hanningz"), window)),
          complex_(new_fvec(window)), spectrum_(new_cvec(window)), history_(window, 0.0f) {
        if (!fft_ || !frame_ || !weights_ || !complex_ || !spectrum_) {
            throw std::bad_alloc();
        }
    }
    // Takes the next `hop` samples; returns the magnitudes of the frame ending with them.
    const smpl_t* next(const float* samples) {
        std::copy(history_.begin() + hop_, history_.end(), history_.begin());
        std::copy_n(samples, hop_, history_.end() - hop_);
        fvec_weighted_copy_raw();
        aubio_fft_do_complex(fft_.get(), frame_.get(), complex_.get());
        aubio_fft_get_norm(complex_.get(), spectrum_.get());
        return spectrum_->norm;
    }

private:
    void fvec_weighted_copy_raw() {
        for (uint_t i = 0; i < frame_->length; ++i) {
            frame_->data[i] = history_[i] * weights_->data[i];
        }
    }
    uint_t hop_;
    FftPtr fft_;
    FvecPtr frame_, weights_, complex_;
    CvecPtr spectrum_;
    std::vector<float> history_;
};

// Every note or hit that starts (aubio's high-frequency-content detector, 40 ms apart at
// least), seconds.
std::vector<double> detectOnsets(const std::vector<float>& mono, uint_t win, uint_t hop,
                                 uint_t rate) {
    OnsetPtr onset(new_aubio_onset("hfc", win, hop, rate));
    FvecPtr in(new_fvec(hop)), out(new_fvec(1));
    if (!onset || !in || !out) {
        throw std::bad_alloc();
    }
    aubio_onset_set_minioi_ms(onset.get(), 40);
    std::vector<double> times;
    for (std::size_t f = 0; f + 1 <= mono.size() / hop; ++f) {
        std::copy_n(mono.data() + f * hop, hop, in->data);
        aubio_onset_do(onset.get(), in.get(), out.get());
        if (out->data[0] != 0) {
            times.push_back(aubio_onset_get_last_s(onset.get()));
        }
    }
    return times;
}

uint_t powerOfTwoAtLeast(double v) {
    uint_t p = 64;
    while (p < v) {
        p *= 2;
    }
    return p;
}

} // namespace

BeatAnalysis analyzeBeatSamples(const std::vector<float>& mono, int sampleRate,
                                std::vector<double>* aubioBeatsOut) {
    BeatAnalysis result;
    result.duration = double(mono.size()) / sampleRate;
    const uint_t win = powerOfTwoAtLeast(kWindowSeconds * sampleRate);
    const uint_t hop = win / 4;
    const uint_t harmonyWin = win * 4; // fine frequency steps for bass notes
    const uint_t harmonyHop = win;
    if (mono.size() < std::size_t(harmonyWin) * 4) {
        return result;
    }
    const auto rate = uint_t(sampleRate);

    Spectrogram spectrogram(win, hop);
    Spectrogram harmonySpectrogram(harmonyWin, harmonyHop);
    // aubio's own beat tracker runs only to measure what the post-processing adds.
    TempoPtr tempo(aubioBeatsOut != nullptr ? new_aubio_tempo("specflux", win, hop, rate)
                                            : nullptr);
    FvecPtr in(new_fvec(hop)), tempoOut(new_fvec(2));
    if (!in || !tempoOut || (aubioBeatsOut != nullptr && !tempo)) {
        throw std::bad_alloc();
    }
    // aubio's onset detector has its own phase vocoder: it runs on the second core while
    // this thread computes the onset curves.
    std::future<std::vector<double>> onsets =
        std::async(std::launch::async, [&] { return detectOnsets(mono, win, hop, rate); });

    beat::OnsetCurves curves;
    curves.frameRate = double(rate) / hop;
    // A frame's flux rises when a hit enters the middle of its window: frame i covers
    // samples up to (i + 1) * hop, centred half a window earlier.
    curves.offset = (double(hop) - double(win) / 2) / rate;
    beat::HarmonyFrames harmony;
    harmony.frameRate = double(rate) / harmonyHop;
    harmony.offset = (double(harmonyHop) - double(harmonyWin) / 2) / rate;
    const double binHz = double(rate) / harmonyWin;
    const auto hLo = uint_t(std::ceil(30 / binHz));
    const auto hHi = std::min(harmonyWin / 2, uint_t(1000 / binHz));
    harmony.bins = int(hHi - hLo);

    const double fftBinHz = double(rate) / win;
    const auto drumTop = std::min(win / 2, uint_t(5000 / fftBinHz));
    std::vector<float> previous(win / 2 + 1, 0.0f);
    std::vector<double> aubioBeats;

    const std::size_t frames = mono.size() / hop;
    curves.full.reserve(frames);
    curves.drums.reserve(frames);
    for (std::size_t f = 0; f < frames; ++f) {
        std::copy_n(mono.data() + f * hop, hop, in->data);
        const smpl_t* norm = spectrogram.next(in->data);
        double drums = 0, all = 0;
        for (uint_t k = 1; k <= win / 2; ++k) {
            // Log magnitude: a hit stands out by its rise relative to what sounded before,
            // whatever the loudness.
            const float m = std::log1p(100.0f * norm[k]);
            const float rise = std::max(0.0f, m - previous[k]);
            previous[k] = m;
            all += rise;
            if (k <= drumTop) {
                drums += rise;
            }
        }
        curves.full.push_back(float(all));
        curves.drums.push_back(float(drums));

        if (tempo) {
            aubio_tempo_do(tempo.get(), in.get(), tempoOut.get());
            if (tempoOut->data[0] != 0) {
                aubioBeats.push_back(aubio_tempo_get_last_s(tempo.get()));
            }
        }
        if ((f + 1) % (harmonyHop / hop) == 0) {
            const std::size_t start = (f + 1) * hop - harmonyHop;
            const smpl_t* h = harmonySpectrogram.next(mono.data() + start);
            for (uint_t k = hLo; k < hHi; ++k) {
                harmony.values.push_back(std::log1p(100.0f * h[k]));
            }
        }
    }
    if (aubioBeatsOut != nullptr) {
        *aubioBeatsOut = aubioBeats;
    }
    result.onsets = onsets.get();
    result.beats = beat::findBeats(curves);
    if (result.beats.size() >= 2) {
        // Tempo from spans of up to eight beats: one interval is only known to about a
        // frame (12 ms, 3 % at 170 BPM), eight to an eighth of that.
        const std::size_t span = std::min<std::size_t>(8, result.beats.size() - 1);
        std::vector<double> ibi;
        for (std::size_t i = 0; i + span < result.beats.size(); ++i) {
            ibi.push_back((result.beats[i + span] - result.beats[i]) / double(span));
        }
        std::nth_element(ibi.begin(), ibi.begin() + std::ptrdiff_t(ibi.size() / 2), ibi.end());
        result.bpm = 60.0 / ibi[ibi.size() / 2];
        result.downbeats = beat::findDownbeats(result.beats, harmony, result.beatsPerBar);
    } else {
        result.beats.clear();
    }
    return result;
}

BeatAnalysis analyzeBeats(const boost::filesystem::path& media) {
    // Songs longer than an hour are not music for a short video; the bound keeps a
    // mistaken pick (a film) from filling memory.
    const std::vector<float> mono = decodeMono(media, kBeatAnalysisRate, 3600);
    return analyzeBeatSamples(mono, kBeatAnalysisRate);
}

} // namespace reelcut
