#pragma once
// JSON for plain structs from one field list each, visited by the writer and by the reader, so
// the two directions cannot drift apart. A struct `S` takes part by an overload, found by
// argument-dependent lookup in its own namespace, of
//     template <class V, class S> requires codec::struct_of<S, T> void json_fields(V&& v, S& s);
// calling v("key", s.member) for each member in declaration order (`S` is const when writing).
// An enum is written as its number unless `json_enum_names(E{})` lists names for it. Doubles
// round-trip exactly; infinities and NaN are the strings "inf", "-inf" and "nan", which JSON
// numbers cannot hold.
#include "hcsim/error.hpp"

#include <array>
#include <cmath>
#include <concepts>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace hcsim::whatif::codec {

template <class S, class T>
concept struct_of = std::same_as<std::remove_const_t<S>, T>;

template <class T>
concept has_fields = requires(T& t) {
    json_fields([](const char*, auto&) {}, t);
};

template <class E>
concept named_enum = std::is_enum_v<E> && requires(E e) {
    json_enum_names(e);
};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_array : std::false_type {};
template <class T, std::size_t N>
struct is_array<std::array<T, N>> : std::true_type {};

[[noreturn]] inline void fail(const std::string& what) {
    throw BadInput("the what-if model is not what this program wrote: " + what);
}

template <class T>
nlohmann::json encode(const T& value) {
    using nlohmann::json;
    if constexpr (std::is_same_v<T, double>) {
        if (std::isnan(value)) {
            return "nan";
        }
        if (std::isinf(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return value;
    } else if constexpr (named_enum<T>) {
        for (const auto& [e, name] : json_enum_names(value)) {
            if (e == value) {
                return name;
            }
        }
        fail("an enum has no name for " + std::to_string(static_cast<long long>(value)));
    } else if constexpr (std::is_enum_v<T>) {
        return static_cast<long long>(value);
    } else if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> ||
                         std::is_same_v<T, std::string> || std::is_same_v<T, json>) {
        return value;
    } else if constexpr (is_optional<T>::value) {
        return value ? encode(*value) : json(nullptr);
    } else if constexpr (is_vector<T>::value || is_array<T>::value) {
        json list = json::array();
        for (const auto& item : value) {
            list.push_back(encode(item));
        }
        return list;
    } else {
        static_assert(has_fields<T>, "a struct without a field list");
        json object = json::object();
        json_fields([&](const char* key, const auto& field) { object[key] = encode(field); },
                    value);
        return object;
    }
}

template <class T>
void decode(const nlohmann::json& in, T& out) {
    if constexpr (std::is_same_v<T, double>) {
        if (in.is_string()) {
            const auto& text = in.template get_ref<const std::string&>();
            if (text == "inf" || text == "-inf") {
                out = text == "inf" ? std::numeric_limits<double>::infinity()
                                    : -std::numeric_limits<double>::infinity();
            } else if (text == "nan") {
                out = std::numeric_limits<double>::quiet_NaN();
            } else {
                fail("a number reads \"" + text + "\"");
            }
        } else {
            out = in.template get<double>();
        }
    } else if constexpr (named_enum<T>) {
        const auto& text = in.template get_ref<const std::string&>();
        for (const auto& [e, name] : json_enum_names(out)) {
            if (text == name) {
                out = e;
                return;
            }
        }
        fail("no such kind: " + text);
    } else if constexpr (std::is_enum_v<T>) {
        out = static_cast<T>(in.template get<long long>());
    } else if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> ||
                         std::is_same_v<T, std::string>) {
        out = in.template get<T>();
    } else if constexpr (std::is_same_v<T, nlohmann::json>) {
        out = in;
    } else if constexpr (is_optional<T>::value) {
        if (in.is_null()) {
            out.reset();
        } else {
            decode(in, out.emplace());
        }
    } else if constexpr (is_vector<T>::value) {
        out.assign(in.size(), {});
        for (std::size_t i = 0; i < in.size(); ++i) {
            decode(in.at(i), out[i]);
        }
    } else if constexpr (is_array<T>::value) {
        if (in.size() != out.size()) {
            fail("a list of " + std::to_string(out.size()) + " has " + std::to_string(in.size()));
        }
        for (std::size_t i = 0; i < out.size(); ++i) {
            decode(in.at(i), out[i]);
        }
    } else {
        json_fields(
            [&](const char* key, auto& field) {
                if (!in.contains(key)) {
                    fail(std::string("no field ") + key);
                }
                decode(in.at(key), field);
            },
            out);
    }
}

// `in` read as a T; a JSON of another shape is BadInput.
template <class T>
T decoded(const nlohmann::json& in) {
    T out{};
    try {
        decode(in, out);
    } catch (const nlohmann::json::exception& e) {
        fail(e.what());
    }
    return out;
}

} // namespace hcsim::whatif::codec
