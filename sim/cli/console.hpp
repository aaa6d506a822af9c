#pragma once
// What the commands print: tables with a label column and right-aligned cells, intervals as
// "mean [low, high]", and a progress line on a terminal.
#include "hcsim/kernel/statistics.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace hcsim::cli {

class ConsoleTable {
public:
    explicit ConsoleTable(std::vector<std::string> columns, int label_width = 40)
        : columns_(std::move(columns)), label_width_(label_width) {}
    void add_row(std::string label, std::vector<std::string> cells) {
        rows_.emplace_back(std::move(label), std::move(cells));
    }
    // To stdout; each column as wide as its widest cell.
    void print() const;

private:
    std::vector<std::string> columns_;
    std::vector<std::pair<std::string, std::vector<std::string>>> rows_;
    int label_width_;
};

// "12 [10, 14]", two decimals below 10, "-" for an undefined mean.
[[nodiscard]] std::string interval_cell(const kernel::ConfidenceInterval& ci);

// "\r<what> done/total" on stderr when it is a terminal, every `every` tasks and at the end;
// empty otherwise.
[[nodiscard]] std::function<void(std::size_t, std::size_t)> progress_line(const char* what,
                                                                          std::size_t every = 1);

} // namespace hcsim::cli
