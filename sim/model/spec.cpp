#include "hcsim/model/spec.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace hcsim::model {

std::string to_string(Funding funding) {
    return funding == Funding::own ? "own" : "applied";
}

Funding funding_of(const std::optional<Funding>& given, const std::string& payer) {
    return given.value_or(payer == "district" ? Funding::own : Funding::applied);
}

std::size_t StaffPoolSpec::slots() const noexcept {
    const double raw = fte * client_time_share * caseload_per_fte;
    return raw > 0.0 ? static_cast<std::size_t>(std::llround(raw)) : 0;
}

std::size_t BudgetCalendar::year_of(double t) const noexcept {
    return static_cast<std::size_t>(std::max(0.0, std::floor((t + offset_days) / days_per_year)));
}

double BudgetCalendar::start_of(std::size_t year) const noexcept {
    return std::max(0.0, static_cast<double>(year) * days_per_year - offset_days);
}

std::size_t BudgetCalendar::years(double horizon_days) const noexcept {
    const double span = (horizon_days + offset_days) / days_per_year;
    return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(span - 1e-9)));
}

int BudgetCalendar::label(std::size_t year) const noexcept {
    return (first_year > 0 ? first_year : 1) + static_cast<int>(year);
}

BudgetCalendar calendar_from_date(int year, unsigned month, unsigned day) {
    using namespace std::chrono;
    const auto first = sys_days{std::chrono::year{year} / std::chrono::month{month} / 1};
    const auto next =
        sys_days{(std::chrono::year{year} / std::chrono::month{month} / 1) + months{1}};
    const double days_in_month = static_cast<double>((next - first).count());
    const double months_before = static_cast<double>(month - 1) + (day - 1) / days_in_month;
    return {year, months_before * days_per_month};
}

std::size_t ModelSpec::years() const noexcept {
    return calendar.years(horizon_days);
}

std::size_t ModelSpec::budget_year(double t) const noexcept {
    return std::min(calendar.year_of(t), years() - 1);
}

std::size_t ModelSpec::months() const noexcept {
    return static_cast<std::size_t>(std::ceil(horizon_days / days_per_month - 1e-9));
}

std::optional<StateIndex> ModelSpec::find_state(const std::string& name) const {
    for (StateIndex i = 0; i < states.size(); ++i) {
        if (states[i].name == name) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace hcsim::model
