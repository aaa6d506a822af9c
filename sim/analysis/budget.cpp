#include "hcsim/analysis/budget.hpp"

#include "hcsim/analysis/metrics.hpp"
#include "hcsim/model/ledger.hpp"

#include <algorithm>

namespace hcsim::analysis {

std::string to_string(BudgetCategory category) {
    return category == BudgetCategory::staff ? "staff" : "fixed";
}

namespace {

// The `source:` written for this item: under the option itself, else under any option (an
// option that extends another inherits the item and its source).
std::string source_of(const scenario::Scenario& s, const std::string& option,
                      const std::string& section, const std::string& item) {
    const std::string own = "options." + option + "." + section + "." + item;
    const std::string suffix = "." + section + "." + item;
    const scenario::SourcedValue* fallback = nullptr;
    for (const auto& sourced : s.sources) {
        if (sourced.field == own) {
            return sourced.source;
        }
        if (fallback == nullptr && sourced.field.size() >= suffix.size() &&
            sourced.field.ends_with(suffix)) {
            fallback = &sourced;
        }
    }
    return fallback != nullptr ? fallback->source : "";
}

} // namespace

std::vector<BudgetLine> planned_budget(const scenario::Scenario& s) {
    std::vector<BudgetLine> lines;
    for (const auto& option : s.options) {
        const model::ModelSpec& spec = option.spec;
        std::vector<model::CostItem> items;
        for (const auto& pool : spec.staff) {
            items.push_back({model::CostCategory::staff, pool.role});
        }
        for (const auto& fixed : spec.fixed_costs) {
            items.push_back({model::CostCategory::fixed, fixed.name});
        }
        model::CostLedger ledger(items, std::max<std::size_t>(spec.payers.size(), 1), spec.years());
        // Booked exactly as the simulation books them (model/chain_staff.cpp, chain_run.cpp).
        const double horizon = spec.horizon_days;
        for (std::size_t p = 0; p < spec.staff.size(); ++p) {
            const auto& pool = spec.staff[p];
            const double end = std::min(pool.active.end, horizon);
            const double per_day = pool.fte * pool.cost_per_fte_year / model::days_per_year;
            if (pool.payer_by_year.empty()) {
                ledger.add_spread(p, pool.payer, pool.active.start, end, per_day);
            } else {
                ledger.add_spread(p, pool.payer_by_year, pool.active.start, end, per_day);
            }
        }
        for (std::size_t f = 0; f < spec.fixed_costs.size(); ++f) {
            const auto& fixed = spec.fixed_costs[f];
            const double length = fixed.active.end - fixed.active.start;
            if (length > 0.0) {
                ledger.add_spread(spec.staff.size() + f, fixed.payer, fixed.active.start,
                                  std::min(fixed.active.end, horizon), fixed.amount / length);
            }
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            const bool staff = i < spec.staff.size();
            const std::string source =
                source_of(s, option.name, staff ? "staff" : "fixed_costs", items[i].name);
            for (std::size_t y = 0; y < ledger.years(); ++y) {
                // A role may have a payer per budget year (payer_by_year).
                const model::PayerIndex payer = staff
                                                    ? spec.staff[i].payer_in_year(y)
                                                    : spec.fixed_costs[i - spec.staff.size()].payer;
                const std::string payer_name = payer < spec.payers.size() ? spec.payers[payer] : "";
                const double tkr = ledger.amount(i, payer, y) *
                                   discount_factor(spec.discount_rate, y) / sek_per_tkr;
                if (tkr != 0.0) {
                    lines.push_back({option.name,
                                     staff ? BudgetCategory::staff : BudgetCategory::fixed,
                                     items[i].name, staff ? spec.staff[i].fte : 0.0, payer_name,
                                     y + 1, tkr, source});
                }
            }
        }
    }
    return lines;
}

} // namespace hcsim::analysis
