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
        model::CostLedger ledger(items, std::max<std::size_t>(spec.payers.size(), 1), spec.calendar,
                                 spec.years());
        // Booked by the function the simulation books them with.
        model::book_planned_costs(spec, ledger, 0, spec.staff.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            const bool staff = i < spec.staff.size();
            const auto* pool = staff ? &spec.staff[i] : nullptr;
            const auto* fixed = staff ? nullptr : &spec.fixed_costs[i - spec.staff.size()];
            BudgetLine line{
                option.name,
                staff ? BudgetCategory::staff : BudgetCategory::fixed,
                items[i].name,
                staff ? pool->title : fixed->title,
                staff ? pool->fte : 0.0,
                "",
                model::Funding::applied,
                1,
                0.0,
                source_of(s, option.name, staff ? "staff" : "fixed_costs", items[i].name)};
            const auto& funding = staff ? pool->funding : fixed->funding;
            const auto pay = [&](model::PayerIndex payer) {
                line.payer = payer < spec.payers.size() ? spec.payers[payer] : std::string();
                line.funding = model::funding_of(funding, line.payer);
            };
            bool any = false;
            for (std::size_t y = 0; y < ledger.years(); ++y) {
                // A role may have a payer per budget year (payer_by_year).
                const model::PayerIndex payer = staff ? pool->payer_in_year(y) : fixed->payer;
                const double tkr = ledger.amount(i, payer, y) *
                                   discount_factor(spec.discount_rate, y) / sek_per_tkr;
                if (tkr != 0.0) {
                    pay(payer);
                    line.year = y + 1;
                    line.tkr = tkr;
                    lines.push_back(line);
                    any = true;
                }
            }
            if (!any) { // a line of the form without cost: shown in its first year
                const model::Period active = staff ? pool->active : fixed->active;
                pay(staff ? pool->payer : fixed->payer);
                line.year = spec.budget_year(std::min(active.start, spec.horizon_days)) + 1;
                lines.push_back(line);
            }
        }
    }
    return lines;
}

} // namespace hcsim::analysis
