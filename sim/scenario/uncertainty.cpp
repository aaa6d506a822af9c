#include "hcsim/scenario/parameters.hpp"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>
#include <cmath>
#include <cstdio>

namespace hcsim::scenario {

double Uncertainty::quantile(double p) const {
    namespace bm = boost::math;
    switch (kind) {
    case Kind::lognormal:
        return bm::quantile(bm::lognormal_distribution<>(a, b), p);
    case Kind::beta:
        return bm::quantile(bm::beta_distribution<>(a, b), p);
    case Kind::uniform:
        return bm::quantile(bm::uniform_distribution<>(a, b), p);
    case Kind::triangular:
        return bm::quantile(bm::triangular_distribution<>(a, b, c), p);
    case Kind::normal:
        return bm::quantile(bm::normal_distribution<>(a, b), p);
    case Kind::gamma:
        return bm::quantile(bm::gamma_distribution<>(a, b), p);
    }
    return std::nan("");
}

std::string Uncertainty::describe() const {
    char text[128];
    switch (kind) {
    case Kind::lognormal:
        std::snprintf(text, sizeof text, "lognormal(median %g, p95 %g)", std::exp(a),
                      quantile(0.95));
        break;
    case Kind::beta: {
        const double mean = a / (a + b);
        const double sd = std::sqrt(a * b / ((a + b) * (a + b) * (a + b + 1.0)));
        std::snprintf(text, sizeof text, "beta(mean %g, sd %g)", mean, sd);
        break;
    }
    case Kind::uniform:
        std::snprintf(text, sizeof text, "uniform(%g, %g)", a, b);
        break;
    case Kind::triangular:
        std::snprintf(text, sizeof text, "triangular(%g, %g, %g)", a, b, c);
        break;
    case Kind::normal:
        std::snprintf(text, sizeof text, "normal(mean %g, sd %g)", a, b);
        break;
    case Kind::gamma:
        std::snprintf(text, sizeof text, "gamma(mean %g, sd %g)", a * b, std::sqrt(a) * b);
        break;
    }
    return text;
}

} // namespace hcsim::scenario
