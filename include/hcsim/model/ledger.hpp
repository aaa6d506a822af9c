#pragma once
// Costs booked by item (a state's housing days, events, a staff role, a fixed cost), payer
// and budget year. Amounts are undiscounted SEK of the price year; discounting is applied
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
    CostLedger(std::vector<CostItem> items, std::size_t payers, std::size_t years);

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

private:
    [[nodiscard]] std::size_t year_of(double time) const noexcept;
    [[nodiscard]] std::size_t index(std::size_t item, PayerIndex payer,
                                    std::size_t year) const noexcept {
        return (item * payers_ + payer) * years_ + year;
    }

    std::vector<CostItem> items_;
    std::size_t payers_ = 0;
    std::size_t years_ = 0;
    std::vector<double> amounts_;
};

} // namespace hcsim::model
