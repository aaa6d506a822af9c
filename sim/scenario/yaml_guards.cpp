#include "yaml_guards.hpp"

#include <cstdio>
#include <sstream>
#include <vector>
#include <yaml-cpp/eventhandler.h>

namespace hcsim::scenario::detail {

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 (overlongs and surrogates too).
std::size_t utf8_length(const std::string& text, std::size_t i) {
    const auto byte = [&](std::size_t k) {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U;
    };
    const unsigned lead = byte(i);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned next = byte(i + k);
        const unsigned min = k == 1 ? low : 0x80;
        const unsigned max = k == 1 ? high : 0xBF;
        if (next < min || next > max) {
            return 0;
        }
    }
    return length;
}

Diagnostic at(const std::string& file, int line, int column, std::string message) {
    return Diagnostic{file, line, column, "", std::move(message)};
}

std::string nesting_message(const Limits& limits) {
    return "maps and lists nest deeper than a scenario needs: " +
           limit_hint("nesting_depth", limits.nesting_depth);
}

// Tracks how deeply the text nests, without parsing it: indentation levels, list dashes
// at the start of a line, and open flow brackets outside quotes. An estimate is enough: it
// only has to stop absurd files before the parser, which is slow on them; the tree check
// after parsing is exact.
class NestingScan {
public:
    explicit NestingScan(double limit) : limit_(limit) {}

    // The column (0-based) where the nesting passes the limit on this line, if it does.
    std::optional<std::size_t> line(const std::string& text, std::size_t begin, std::size_t end) {
        std::size_t i = begin;
        while (i < end && text[i] == ' ') {
            ++i;
        }
        if (i == end || text[i] == '#' || text[i] == '\r') {
            return std::nullopt;
        }
        std::size_t depth_here = 0;
        if (flow_depth_ == 0 && quote_ == 0) {
            const std::size_t indent = i - begin;
            while (!indents_.empty() && indents_.back() >= indent) {
                indents_.pop_back();
            }
            indents_.push_back(indent);
            while (i + 1 < end && text[i] == '-' && text[i + 1] == ' ') {
                ++depth_here;
                i += 2;
                while (i < end && text[i] == ' ') {
                    ++i;
                }
            }
        }
        for (; i < end; ++i) {
            const char c = text[i];
            if (quote_ != 0) {
                if (c == quote_) {
                    quote_ = 0;
                }
                continue;
            }
            const bool token_start = i == begin || text[i - 1] == ' ' || text[i - 1] == '[' ||
                                     text[i - 1] == '{' || text[i - 1] == ',' || text[i - 1] == ':';
            if ((c == '"' || c == '\'') && token_start) {
                quote_ = c;
            } else if (c == '#' && (i == begin || text[i - 1] == ' ')) {
                break;
            } else if (c == '[' || c == '{') {
                ++flow_depth_;
            } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
                --flow_depth_;
            }
            if (static_cast<double>(indents_.size() + depth_here + flow_depth_) > limit_) {
                return i - begin;
            }
        }
        if (static_cast<double>(indents_.size() + depth_here) > limit_) {
            return 0;
        }
        return std::nullopt;
    }

private:
    double limit_;
    std::vector<std::size_t> indents_;
    std::size_t flow_depth_ = 0;
    char quote_ = 0;
};

struct TreeWalk {
    const Limits& limits;
    double values = 0;
    std::optional<std::pair<YAML::Mark, std::string>> failure;

    void visit(const YAML::Node& node, double depth) {
        if (failure) {
            return;
        }
        if (++values > limits.yaml_values) {
            failure.emplace(node.Mark(),
                            "the file expands to more values than a scenario needs (YAML "
                            "aliases repeat what they refer to): " +
                                limit_hint("yaml_values", limits.yaml_values));
            return;
        }
        if (depth > limits.nesting_depth) {
            failure.emplace(node.Mark(), nesting_message(limits));
            return;
        }
        if (node.IsMap()) {
            for (const auto& entry : node) {
                visit(entry.first, depth + 1);
                visit(entry.second, depth + 1);
            }
        } else if (node.IsSequence()) {
            for (const auto& item : node) {
                visit(item, depth + 1);
            }
        }
    }
};

// Records where each document starts; ignores the rest.
class DocumentStarts : public YAML::EventHandler {
public:
    std::vector<YAML::Mark> starts;
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

} // namespace

std::optional<Diagnostic> check_documents(const std::string& file, const std::string& text) {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentStarts documents;
    // Two documents at most are read: enough to tell one from more, and bounded even when
    // the parser is stuck.
    if (!parser.HandleNextDocument(documents) || !parser.HandleNextDocument(documents) ||
        documents.starts.size() < 2) {
        return std::nullopt;
    }
    const YAML::Mark& first = documents.starts[0];
    const YAML::Mark& second = documents.starts[1];
    if (second.pos == first.pos) {
        return at(file, second.line + 1, second.column + 1,
                  "not valid YAML: unexpected character here (a stray ',' or the like)");
    }
    return at(file, second.line + 1, second.column + 1,
              "a scenario file holds one YAML document; this is a second one (after '---'): "
              "merge them or split the file");
}

std::optional<Diagnostic> check_text(const std::string& file, const std::string& text,
                                     const Limits& limits) {
    if (text.size() >= 2 &&
        ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        return at(file, 0, 0, "is UTF-16 text; save it as UTF-8");
    }
    if (text.find('\0') != std::string::npos) {
        return at(file, 0, 0, "is a binary file, not YAML text");
    }
    NestingScan nesting(limits.nesting_depth);
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\n') {
            if (const auto column = nesting.line(text, line_start, i)) {
                return at(file, line, static_cast<int>(*column) + 1, nesting_message(limits));
            }
            ++line;
            line_start = ++i;
            continue;
        }
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[i]));
            return at(file, line, static_cast<int>(i - line_start) + 1,
                      std::string("is not UTF-8 text (byte ") + byte +
                          "); save it as UTF-8 (spreadsheets: 'CSV UTF-8', editors: "
                          "'encoding UTF-8')");
        }
        i += length;
    }
    if (const auto column = nesting.line(text, line_start, text.size())) {
        return at(file, line, static_cast<int>(*column) + 1, nesting_message(limits));
    }
    return std::nullopt;
}

std::optional<Diagnostic> check_tree(const std::string& file, const YAML::Node& root,
                                     const Limits& limits) {
    TreeWalk walk{limits, 0, std::nullopt};
    walk.visit(root, 1);
    if (!walk.failure) {
        return std::nullopt;
    }
    const YAML::Mark& mark = walk.failure->first;
    const bool known = !mark.is_null() && mark.line >= 0;
    return at(file, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, walk.failure->second);
}

} // namespace hcsim::scenario::detail
