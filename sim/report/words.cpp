// The catalogue of the report's words (words.tsv, embedded as text at build time) read once
// into tables of phrases whose views point into the embedded text itself.
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace hcsim::report {

namespace embedded {
extern const std::string_view words_tsv;
} // namespace embedded

namespace {

class Catalogue {
public:
    explicit Catalogue(std::string_view text) {
        std::size_t line_number = 0;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string_view line = text.substr(start, end - start);
            start = end + 1;
            ++line_number;
            if (line.empty() || line.front() == '#') {
                continue;
            }
            if (line.front() == '[') {
                if (line.back() != ']' || line.size() < 3) {
                    fail(line_number, "a table name is written [name]");
                }
                names_.push_back(line.substr(1, line.size() - 2));
                phrases_.emplace_back();
                continue;
            }
            if (phrases_.empty()) {
                fail(line_number, "a phrase before the first [table]");
            }
            const std::size_t first_tab = line.find('\t');
            const std::size_t second_tab =
                first_tab == std::string_view::npos ? first_tab : line.find('\t', first_tab + 1);
            if (second_tab == std::string_view::npos ||
                line.find('\t', second_tab + 1) != std::string_view::npos) {
                fail(line_number, "a phrase is key TAB Swedish TAB English");
            }
            phrases_.back().push_back({.key = line.substr(0, first_tab),
                                       .sv = line.substr(first_tab + 1, second_tab - first_tab - 1),
                                       .en = line.substr(second_tab + 1)});
        }
        for (std::size_t i = 0; i < names_.size(); ++i) {
            tables_.push_back({.name = names_[i], .phrases = phrases_[i]});
        }
    }

    [[nodiscard]] std::span<const PhraseTable> tables() const noexcept { return tables_; }

private:
    [[noreturn]] static void fail(std::size_t line, const std::string& what) {
        throw std::logic_error("words.tsv:" + std::to_string(line) + ": " + what);
    }

    std::vector<std::string_view> names_;
    std::vector<std::vector<Phrase>> phrases_;
    std::vector<PhraseTable> tables_;
};

const Catalogue& catalogue() {
    static const Catalogue parsed(embedded::words_tsv);
    return parsed;
}

} // namespace

std::span<const PhraseTable> phrase_tables() {
    return catalogue().tables();
}

std::span<const Phrase> phrase_table(std::string_view name) {
    for (const PhraseTable& table : phrase_tables()) {
        if (table.name == name) {
            return table.phrases;
        }
    }
    throw std::logic_error("words.tsv has no table [" + std::string(name) + "]");
}

} // namespace hcsim::report
