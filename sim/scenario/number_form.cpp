// Numbers written as maps: {value: ..}, {dist: ..} (uncertain) and {calibrate: ..} (free for
// fitting), and the recording of every number read into the parameter book.
#include "yaml_view.hpp"

#include <cmath>
#include <limits>
#include <sstream>

namespace hcsim::scenario::detail {

namespace {

constexpr double unbounded = std::numeric_limits<double>::max();
constexpr double z95 = 1.6448536269514722; // standard normal 95th percentile

struct NumberForm {
    std::optional<double> value;
    std::optional<Uncertainty> uncertainty;
    std::optional<Bounds> calibrate;
    std::string source;
};

std::string text_of(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

std::optional<double> need(const View& form, const char* key, double min, double max) {
    if (!form[key].present()) {
        form.error("a '" + form["dist"].text().value_or("") + "' distribution needs '" + key + "'");
        return std::nullopt;
    }
    return form[key].literal_number(min, max);
}

std::optional<Uncertainty> read_lognormal(const View& form) {
    const auto median = need(form, "median", 1e-300, unbounded);
    const bool upper = form["p95"].present();
    if (upper == form["p5"].present()) {
        form.error("a lognormal distribution needs exactly one of 'p95' and 'p5'");
        return std::nullopt;
    }
    const auto tail = need(form, upper ? "p95" : "p5", 1e-300, unbounded);
    if (!median || !tail) {
        return std::nullopt;
    }
    const double sigma = std::abs(std::log(*tail) - std::log(*median)) / z95;
    if ((upper && *tail <= *median) || (!upper && *tail >= *median) || sigma <= 0.0) {
        form[upper ? "p95" : "p5"].error(upper ? "must be above the median"
                                               : "must be below the median");
        return std::nullopt;
    }
    return Uncertainty{Uncertainty::Kind::lognormal, std::log(*median), sigma, 0.0};
}

std::optional<Uncertainty> read_beta(const View& form) {
    if (form["alpha"].present() || form["beta"].present()) {
        const auto alpha = need(form, "alpha", 1e-6, 1e6);
        const auto beta = need(form, "beta", 1e-6, 1e6);
        if (!alpha || !beta) {
            return std::nullopt;
        }
        return Uncertainty{Uncertainty::Kind::beta, *alpha, *beta, 0.0};
    }
    const auto mean = need(form, "mean", 1e-9, 1.0 - 1e-9);
    const auto sd = need(form, "sd", 1e-9, 0.5);
    if (!mean || !sd) {
        return std::nullopt;
    }
    const double variance_limit = *mean * (1.0 - *mean);
    if (*sd * *sd >= variance_limit) {
        form["sd"].error(
            "is too large for a beta with this mean (sd² must be below mean·(1−mean) = " +
            text_of(variance_limit) + ")");
        return std::nullopt;
    }
    const double concentration = variance_limit / (*sd * *sd) - 1.0;
    return Uncertainty{Uncertainty::Kind::beta, *mean * concentration,
                       (1.0 - *mean) * concentration, 0.0};
}

std::optional<Uncertainty> read_uncertainty(const View& form) {
    const auto kind = form["dist"].text();
    if (!kind) {
        return std::nullopt;
    }
    if (*kind == "lognormal") {
        return read_lognormal(form);
    }
    if (*kind == "beta") {
        return read_beta(form);
    }
    if (*kind == "uniform" || *kind == "triangular") {
        const auto low = need(form, "min", -unbounded, unbounded);
        const auto high = need(form, "max", -unbounded, unbounded);
        const auto mode = *kind == "triangular" ? need(form, "mode", -unbounded, unbounded) : low;
        if (!low || !high || !mode) {
            return std::nullopt;
        }
        if (!(*low < *high) || *mode < *low || *mode > *high) {
            form.error("needs min < max" +
                       std::string(*kind == "triangular" ? " and min ≤ mode ≤ max" : ""));
            return std::nullopt;
        }
        if (*kind == "uniform") {
            return Uncertainty{Uncertainty::Kind::uniform, *low, *high, 0.0};
        }
        return Uncertainty{Uncertainty::Kind::triangular, *low, *mode, *high};
    }
    if (*kind == "normal" || *kind == "gamma") {
        const auto mean = need(form, "mean", *kind == "gamma" ? 1e-300 : -unbounded, unbounded);
        const auto sd = need(form, "sd", 1e-300, unbounded);
        if (!mean || !sd) {
            return std::nullopt;
        }
        if (*kind == "normal") {
            return Uncertainty{Uncertainty::Kind::normal, *mean, *sd, 0.0};
        }
        const double shape = (*mean / *sd) * (*mean / *sd);
        return Uncertainty{Uncertainty::Kind::gamma, shape, *sd * *sd / *mean, 0.0};
    }
    form["dist"].error("'" + *kind +
                       "' is not an uncertainty distribution (lognormal, beta, uniform, "
                       "triangular, normal, gamma)");
    return std::nullopt;
}

// Reads the map form; every problem is reported on the key that has it.
std::optional<NumberForm> read_number_form(const View& form, double min, double max) {
    if (!form.check_map({"value", "dist", "median", "p5", "p95", "mean", "sd", "alpha", "beta",
                         "min", "max", "mode", "calibrate", "source"})) {
        return std::nullopt;
    }
    NumberForm out;
    bool ok = true;
    if (form["dist"].present()) {
        out.uncertainty = read_uncertainty(form);
        ok = out.uncertainty.has_value();
        if (ok) {
            // Sampling keeps to the central 99.8%, which must stay valid for the field.
            const double low = out.uncertainty->quantile(0.001);
            const double high = out.uncertainty->quantile(0.999);
            if (!std::isfinite(low) || !std::isfinite(high) || low < min || high > max) {
                form["dist"].error("ranges from " + text_of(low) + " to " + text_of(high) +
                                   " (0.1st–99.9th percentile), outside this field's range " +
                                   text_of(min) + "–" + text_of(max));
                ok = false;
            }
        }
    } else {
        for (const char* key :
             {"median", "p5", "p95", "mean", "sd", "alpha", "beta", "min", "max", "mode"}) {
            if (form[key].present()) {
                form[key].error("belongs to an uncertainty distribution: add 'dist'");
                ok = false;
            }
        }
    }
    if (form["value"].present()) {
        out.value = form["value"].literal_number(min, max);
        ok = ok && out.value.has_value();
    } else if (ok && out.uncertainty) {
        out.value = out.uncertainty->median();
    }
    if (const View bounds = form["calibrate"]; bounds.present()) {
        if (bounds.check_map({"min", "max"})) {
            const auto low = bounds["min"].literal_number(min, max);
            const auto high = bounds["max"].literal_number(min, max);
            if (!bounds["min"].present() || !bounds["max"].present()) {
                bounds.error("needs 'min' and 'max'");
            }
            if (low && high && !(*low < *high)) {
                bounds["max"].error("must be above min");
            } else if (low && high) {
                out.calibrate = Bounds{*low, *high};
            }
        }
        ok = ok && out.calibrate.has_value();
    }
    out.source = form["source"].text().value_or("");
    if (!ok || !out.value) {
        return std::nullopt;
    }
    return out;
}

} // namespace

bool View::is_number_form() const {
    return is_map() && (child_named(top().node, "value") || child_named(top().node, "dist"));
}

std::optional<double> View::number(double min, double max) const {
    if (!present()) {
        return std::nullopt;
    }
    std::optional<NumberForm> form;
    if (is_map()) {
        if (!is_number_form()) {
            error("expected a number");
            return std::nullopt;
        }
        // A number in map form replaces whatever it layers over, as a plain number would.
        form = read_number_form(View({top()}, path(), *diagnostics_), min, max);
    } else if (const auto value = literal_number(min, max)) {
        form = NumberForm{value, std::nullopt, std::nullopt, ""};
    }
    if (!form) {
        return std::nullopt;
    }
    double value = *form->value;
    bool overridden = false;
    if (book_ != nullptr) {
        if (const auto replacement = book_->override_for(path())) {
            overridden = true;
            if (!std::isfinite(*replacement) || *replacement < min || *replacement > max) {
                error("lies outside this field's range " + text_of(min) + "–" + text_of(max));
                return std::nullopt;
            }
            value = *replacement;
        }
        const YAML::Mark mark = top().node.Mark();
        book_->record(ParameterSite{path(), *top().file, mark.line + 1, mark.column + 1, value,
                                    overridden, min, max, "", form->source, form->uncertainty,
                                    form->calibrate, ""},
                      top().entry_source);
    }
    return value;
}

} // namespace hcsim::scenario::detail
