// The seed scenarios' sources are true: no number shows a source that its own entry contradicts,
// and every claim a source cites from a seed ("seed 004: ...") is listed in seed_citations.tsv
// with the seed's own words, which the seed must contain where the seeds can be read.
#include "validation_fixture.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <regex>

namespace {
using namespace hcsim::test::validation;

const std::vector<std::string> seed_scenarios{
    "norrmalm-2018-bolots.yaml", "norrmalm-2010-chain.yaml", "hagersten-liljeholmen-2017.yaml",
    "coordinators-2017.yaml", "hasselby-vallingby-2008-team.yaml"};

Scenario seed_scenario(const std::string& file) {
    return load_scenario(std::string(HCSIM_SOURCE_DIR) + "/scenarios/" + file);
}

bool cites_evidence(const std::string& text) {
    return text.find("seed 0") != std::string::npos ||
           text.find("PARAMETERS.md") != std::string::npos ||
           text.find("DOMAIN.md") != std::string::npos;
}

// "assumption", "assumption: ..." with no evidence cited: the entry says it is invented.
bool says_assumption_only(const std::string& text) {
    return text.starts_with("assumption") && !cites_evidence(text);
}

struct Citation {
    std::string seed;
    std::string claim;
    std::string words;
};

std::vector<Citation> read_registry() {
    std::ifstream in(std::string(HCSIM_SOURCE_DIR) + "/tests/scenario/seed_citations.tsv");
    std::vector<Citation> registry;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.starts_with("#")) {
            continue;
        }
        std::vector<std::string> parts;
        std::stringstream fields(line);
        for (std::string part; std::getline(fields, part, '\t');) {
            parts.push_back(part);
        }
        if (parts.size() < 3) {
            ADD_FAILURE() << "seed_citations.tsv: too few columns in: " << line;
            continue;
        }
        std::string words = parts[2];
        for (std::size_t i = 3; i < parts.size(); ++i) {
            words += " " + parts[i];
        }
        registry.push_back({parts[0], parts[1], words});
    }
    return registry;
}

std::string squeezed(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    return out;
}

// The seed texts, if this machine has them (HCSIM_SEEDS_DIR or the shared folder).
std::map<std::string, std::string> seed_texts() {
    const char* configured = std::getenv("HCSIM_SEEDS_DIR");
    const fs::path folder = configured != nullptr ? configured : "/work/shared/seeds";
    std::map<std::string, std::string> texts;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        texts[entry.path().filename().string().substr(0, 3)] = squeezed(text.str());
    }
    return texts;
}

} // namespace

TEST(SeedSources, NoNumberShowsASourceItsOwnEntryContradicts) {
    for (const auto& file : seed_scenarios) {
        const Scenario s = seed_scenario(file);
        for (const auto& p : s.parameters) {
            if (says_assumption_only(p.entry_source)) {
                EXPECT_FALSE(cites_evidence(p.source))
                    << file << ": " << p.field << " (line " << p.line << ") shows '" << p.source
                    << "' but its entry says '" << p.entry_source << "'";
            }
        }
    }
}

TEST(SeedSources, EveryCitedClaimIsInTheRegistryWithTheSeedsWords) {
    const auto registry = read_registry();
    ASSERT_FALSE(registry.empty());
    const auto texts = seed_texts();
    if (!texts.empty()) {
        for (const auto& c : registry) {
            ASSERT_TRUE(texts.contains(c.seed)) << "no seed " << c.seed;
            EXPECT_NE(texts.at(c.seed).find(squeezed(c.words)), std::string::npos)
                << "seed " << c.seed << " does not say: " << c.words;
        }
    }
    // "seed 004: <claim>" up to the next ';' or the next seed.
    const std::regex cited("seed (00[0-9]): ([^;]*?)(?=;|seed 00|$)");
    std::size_t checked = 0;
    for (const auto& file : seed_scenarios) {
        const Scenario s = seed_scenario(file);
        std::vector<std::string> sources;
        for (const auto& p : s.parameters) {
            sources.push_back(p.source);
        }
        for (const auto& t : s.validation) {
            sources.push_back(t.source);
        }
        for (const auto& indicator : s.indicators) {
            sources.push_back(indicator.source);
        }
        for (const auto& source : sources) {
            for (auto m = std::sregex_iterator(source.begin(), source.end(), cited);
                 m != std::sregex_iterator(); ++m) {
                const std::string seed = (*m)[1];
                const std::string claim = (*m)[2];
                const bool listed =
                    std::any_of(registry.begin(), registry.end(), [&](const auto& c) {
                        return c.seed == seed && claim.starts_with(c.claim);
                    });
                EXPECT_TRUE(listed) << file << ": 'seed " << seed << ": " << claim
                                    << "' is not in tests/scenario/seed_citations.tsv";
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 50U) << "the seed scenarios cite their seeds";
}

// The readings the domain audit found stretched (AUDIT-SEEDS.md, "Attribution check").
TEST(SeedSources, TheStretchedReadingsAreGone) {
    for (const auto& file : seed_scenarios) {
        std::ifstream in(std::string(HCSIM_SOURCE_DIR) + "/scenarios/" + file);
        std::stringstream text;
        text << in.rdbuf();
        for (const char* stretched :
             {"no client work in the pre-study itself", "order of its target-group list",
              "order of the priority list", "(assumed occupied)", "SHIS in 2017"}) {
            EXPECT_EQ(text.str().find(stretched), std::string::npos) << file << ": " << stretched;
        }
    }
}
