#pragma once
// The budget in the form the funding applications use: one line per staff role (salary cost)
// and per fixed cost (omkostnader), per budget year. These costs do not depend on chance, so
// they are booked from the specification alone, through the same ledger the simulation uses.
#include "hcsim/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace hcsim::analysis {

enum class BudgetCategory { staff, fixed };

struct BudgetLine {
    std::string option;
    BudgetCategory category = BudgetCategory::staff;
    std::string item;  // the staff role or the fixed cost's name
    std::string title; // the application's words for the line; empty: none given
    double fte = 0.0;  // staff only
    std::string payer;
    model::Funding funding = model::Funding::applied;
    std::size_t year = 1; // 1-based budget year
    double tkr = 0.0;     // discounted like cost_staff_tkr and cost_fixed_tkr
    std::string source;   // the item's `source:` text, empty if none
};

// Every option's lines, in option order, then item order, then year; years with no cost are
// left out, except that an item without any cost ("Uppföljning och utvärdering – genomförs
// internt") keeps one line of 0 tkr in its first year, so the form shows it.
[[nodiscard]] std::vector<BudgetLine> planned_budget(const scenario::Scenario& scenario);

[[nodiscard]] std::string to_string(BudgetCategory category);

} // namespace hcsim::analysis
