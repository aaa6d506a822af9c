#pragma once
// The one ancestor of every error hcsim throws (as SimGrid's Exception.hpp is for SimGrid):
// each layer derives its own type, and the kind alone decides what the user is told and the
// exit code (README: 0 ok, 1 internal, 2 bad input, 3 broken invariant, 128+signal).
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace hcsim {

enum class ErrorKind : unsigned char {
    internal = 1,    // a fault of hcsim itself
    bad_input = 2,   // arguments, scenario or targets files, limits: the user can fix it
    invariant = 3,   // the model broke one of its own rules; the run stopped
    interrupted = 4, // SIGINT or SIGTERM; earlier results are left as they were
};

class Error : public std::runtime_error {
public:
    // `what`: the whole message. `where`: the file (or FILE:LINE) it names first, if any.
    Error(ErrorKind kind, const std::string& what, std::string where = {})
        : std::runtime_error(what), kind_(kind), where_(std::move(where)) {}
    [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }
    [[nodiscard]] const std::string& where() const noexcept { return where_; }

private:
    ErrorKind kind_;
    std::string where_;
};

// The user can fix it: a bad argument, file or limit. With `where`, the message reads
// "WHERE: error: MESSAGE", as a compiler's does.
class BadInput : public Error {
public:
    explicit BadInput(const std::string& message, const std::string& where = {})
        : Error(ErrorKind::bad_input, where.empty() ? message : where + ": error: " + message,
                where) {}

protected:
    // For messages that already say where ("FILE:LINE: error: ...").
    struct Located {};
    BadInput(Located, const std::string& what, std::string where)
        : Error(ErrorKind::bad_input, what, std::move(where)) {}
};

// A fault of hcsim itself.
class InternalError : public Error {
public:
    explicit InternalError(const std::string& message) : Error(ErrorKind::internal, message) {}
};

// SIGINT or SIGTERM stopped the run; the exit code is 128 + signal.
class Interrupted : public Error {
public:
    explicit Interrupted(int signal)
        : Error(ErrorKind::interrupted, "interrupted by signal " + std::to_string(signal)),
          signal_(signal) {}
    [[nodiscard]] int signal() const noexcept { return signal_; }

private:
    int signal_;
};

// What a user is told when memory ran out: which limits bound the memory a run takes.
inline constexpr std::string_view out_of_memory_message =
    "memory ran out; lower --replications, or the limits households or events "
    "(--limit households=..., --limit events=...; docs/reliability.md)";

inline constexpr int exit_ok = 0;
inline constexpr int exit_internal = 1;
inline constexpr int exit_bad_input = 2;
inline constexpr int exit_invariant = 3;

// The exit code of an error of `kind` (an interruption's is 128 + its signal).
[[nodiscard]] constexpr int exit_code(ErrorKind kind, int signal = 0) noexcept {
    switch (kind) {
    case ErrorKind::bad_input:
        return exit_bad_input;
    case ErrorKind::invariant:
        return exit_invariant;
    case ErrorKind::interrupted:
        return 128 + signal;
    case ErrorKind::internal:
        break;
    }
    return exit_internal;
}

} // namespace hcsim
