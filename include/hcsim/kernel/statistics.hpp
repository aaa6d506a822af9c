#pragma once
// Tallies (per-observation), time-weighted levels, and confidence intervals for means over
// replications, as every resource and model state records them.
#include <algorithm>
#include <cstdint>
#include <span>

namespace hcsim::kernel {

// Running mean and variance by Welford's method: stable for long runs.
class Tally {
public:
    // Inline: every grant and every departure records one (measured: ~6% of the tandem line).
    void add(double value) noexcept {
        ++count_;
        if (count_ == 1) {
            min_ = max_ = value;
        } else {
            min_ = std::min(min_, value);
            max_ = std::max(max_, value);
        }
        const double delta = value - mean_;
        mean_ += delta / static_cast<double>(count_);
        sum_squared_deviations_ += delta * (value - mean_);
    }
    [[nodiscard]] std::uint64_t count() const noexcept { return count_; }
    [[nodiscard]] double mean() const noexcept { return count_ > 0 ? mean_ : 0.0; }
    // Sample variance (n - 1); zero for fewer than two observations.
    [[nodiscard]] double variance() const noexcept;
    [[nodiscard]] double min() const noexcept { return min_; }
    [[nodiscard]] double max() const noexcept { return max_; }
    [[nodiscard]] double sum() const noexcept { return mean_ * static_cast<double>(count_); }

private:
    std::uint64_t count_ = 0;
    double mean_ = 0.0;
    double sum_squared_deviations_ = 0.0;
    double min_ = 0.0;
    double max_ = 0.0;
};

// A level that holds between changes (occupancy, queue length): its integral over time.
class TimeWeighted {
public:
    explicit TimeWeighted(double start_time = 0.0, double level = 0.0) noexcept
        : start_(start_time), last_time_(start_time), level_(level) {}
    // Records that the level becomes `level` at time `now` (now must not decrease).
    void set(double now, double level) noexcept {
        if (now > last_time_) {
            area_ += level_ * (now - last_time_);
            last_time_ = now;
        }
        level_ = level;
        max_ = std::max(max_, level_);
    }
    void add(double now, double delta) noexcept { set(now, level_ + delta); }
    [[nodiscard]] double level() const noexcept { return level_; }
    // Integral of the level from the start up to `now`.
    [[nodiscard]] double integral(double now) const noexcept;
    [[nodiscard]] double mean(double now) const noexcept;
    [[nodiscard]] double max() const noexcept { return max_; }

private:
    double start_;
    double last_time_;
    double level_;
    double area_ = 0.0;
    double max_ = level_;
};

struct ConfidenceInterval {
    double mean = 0.0;
    double low = 0.0;
    double high = 0.0;
    std::uint64_t count = 0;
    [[nodiscard]] double half_width() const noexcept { return (high - low) / 2.0; }
};

// Student-t interval for the mean of independent observations (one per replication).
// With a single observation the interval collapses to the value itself.
[[nodiscard]] ConfidenceInterval mean_confidence_interval(std::span<const double> values,
                                                          double level = 0.95);

// Wilson score interval for a proportion: `successes` of `count` independent yes/no outcomes.
// Unlike the t-interval it stays within [0, 1] and does not collapse at 0 or 1 of n.
[[nodiscard]] ConfidenceInterval
proportion_confidence_interval(std::uint64_t successes, std::uint64_t count, double level = 0.95);

} // namespace hcsim::kernel
