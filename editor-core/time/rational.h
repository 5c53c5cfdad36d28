#pragma once

// Exact rational numbers for time, frame rates and speeds. Doubles cannot represent
// 1001/30000 exactly, so trims at 29.97 fps would drift on save/load; this type can.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reelcut {

class Rational {
public:
    constexpr Rational() = default;
    // Throws std::invalid_argument for a zero denominator.
    Rational(std::int64_t num, std::int64_t den = 1);

    std::int64_t num() const { return num_; }
    std::int64_t den() const { return den_; }

    double toDouble() const { return static_cast<double>(num_) / static_cast<double>(den_); }
    bool isZero() const { return num_ == 0; }
    bool isNegative() const { return num_ < 0; }

    // floor(this * scale) and round-half-up, computed exactly; used to map times to
    // stream ticks and sample indices.
    std::int64_t floorMul(std::int64_t scale) const;
    std::int64_t roundMul(std::int64_t scale) const;
    std::int64_t floor() const { return floorMul(1); }

    // Nearest rational with a denominator of at most maxDen (for doubles typed by a user).
    static Rational fromDouble(double value, std::int64_t maxDen = 1000000);
    // Accepts "3", "-2.5", "1001/30000", "0.0333". Returns nullopt on anything else.
    static std::optional<Rational> parse(std::string_view text);
    // Shortest exact text: "3", "2.5", or "1001/30000"; parse(toString()) == *this.
    std::string toString() const;

    friend Rational operator+(const Rational& a, const Rational& b);
    friend Rational operator-(const Rational& a, const Rational& b);
    friend Rational operator*(const Rational& a, const Rational& b);
    friend Rational operator/(const Rational& a, const Rational& b);
    Rational operator-() const { return Rational(-num_, den_); }
    Rational& operator+=(const Rational& o) { return *this = *this + o; }
    Rational& operator-=(const Rational& o) { return *this = *this - o; }

    friend bool operator==(const Rational& a, const Rational& b) {
        return a.num_ == b.num_ && a.den_ == b.den_;
    }
    friend bool operator<(const Rational& a, const Rational& b);
    friend bool operator>(const Rational& a, const Rational& b) { return b < a; }
    friend bool operator<=(const Rational& a, const Rational& b) { return !(b < a); }
    friend bool operator>=(const Rational& a, const Rational& b) { return !(a < b); }

private:
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

Rational min(const Rational& a, const Rational& b);
Rational max(const Rational& a, const Rational& b);

// A time in seconds; a frame rate in frames per second. Same arithmetic, different roles.
using Time = Rational;
using FrameRate = Rational;

// Time of frame index `frame` at `rate`.
inline Time frameTime(std::int64_t frame, const FrameRate& rate) {
    return Rational(frame) / rate;
}
// Index of the frame that is showing at time t (frames start at their timestamp).
inline std::int64_t frameAtTime(const Time& t, const FrameRate& rate) {
    return (t * rate).floor();
}

// "HH:MM:SS.mmm" for messages and the GUI.
std::string formatTimecode(const Time& t);

} // namespace reelcut
