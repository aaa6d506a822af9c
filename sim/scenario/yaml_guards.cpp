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
// at the start of a line, and open flow brackets outside quoted scalars, comments and block
// scalars. An estimate is enough: it only has to stop absurd files before the parser, which
// is slow on them; the tree check after parsing is exact. What it must get right is where
// scalars begin: a quote opens a quoted scalar only where a scalar starts (not inside "the
// 'plan"), '' inside single quotes and \" inside double quotes do not close them, and the
// lines of a block scalar (| or >) are text, however they indent or bracket.
class NestingScan {
public:
    explicit NestingScan(double limit) : limit_(limit) {}

    // The column (0-based) where the nesting passes the limit on this line, if it does.
    std::optional<std::size_t> line(const std::string& text, std::size_t begin, std::size_t end) {
        std::size_t i = begin;
        while (i < end && text[i] == ' ') {
            ++i;
        }
        const std::size_t indent = i - begin;
        const bool blank = i == end || text[i] == '\r';
        if (block_floor_) {
            if (blank || indent > *block_floor_) {
                return std::nullopt; // a line of the block scalar's text
            }
            block_floor_.reset();
        }
        if (quote_ == 0 && (blank || text[i] == '#')) {
            return std::nullopt;
        }
        std::size_t depth_here = 0;
        std::optional<std::size_t> dash_column;
        bool in_plain = false; // the last token read is a plain scalar
        if (quote_ == 0 && flow_depth_ == 0) {
            // A more indented line after a plain scalar continues it: a quote there is text.
            const bool continues = plain_key_column_ && indent > *plain_key_column_;
            plain_key_column_.reset();
            in_plain = continues;
            if (!continues) {
                while (!indents_.empty() && indents_.back() >= indent) {
                    indents_.pop_back();
                }
                indents_.push_back(indent);
                while (i < end && text[i] == '-' && (i + 1 == end || is_blank(text[i + 1]))) {
                    ++depth_here;
                    dash_column = i - begin;
                    ++i;
                    while (i < end && is_blank(text[i])) {
                        ++i;
                    }
                }
            }
            scalar_start_ = !continues;
        }
        const std::size_t first_token = i - begin;
        std::optional<std::size_t> key_column; // where this line's key starts, once seen
        for (; i < end; ++i) {
            const char c = text[i];
            if (quote_ == '\'') {
                if (c == '\'' && i + 1 < end && text[i + 1] == '\'') {
                    ++i; // '' is a quote inside the scalar
                } else if (c == '\'') {
                    quote_ = 0;
                }
                continue;
            }
            if (quote_ == '"') {
                if (c == '\\') {
                    ++i;
                } else if (c == '"') {
                    quote_ = 0;
                }
                continue;
            }
            if (is_blank(c) || c == '\r') {
                continue;
            }
            if (c == '#' && (i == begin || is_blank(text[i - 1]))) {
                break;
            }
            const bool blank_follows = i + 1 == end || is_blank(text[i + 1]) || text[i + 1] == '\r';
            if (c == ':' && (blank_follows || flow_depth_ > 0)) {
                scalar_start_ = true; // a value follows its key
                in_plain = false;
                if (flow_depth_ == 0 && !key_column) {
                    key_column = first_token;
                }
                continue;
            }
            in_plain = false;
            if (c == '[' || c == '{') {
                ++flow_depth_;
                scalar_start_ = true;
            } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
                --flow_depth_;
                scalar_start_ = false;
            } else if (c == ',' && flow_depth_ > 0) {
                scalar_start_ = true;
            } else if (scalar_start_ && (c == '"' || c == '\'')) {
                quote_ = c;
                scalar_start_ = false;
            } else if (scalar_start_ && flow_depth_ == 0 && (c == '|' || c == '>')) {
                // A block scalar: its text is on the lines below, indented past its key.
                block_floor_ = key_column ? *key_column : dash_column.value_or(indent);
                break;
            } else {
                scalar_start_ = false; // inside a plain scalar: quotes here are text
                in_plain = true;
            }
            if (static_cast<double>(indents_.size() + depth_here + flow_depth_) > limit_) {
                return i - begin;
            }
        }
        if (quote_ == 0 && flow_depth_ == 0 && in_plain) {
            plain_key_column_ = key_column ? *key_column : dash_column.value_or(indent);
        }
        if (static_cast<double>(indents_.size() + depth_here) > limit_) {
            return 0;
        }
        return std::nullopt;
    }

private:
    static bool is_blank(char c) { return c == ' ' || c == '\t'; }

    double limit_;
    std::vector<std::size_t> indents_;
    std::size_t flow_depth_ = 0;
    char quote_ = 0;
    bool scalar_start_ = true;
    // Inside a block scalar: lines indented past this column are its text.
    std::optional<std::size_t> block_floor_;
    // The last line ended inside a plain scalar whose key starts here.
    std::optional<std::size_t> plain_key_column_;
};

struct TreeWalk {
    const Limits& limits;
    bool has_aliases = false;
    double values = 0;
    std::optional<std::pair<YAML::Mark, std::string>> failure;

    void visit(const YAML::Node& node, double depth) {
        if (failure) {
            return;
        }
        if (++values > limits.yaml_values) {
            failure.emplace(
                node.Mark(),
                std::string(has_aliases ? "the file expands to more values than a scenario "
                                          "needs (YAML aliases repeat what they refer to): "
                                        : "the file holds more values than a scenario needs: ") +
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

// A control character in a name (a map key: options, states, groups...), or nothing. Names
// end up in CSV cells, file-like labels and the report; a line break or NUL there breaks them.
// Texts (titles, sources) may hold any character: the CSV writers quote them and the report
// drops control characters (html_escape).
std::optional<std::string> control_character(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (c1 || c == 0x7F || c < 0x20) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X",
                          c1 ? static_cast<unsigned>(static_cast<unsigned char>(text[i + 1]))
                             : static_cast<unsigned>(c));
            return std::string(code);
        }
    }
    return std::nullopt;
}

// Reads the first document as events: where each document starts, whether it uses aliases,
// and the first name (map key) with a control character (each once, however often an alias
// repeats it).
class DocumentStarts : public YAML::EventHandler {
public:
    std::vector<YAML::Mark> starts;
    bool aliases = false;
    std::optional<std::pair<YAML::Mark, std::string>> control;

    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { child(); }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {
        aliases = aliases || starts.size() == 1;
        child();
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string& value) override {
        const bool key = child();
        if (key && !control && starts.size() == 1) {
            if (auto code = control_character(value)) {
                control.emplace(mark, "the name holds the control character " + *code +
                                          "; names are plain text on one line");
            }
        }
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        child();
        maps_.push_back(false);
    }
    void OnSequenceEnd() override { maps_.pop_back(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        child();
        maps_.push_back(true);
        key_next_.push_back(true);
    }
    void OnMapEnd() override {
        maps_.pop_back();
        key_next_.pop_back();
    }

private:
    // Counts a node inside its container; true when it is a map's key.
    bool child() {
        if (maps_.empty() || !maps_.back()) {
            return false;
        }
        const bool key = key_next_.back();
        key_next_.back() = !key;
        return key;
    }
    std::vector<bool> maps_;     // the open containers, innermost last: map or sequence
    std::vector<bool> key_next_; // per open map: the next node is a key
};

} // namespace

std::optional<Diagnostic> check_documents(const std::string& file, const std::string& text,
                                          bool& has_aliases) {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentStarts documents;
    // Two documents at most are read: enough to tell one from more, and bounded even when
    // the parser is stuck.
    const bool read_first = parser.HandleNextDocument(documents);
    has_aliases = documents.aliases;
    if (documents.control) {
        const YAML::Mark& mark = documents.control->first;
        return at(file, mark.line + 1, mark.column + 1, documents.control->second);
    }
    if (!read_first || !parser.HandleNextDocument(documents) || documents.starts.size() < 2) {
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
                                     const Limits& limits, bool has_aliases) {
    TreeWalk walk{limits, has_aliases, 0, std::nullopt};
    walk.visit(root, 1);
    if (!walk.failure) {
        return std::nullopt;
    }
    const YAML::Mark& mark = walk.failure->first;
    const bool known = !mark.is_null() && mark.line >= 0;
    return at(file, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, walk.failure->second);
}

} // namespace hcsim::scenario::detail
