#include "hcsim/model/ledger.hpp"
#include "hcsim/enum_names.hpp"

#include <algorithm>

namespace hcsim::model {

// In the order of the enumerators.
constexpr std::string_view cost_category_names[] = {"housing", "events", "staff", "fixed"};
static_assert(std::size(cost_category_names) == static_cast<std::size_t>(CostCategory::fixed) + 1);

std::string to_string(CostCategory category) {
    return std::string(name_of(cost_category_names, category));
}

CostLedger::CostLedger(std::vector<CostItem> items, std::size_t payers, BudgetCalendar calendar,
                       std::size_t years)
    : items_(std::move(items)), payers_(payers), calendar_(calendar),
      years_(std::max<std::size_t>(years, 1)), amounts_(items_.size() * payers_ * years_, 0.0) {}

std::size_t CostLedger::year_of(double time) const noexcept {
    return std::min(calendar_.year_of(time), years_ - 1); // the horizon: the last year
}

void CostLedger::add_at(std::size_t item, PayerIndex payer, double time, double amount) {
    amounts_[index(item, payer, year_of(time))] += amount;
}

void CostLedger::add_spread(std::size_t item, PayerIndex payer, double from, double to,
                            double per_day) {
    add_spread(item, std::span<const PayerIndex>(&payer, 1), from, to, per_day);
}

void CostLedger::add_spread(std::size_t item, std::span<const PayerIndex> payers, double from,
                            double to, double per_day) {
    if (!(to > from) || per_day == 0.0 || payers.empty()) {
        return;
    }
    double start = from;
    // Year by year from the first; a boundary that rounding puts at or before `start` is
    // stepped over, so the loop always advances.
    for (std::size_t year = year_of(start); start < to; ++year) {
        const double year_end = year + 1 < years_ ? calendar_.start_of(year + 1) : to;
        if (year_end <= start) {
            continue;
        }
        const double end = std::min(to, year_end);
        const PayerIndex payer = payers[std::min(year, payers.size() - 1)];
        amounts_[index(item, payer, year)] += per_day * (end - start);
        start = end;
    }
}

double CostLedger::amount(std::size_t item, PayerIndex payer, std::size_t year) const {
    return amounts_[index(item, payer, year)];
}

void book_planned_costs(const ModelSpec& spec, CostLedger& ledger, std::size_t first_staff_item,
                        std::size_t first_fixed_item) {
    const double horizon = spec.horizon_days;
    for (std::size_t p = 0; p < spec.staff.size(); ++p) {
        const StaffPoolSpec& pool = spec.staff[p];
        const double end = std::min(pool.active.end, horizon);
        const double per_day = pool.fte * pool.cost_per_fte_year / days_per_year;
        if (pool.payer_by_year.empty()) {
            ledger.add_spread(first_staff_item + p, pool.payer, pool.active.start, end, per_day);
        } else {
            ledger.add_spread(first_staff_item + p, pool.payer_by_year, pool.active.start, end,
                              per_day);
        }
    }
    for (std::size_t f = 0; f < spec.fixed_costs.size(); ++f) {
        const FixedCostSpec& fixed = spec.fixed_costs[f];
        const double length = fixed.active.end - fixed.active.start;
        if (length > 0.0) {
            ledger.add_spread(first_fixed_item + f, fixed.payer, fixed.active.start,
                              std::min(fixed.active.end, horizon), fixed.amount / length);
        }
    }
}

} // namespace hcsim::model
