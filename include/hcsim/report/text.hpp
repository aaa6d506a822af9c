#pragma once
// The report's words in Swedish and English: one catalogue, sim/report/words.tsv, one table
// per source file that looks them up.
// Names the table does not know (a new state, role or option) are shown as written, with
// underscores as spaces.
#include "hcsim/report/format.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hcsim::report {

// One entry of a translation table: a key and its Swedish and English words. Each part of the
// report keeps its own table; this is how they are all read.
struct Phrase {
    std::string_view key;
    std::string_view sv;
    std::string_view en;
};

// The table `name` of words.tsv (parsed once, kept for the program's life). Throws
// std::logic_error for a table the catalogue lacks or a malformed row: the catalogue is
// embedded at build time, so the tests meet either first.
[[nodiscard]] std::span<const Phrase> phrase_table(std::string_view name);

// Every table of the catalogue by name, in file order (for the tests).
struct PhraseTable {
    std::string_view name;
    std::span<const Phrase> phrases;
};
[[nodiscard]] std::span<const PhraseTable> phrase_tables();

// One table of words.tsv by its [table] name, found when first used: how a source file reads
// its own words (`constexpr Words words{"html_decisions"};`, then `words("heading", language)`).
class Words {
public:
    explicit constexpr Words(std::string_view table) noexcept : table_(table) {}
    // The words for `key`; throws std::out_of_range for a key the table lacks (a programming
    // error caught by the tests).
    [[nodiscard]] std::string operator()(std::string_view key, Language language) const;
    // The words for `key`; nullopt when the table lacks it.
    [[nodiscard]] std::optional<std::string_view> find(std::string_view key,
                                                       Language language) const;
    // The words for `key`, or else `fallback` as a reader names it (underscores as spaces).
    [[nodiscard]] std::string or_readable(std::string_view key, Language language,
                                          std::string_view fallback) const;
    [[nodiscard]] std::span<const Phrase> phrases() const { return phrase_table(table_); }

private:
    std::string_view table_;
};

// The words for `key` in `table`, in `language`; nullopt when the table lacks the key.
[[nodiscard]] std::optional<std::string_view> translate(std::span<const Phrase> table,
                                                        std::string_view key, Language language);

// The words for `key` in `table`; throws std::out_of_range for a key the table lacks (a
// programming error caught by the tests). How each section reads its own table.
[[nodiscard]] std::string phrase(std::span<const Phrase> table, std::string_view key,
                                 Language language);

// A fixed phrase of the report by key; throws std::out_of_range for an unknown key (a
// programming error caught by the tests).
[[nodiscard]] std::string_view text(std::string_view key, Language language);

[[nodiscard]] std::string unit_label(std::string_view unit, Language language);
[[nodiscard]] std::string metric_label(std::string_view metric, Language language);
[[nodiscard]] std::string state_label(std::string_view state, Language language);
[[nodiscard]] std::string option_label(std::string_view option, Language language);
[[nodiscard]] std::string payer_label(std::string_view payer, Language language);
// A staff role or fixed cost as a budget line: "Lönekostnad för 1,0 årsarbetare bolots".
[[nodiscard]] std::string staff_line_label(std::string_view role, double fte, Language language);
[[nodiscard]] std::string fixed_line_label(std::string_view item, Language language);

// An uncertain parameter as psa labels it ("bosamordnare: at_risk -> evicted (relative risk)",
// "states.shelter.cost_per_day", "bolots caseload_per_fte"), with states, exits, payers and
// keys in the report's language; other labels are returned as written.
[[nodiscard]] std::string parameter_label(std::string_view label, Language language);

// A staff role's name in the report's language ("housing_team" -> "boendeteam"); unknown
// roles as written, underscores as spaces.
[[nodiscard]] std::string role_label(std::string_view role, Language language);
// The first letter in upper case (ASCII and å, ä, ö).
[[nodiscard]] std::string capitalised(std::string text);
// A number with as many decimals as it has (up to 4), in the report's language.
[[nodiscard]] std::string trimmed_number(double value, Language language);

// A name as written, underscores as spaces.
[[nodiscard]] std::string readable_name(std::string_view name);

} // namespace hcsim::report
