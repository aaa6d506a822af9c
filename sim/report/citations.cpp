// Sources as a Swedish reader can look them up. A scenario's `source:` texts are notes for
// the modeller ("seed 003: Planeringsdag 40 tkr", "PARAMETERS.md: housing within addiction
// care (Boverket 2015:31)"); its `sources:` table (manifest.json "citations") says how each
// document they name is cited in a report.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cctype>

namespace hcsim::report {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

struct Match {
    std::size_t at = 0;
    std::size_t length = 0;
    std::string reference;
};

} // namespace

std::string cite(const CompareFolder& folder, const std::string& source, Language language) {
    if (language != Language::sv) {
        return source.empty() ? std::string(text("assumption", language)) : source;
    }
    const std::string assumption(text("assumption", language));
    if (source.empty()) {
        return assumption;
    }
    if (folder.manifest.citations.empty()) {
        return source; // no `sources:` table: the scenario's own words, as written
    }
    const std::string haystack = lower(source);
    std::vector<Match> matches;
    auto find_all = [&](const std::string& needle, const std::string& reference) {
        const std::string key = lower(needle);
        for (std::size_t at = haystack.find(key); !key.empty() && at != std::string::npos;
             at = haystack.find(key, at + key.size())) {
            matches.push_back({at, key.size(), reference});
        }
    };
    for (const auto& [cited, reference] : folder.manifest.citations) {
        find_all(cited, reference);
    }
    find_all("assumption", assumption);
    find_all("antagande", assumption);
    // A document named inside a longer one ("seed 003" in "seed 003 Tab 1") is the longer one.
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return a.at != b.at ? a.at < b.at : a.length > b.length;
    });
    std::vector<std::string> references;
    std::size_t covered_to = 0;
    for (const Match& match : matches) {
        if (match.at < covered_to) {
            continue;
        }
        covered_to = match.at + match.length;
        if (std::find(references.begin(), references.end(), match.reference) == references.end()) {
            references.push_back(match.reference);
        }
    }
    if (references.empty()) {
        // With a `sources:` table every document is listed, so a note that names none (a
        // modeller's remark, "as training_flat") rests on no document: an assumption.
        return assumption;
    }
    std::string out;
    for (const auto& reference : references) {
        out += (out.empty() ? "" : "; ") + reference;
    }
    return out;
}

} // namespace hcsim::report
