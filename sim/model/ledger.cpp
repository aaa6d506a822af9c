#include "hcsim/model/ledger.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::model {

std::string to_string(CostCategory category) {
    switch (category) {
    case CostCategory::housing:
        return "housing";
    case CostCategory::events:
        return "events";
    case CostCategory::staff:
        return "staff";
    case CostCategory::fixed:
        return "fixed";
    }
    return "unknown";
}

CostLedger::CostLedger(std::vector<CostItem> items, std::size_t payers, std::size_t years)
    : items_(std::move(items)), payers_(payers), years_(std::max<std::size_t>(years, 1)),
      amounts_(items_.size() * payers_ * years_, 0.0) {}

std::size_t CostLedger::year_of(double time) const noexcept {
    const auto year = static_cast<std::size_t>(std::max(0.0, std::floor(time / days_per_year)));
    return std::min(year, years_ - 1); // the horizon itself belongs to the last year
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
    while (start < to) {
        const std::size_t year = year_of(start);
        const double year_end =
            year + 1 < years_ ? static_cast<double>(year + 1) * days_per_year : to;
        const double end = std::min(to, year_end);
        const PayerIndex payer = payers[std::min(year, payers.size() - 1)];
        amounts_[index(item, payer, year)] += per_day * (end - start);
        start = end;
    }
}

double CostLedger::amount(std::size_t item, PayerIndex payer, std::size_t year) const {
    return amounts_[index(item, payer, year)];
}

} // namespace hcsim::model
