#pragma once
// Costs booked by item (a state's housing days, events, a staff role, a fixed cost), payer
// and budget year (the spec's BudgetCalendar: calendar years when the scenario has a start
// date). Amounts are undiscounted SEK of the price year; discounting is applied
// when reporting.
#include "hcsim/model/spec.hpp"

#include <span>
#include <string>
#include <vector>

namespace hcsim::model {

enum class CostCategory { housing, events, staff, fixed };

[[nodiscard]] std::string to_string(CostCategory category);

struct CostItem {
    CostCategory category = CostCategory::housing;
    std::string name;
};

class CostLedger {
public:
    CostLedger() = default;
    CostLedger(std::vector<CostItem> items, std::size_t payers, BudgetCalendar calendar,
               std::size_t years);

    // Books an amount at one moment (an event).
    void add_at(std::size_t item, PayerIndex payer, double time, double amount);
    // Books `per_day` for every day of [from, to), split across budget years.
    void add_spread(std::size_t item, PayerIndex payer, double from, double to, double per_day);
    // The same, each budget year to its own payer: payers[year], the last for later years.
    void add_spread(std::size_t item, std::span<const PayerIndex> payers, double from, double to,
                    double per_day);

    [[nodiscard]] double amount(std::size_t item, PayerIndex payer, std::size_t year) const;
    [[nodiscard]] const std::vector<CostItem>& items() const noexcept { return items_; }
    [[nodiscard]] std::size_t payers() const noexcept { return payers_; }
    [[nodiscard]] std::size_t years() const noexcept { return years_; }
    // The budget year an amount booked at `time` lands in (the horizon: the last year).
    [[nodiscard]] std::size_t year_of(double time) const noexcept;
    [[nodiscard]] const BudgetCalendar& calendar() const noexcept { return calendar_; }

private:
    [[nodiscard]] std::size_t index(std::size_t item, PayerIndex payer,
                                    std::size_t year) const noexcept {
        return (item * payers_ + payer) * years_ + year;
    }

    std::vector<CostItem> items_;
    std::size_t payers_ = 0;
    BudgetCalendar calendar_;
    std::size_t years_ = 0;
    std::vector<double> amounts_;
};

// The costs planned whatever happens to the households: each staff pool's FTE × cost over its
// active period (by its payer, or payer_by_year), and each fixed cost spread over its active
// period, within the horizon. Pool p is booked to item first_staff_item + p, fixed cost f to
// first_fixed_item + f. One function for the simulation and for the planned budget
// (analysis/budget.hpp), so the two cannot disagree.
void book_planned_costs(const ModelSpec& spec, CostLedger& ledger, std::size_t first_staff_item,
                        std::size_t first_fixed_item);

} // namespace hcsim::model
