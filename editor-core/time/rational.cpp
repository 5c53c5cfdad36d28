#include "time/rational.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <stdexcept>

namespace reelcut {

namespace {

using i128 = __int128;

// INT64_MIN is left out on purpose: its negation does not fit, and a Rational must always
// be negatable (den < 0 is normalised by negating both parts).
std::int64_t narrow(i128 v) {
    if (v > INT64_MAX || v < -INT64_MAX) {
        throw std::overflow_error("time value out of range");
    }
    return static_cast<std::int64_t>(v);
}

i128 gcd128(i128 a, i128 b) {
    if (a < 0) {
        a = -a;
    }
    if (b < 0) {
        b = -b;
    }
    while (b != 0) {
        const i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Rational make(i128 num, i128 den) {
    if (den == 0) {
        throw std::invalid_argument("division by zero in time arithmetic");
    }
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const i128 g = gcd128(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    return Rational(narrow(num), narrow(den));
}

i128 floorDiv(i128 a, i128 b) {
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

} // namespace

Rational::Rational(std::int64_t num, std::int64_t den) {
    if (den == 0) {
        throw std::invalid_argument("rational with zero denominator");
    }
    if (num == INT64_MIN || den == INT64_MIN) {
        throw std::overflow_error("time value out of range");
    }
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const std::int64_t g = std::gcd(num, den);
    num_ = g > 1 ? num / g : num;
    den_ = g > 1 ? den / g : den;
}

std::int64_t Rational::floorMul(std::int64_t scale) const {
    return narrow(floorDiv(static_cast<i128>(num_) * scale, den_));
}

std::int64_t Rational::roundMul(std::int64_t scale) const {
    const i128 n = static_cast<i128>(num_) * scale * 2 + den_;
    return narrow(floorDiv(n, static_cast<i128>(den_) * 2));
}

Rational Rational::fromDouble(double value, std::int64_t maxDen) {
    if (!std::isfinite(value)) {
        throw std::invalid_argument("not a finite number");
    }
    if (std::fabs(value) > 9.0e15) {
        throw std::overflow_error("time value out of range");
    }
    // Continued fractions give the best approximation for a bounded denominator.
    const bool neg = value < 0;
    double x = std::fabs(value);
    std::int64_t h0 = 0, h1 = 1, k0 = 1, k1 = 0;
    for (int i = 0; i < 64; ++i) {
        const double a = std::floor(x);
        if (a > 9.0e15) {
            break;
        }
        const auto ai = static_cast<std::int64_t>(a);
        const i128 h2w = i128(ai) * h1 + h0;
        const i128 k2w = i128(ai) * k1 + k0;
        if (k2w > maxDen || h2w > INT64_MAX) {
            break;
        }
        const auto h2 = static_cast<std::int64_t>(h2w);
        const auto k2 = static_cast<std::int64_t>(k2w);
        h0 = h1;
        h1 = h2;
        k0 = k1;
        k1 = k2;
        const double frac = x - a;
        if (frac < 1e-12) {
            break;
        }
        x = 1.0 / frac;
    }
    if (k1 == 0) {
        return Rational(neg ? -h1 : h1, 1);
    }
    return Rational(neg ? -h1 : h1, k1);
}

std::optional<Rational> Rational::parse(std::string_view text) {
    auto parseInt = [](std::string_view s, std::int64_t& out) {
        if (s.empty()) {
            return false;
        }
        const auto* end = s.data() + s.size();
        auto [ptr, ec] = std::from_chars(s.data(), end, out);
        return ec == std::errc() && ptr == end;
    };
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    if (text.empty()) {
        return std::nullopt;
    }
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        std::int64_t n = 0, d = 0;
        if (!parseInt(text.substr(0, slash), n) || !parseInt(text.substr(slash + 1), d) || d == 0 ||
            n == INT64_MIN || d == INT64_MIN) {
            return std::nullopt;
        }
        return Rational(n, d);
    }
    bool neg = false;
    if (text.front() == '-' || text.front() == '+') {
        neg = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view frac =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if ((whole.empty() && frac.empty()) || frac.size() > 15) {
        return std::nullopt;
    }
    for (char c : whole) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    for (char c : frac) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    std::int64_t w = 0, f = 0;
    if (!whole.empty() && !parseInt(whole, w)) {
        return std::nullopt;
    }
    if (!frac.empty() && !parseInt(frac, f)) {
        return std::nullopt;
    }
    std::int64_t scale = 1;
    for (std::size_t i = 0; i < frac.size(); ++i) {
        scale *= 10;
    }
    try {
        Rational r = Rational(w) + Rational(f, scale);
        return neg ? -r : r;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string Rational::toString() const {
    if (den_ == 1) {
        return std::to_string(num_);
    }
    // Denominators made only of 2s and 5s have a finite decimal form; prefer it.
    std::int64_t d = den_;
    int twos = 0, fives = 0;
    while (d % 2 == 0) {
        d /= 2;
        ++twos;
    }
    while (d % 5 == 0) {
        d /= 5;
        ++fives;
    }
    const int digits = std::max(twos, fives);
    if (d == 1 && digits <= 9) {
        std::int64_t scale = 1;
        for (int i = 0; i < digits; ++i) {
            scale *= 10;
        }
        const i128 scaled = static_cast<i128>(num_) * (scale / den_);
        const bool neg = scaled < 0;
        const auto absScaled = static_cast<std::int64_t>(neg ? -scaled : scaled);
        std::string frac = std::to_string(absScaled % scale);
        frac.insert(0, static_cast<std::size_t>(digits) - frac.size(), '0');
        return (neg ? "-" : "") + std::to_string(absScaled / scale) + "." + frac;
    }
    return std::to_string(num_) + "/" + std::to_string(den_);
}

Rational operator+(const Rational& a, const Rational& b) {
    return make(static_cast<i128>(a.num_) * b.den_ + static_cast<i128>(b.num_) * a.den_,
                static_cast<i128>(a.den_) * b.den_);
}

Rational operator-(const Rational& a, const Rational& b) {
    return make(static_cast<i128>(a.num_) * b.den_ - static_cast<i128>(b.num_) * a.den_,
                static_cast<i128>(a.den_) * b.den_);
}

Rational operator*(const Rational& a, const Rational& b) {
    return make(static_cast<i128>(a.num_) * b.num_, static_cast<i128>(a.den_) * b.den_);
}

Rational operator/(const Rational& a, const Rational& b) {
    if (b.num_ == 0) {
        throw std::invalid_argument("division by zero in time arithmetic");
    }
    return make(static_cast<i128>(a.num_) * b.den_, static_cast<i128>(a.den_) * b.num_);
}

bool operator<(const Rational& a, const Rational& b) {
    return static_cast<i128>(a.num_) * b.den_ < static_cast<i128>(b.num_) * a.den_;
}

Rational min(const Rational& a, const Rational& b) {
    return b < a ? b : a;
}

Rational max(const Rational& a, const Rational& b) {
    return a < b ? b : a;
}

std::string formatTimecode(const Time& t) {
    const std::int64_t ms = t.roundMul(1000);
    const std::int64_t a = ms < 0 ? -ms : ms;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s%02lld:%02lld:%02lld.%03lld", ms < 0 ? "-" : "",
                  static_cast<long long>(a / 3600000), static_cast<long long>(a / 60000 % 60),
                  static_cast<long long>(a / 1000 % 60), static_cast<long long>(a % 1000));
    return buf;
}

} // namespace reelcut
