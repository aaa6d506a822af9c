#include "hcsim/report/compare_folder.hpp"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hcsim::report {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

CsvTable required_table(const fs::path& folder, const std::string& name) {
    const auto text = read_text(folder / name);
    if (!text) {
        throw ReportInputError((folder / name).string() +
                               ": error: missing; is this a folder written by `hcsim compare`?");
    }
    return CsvTable((folder / name).string(), *text);
}

std::optional<CsvTable> optional_table(const fs::path& folder, const std::string& name) {
    const auto text = read_text(folder / name);
    if (!text) {
        return std::nullopt;
    }
    return CsvTable((folder / name).string(), *text);
}

kernel::ConfidenceInterval interval(const CsvTable& t, std::size_t row) {
    return {t.number(row, "mean"), t.number(row, "ci_low"), t.number(row, "ci_high"), 0};
}

std::size_t whole(const CsvTable& t, std::size_t row, const std::string& column) {
    const double value = t.number(row, column);
    // The bound keeps the conversion to size_t defined (and no horizon has 10^9 months).
    if (!(value >= 1.0 && value <= 1e9) || value != std::floor(value)) {
        t.fail(row, column + ": '" + t.text(row, column) +
                        "' is not a whole number from 1 to 1,000,000,000");
    }
    return static_cast<std::size_t>(value);
}

// A year column as an index (1 = the first budget year): the files name calendar years when
// the run had a start date (manifest first_budget_year), else 1, 2, ...
std::size_t budget_year(const CsvTable& t, std::size_t row, int first_year) {
    const std::size_t year = whole(t, row, "year");
    if (first_year <= 0) {
        return year;
    }
    if (year < static_cast<std::size_t>(first_year)) {
        t.fail(row, "year: " + std::to_string(year) + " is before the first budget year " +
                        std::to_string(first_year) + " (manifest.json)");
    }
    return year - static_cast<std::size_t>(first_year) + 1;
}

RunManifest read_manifest(const fs::path& folder) {
    const fs::path file = folder / "manifest.json";
    const auto text = read_text(file);
    if (!text) {
        throw ReportInputError(file.string() + ": error: missing");
    }
    RunManifest m;
    try {
        const auto json = nlohmann::ordered_json::parse(*text); // keeps the overrides' order
        m.version = json.at("hcsim_version").get<std::string>();
        m.scenario_path = json.at("scenario").get<std::string>();
        m.scenario_title = json.value("scenario_title", std::string{});
        m.price_year = json.value("price_year", 0);
        m.start_date = json.value("start_date", std::string{});
        m.first_budget_year = json.value("first_budget_year", 0);
        m.discount_rate = json.value("discount_rate", 0.0);
        if (const auto citations = json.find("citations"); citations != json.end()) {
            for (const auto& [cited, reference] : citations->items()) {
                m.citations.emplace_back(cited, reference.get<std::string>());
            }
        }
        m.scenario_sha256 = json.at("scenario_sha256").get<std::string>();
        m.seed = json.at("seed").get<std::uint64_t>();
        m.replications = json.at("replications").get<std::size_t>();
        m.threads = json.value("threads", 1U);
        m.processes = json.value("processes", 1U);
        m.independent_streams = !json.value("common_random_numbers", true);
        m.baseline = json.at("baseline").get<std::string>();
        m.options = json.at("options").get<std::vector<std::string>>();
        if (const auto titles = json.find("option_titles"); titles != json.end()) {
            for (const auto& [option, title] : titles->items()) {
                m.option_titles.emplace_back(option, title.get<std::string>());
            }
        }
        if (const auto roles = json.find("role_titles"); roles != json.end()) {
            for (const auto& [role, title] : roles->items()) {
                m.role_titles.emplace_back(role, title.get<std::string>());
            }
        }
        if (const auto indicators = json.find("indicators"); indicators != json.end()) {
            for (const auto& indicator : *indicators) {
                m.indicators.push_back({indicator.at("name").get<std::string>(),
                                        indicator.at("title").get<std::string>(),
                                        indicator.value("source", std::string{})});
            }
        }
        m.started_utc = json.value("started_utc", std::string{});
        m.wall_seconds = json.value("wall_seconds", 0.0);
        m.events = json.value("events", std::uint64_t{0});
        if (const auto overrides = json.find("overrides"); overrides != json.end()) {
            for (const auto& [field, value] : overrides->items()) {
                m.overrides.emplace_back(field, value.get<double>());
            }
        }
    } catch (const nlohmann::json::exception& e) {
        throw ReportInputError(file.string() + ": error: " + e.what());
    }
    return m;
}

std::vector<AssumptionRow> read_assumptions(const CsvTable& t) {
    std::vector<AssumptionRow> rows;
    auto optional_number = [&](std::size_t r, const std::string& column) -> std::optional<double> {
        const double value = t.number(r, column);
        return std::isnan(value) ? std::nullopt : std::optional<double>(value);
    };
    for (std::size_t r = 0; r < t.rows(); ++r) {
        const double line = t.number(r, "line");
        rows.push_back({t.text(r, "field"), t.number(r, "value"), t.text(r, "unit"),
                        t.text(r, "uncertainty"), optional_number(r, "calibrate_min"),
                        optional_number(r, "calibrate_max"), t.text(r, "source"), t.text(r, "file"),
                        std::isnan(line) ? 0 : static_cast<int>(line)});
    }
    return rows;
}

std::vector<ValidationCheck> read_validation(const CsvTable& t) {
    std::vector<ValidationCheck> rows;
    for (std::size_t r = 0; r < t.rows(); ++r) {
        const std::string& within = t.text(r, "within_range");
        if (within != "yes" && within != "no") {
            t.fail(r, "within_range: must be yes or no, not '" + within + "'");
        }
        const std::string& kind = t.text(r, "kind");
        if (kind != "independent" && kind != "input_check") {
            t.fail(r, "kind: must be independent or input_check, not '" + kind + "'");
        }
        if (whole(t, r, "first_month") > whole(t, r, "last_month")) {
            t.fail(r, "last_month: before first_month");
        }
        rows.push_back(
            {t.text(r, "target"), kind == "independent", t.text(r, "quantity"),
             whole(t, r, "first_month"), whole(t, r, "last_month"), t.number(r, "observed"),
             kernel::ConfidenceInterval{t.number(r, "model_mean"), t.number(r, "mean_ci_low"),
                                        t.number(r, "mean_ci_high"), 0},
             t.number(r, "range_low"), t.number(r, "range_high"), t.number(r, "difference"),
             within == "yes", t.text(r, "source"),
             t.has_column("title") ? t.text(r, "title") : ""});
    }
    return rows;
}

} // namespace

CompareFolder read_compare_folder(const fs::path& folder) {
    if (!fs::is_directory(folder)) {
        throw ReportInputError(folder.string() + ": error: not a folder");
    }
    CompareFolder out;
    out.path = folder;
    out.manifest = read_manifest(folder);

    const CsvTable summary = required_table(folder, "summary.csv");
    for (std::size_t r = 0; r < summary.rows(); ++r) {
        out.summary.push_back({summary.text(r, "option"), summary.text(r, "metric"),
                               summary.text(r, "unit"), interval(summary, r)});
    }
    if (const auto differences = optional_table(folder, "differences.csv")) {
        for (std::size_t r = 0; r < differences->rows(); ++r) {
            const bool unaffected =
                differences->has_column("note") && differences->text(r, "note") == "not_affected";
            out.differences.push_back({differences->text(r, "option"),
                                       differences->text(r, "baseline"),
                                       differences->text(r, "metric"), differences->text(r, "unit"),
                                       interval(*differences, r), unaffected});
        }
    }
    const int first_year = out.manifest.first_budget_year;
    const CsvTable yearly = required_table(folder, "yearly.csv");
    for (std::size_t r = 0; r < yearly.rows(); ++r) {
        out.yearly.push_back({yearly.text(r, "option"), budget_year(yearly, r, first_year),
                              yearly.text(r, "metric"), yearly.text(r, "unit"),
                              interval(yearly, r)});
    }
    const CsvTable monthly = required_table(folder, "timeseries.csv");
    for (std::size_t r = 0; r < monthly.rows(); ++r) {
        out.monthly.push_back({monthly.text(r, "option"), whole(monthly, r, "month"),
                               monthly.text(r, "state"), interval(monthly, r)});
    }
    const CsvTable transitions = required_table(folder, "transitions.csv");
    for (std::size_t r = 0; r < transitions.rows(); ++r) {
        out.transitions.push_back({transitions.text(r, "option"), transitions.text(r, "from"),
                                   transitions.text(r, "to"), transitions.number(r, "mean_moves")});
    }
    if (const auto budget = optional_table(folder, "budget.csv")) {
        for (std::size_t r = 0; r < budget->rows(); ++r) {
            const bool staff = budget->text(r, "category") == "staff";
            const double fte = staff ? budget->number(r, "fte") : 0.0;
            const auto optional = [&](const char* column) {
                return budget->has_column(column) ? budget->text(r, column) : std::string{};
            };
            const std::string funding = optional("funding");
            if (!funding.empty() && funding != "own" && funding != "applied") {
                budget->fail(r, "funding: must be own or applied, not '" + funding + "'");
            }
            out.budget.push_back(
                {budget->text(r, "option"),
                 staff ? analysis::BudgetCategory::staff : analysis::BudgetCategory::fixed,
                 budget->text(r, "item"), optional("title"), fte, budget->text(r, "payer"),
                 funding == "own" ? model::Funding::own : model::Funding::applied,
                 budget_year(*budget, r, first_year), budget->number(r, "cost_tkr"),
                 budget->text(r, "source")});
        }
    }
    if (const auto assumptions = optional_table(folder, "assumptions.csv")) {
        out.assumptions = read_assumptions(*assumptions);
    }
    if (const auto validation = optional_table(folder, "validation.csv")) {
        out.validation = read_validation(*validation);
    }
    if (const auto whatif = read_text(folder / "whatif.json")) {
        try {
            out.whatif = whatif::whatif_from_json(nlohmann::json::parse(*whatif));
        } catch (const std::exception& e) {
            throw ReportInputError((folder / "whatif.json").string() + ": error: " + e.what());
        }
    }
    if (const auto contributions = optional_table(folder, "contributions.csv")) {
        for (std::size_t r = 0; r < contributions->rows(); ++r) {
            out.contributions.push_back(
                {contributions->text(r, "option"), contributions->text(r, "role"),
                 contributions->text(r, "metric"), contributions->text(r, "unit"),
                 interval(*contributions, r)});
        }
    }
    return out;
}

} // namespace hcsim::report
