#pragma once
// The workbook's sheet writer, shared by the sheets of results.xlsx (workbook.cpp) and its
// decision sheets (workbook_decisions.cpp). Private to the report library.
#include "hcsim/kernel/statistics.hpp"
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/format.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>
#include <xlsxwriter.h>

namespace hcsim::report {

// A sheet with a bold header row and a running row counter.
class Sheet {
public:
    Sheet(lxw_workbook* book, const std::string& name, const std::vector<std::string>& header,
          lxw_format* bold, lxw_format* number)
        : sheet_(workbook_add_worksheet(book, name.c_str())), number_(number) {
        if (sheet_ == nullptr) {
            throw std::runtime_error("cannot add worksheet " + name);
        }
        for (std::size_t c = 0; c < header.size(); ++c) {
            worksheet_write_string(sheet_, 0, column(c), header[c].c_str(), bold);
            worksheet_set_column(sheet_, column(c), column(c), c == 0 ? 28 : 16, nullptr);
        }
        worksheet_freeze_panes(sheet_, 1, 0);
    }
    void text(std::size_t c, const std::string& value) {
        worksheet_write_string(sheet_, row_, column(c), value.c_str(), nullptr);
    }
    // NaN (undefined measures) is left blank rather than written as an error.
    void number(std::size_t c, double value) {
        if (!std::isnan(value)) {
            worksheet_write_number(sheet_, row_, column(c), value, number_);
        }
    }
    // Years, months, counts: no decimals.
    void whole(std::size_t c, double value) {
        worksheet_write_number(sheet_, row_, column(c), value, nullptr);
    }
    void interval(std::size_t c, const kernel::ConfidenceInterval& ci) {
        number(c, ci.mean);
        number(c + 1, ci.low);
        number(c + 2, ci.high);
    }
    void next() { ++row_; }

private:
    static lxw_col_t column(std::size_t c) { return static_cast<lxw_col_t>(c); }
    lxw_worksheet* sheet_;
    lxw_format* number_;
    lxw_row_t row_ = 1;
};

// The decision tables of compare's folder (its quick PSA) and of the psa and sweep folders
// beside it, a sheet each, the first found of each name. In Swedish every sheet name, header
// and id is in the report's words; in English they are the CSV files as written, for joining.
void add_decision_sheets(lxw_workbook* book, const CompareFolder& folder, Language language,
                         lxw_format* bold, lxw_format* number);

} // namespace hcsim::report
