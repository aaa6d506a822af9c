#pragma once
// Results as bytes, to move them between the processes of a distributed run. Numbers keep
// their exact bits (a double is copied, never printed), so a gathered result is identical to
// one computed in place. Both ends are the same build of hcsim on the same kind of machine.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace hcsim::analysis::detail {

class ByteWriter {
public:
    template <typename T>
    requires std::is_arithmetic_v<T>
    void put(T value) {
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        bytes_.append(bytes, sizeof(T));
    }
    void put(std::string_view text) {
        put<std::uint64_t>(text.size());
        bytes_.append(text);
    }
    template <typename T>
    void put(const std::vector<T>& values) {
        put<std::uint64_t>(values.size());
        for (const auto& value : values) {
            put(value);
        }
    }
    [[nodiscard]] std::string take() && { return std::move(bytes_); }

    // A struct's fields as std::tie gives them, in order.
    template <typename... T>
    void put_all(const std::tuple<T&...>& fields) {
        std::apply([this](const auto&... field) { (put(field), ...); }, fields);
    }

private:
    std::string bytes_;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) noexcept : bytes_(bytes) {}

    template <typename T>
    requires std::is_arithmetic_v<T>
    void get(T& value) {
        need(sizeof(T));
        std::memcpy(&value, bytes_.data(), sizeof(T));
        bytes_.remove_prefix(sizeof(T));
    }
    void get(std::string& text) {
        const auto size = length();
        need(size);
        text.assign(bytes_.substr(0, size));
        bytes_.remove_prefix(size);
    }
    template <typename T>
    void get(std::vector<T>& values) {
        values.resize(length());
        for (auto& value : values) {
            get(value);
        }
    }
    template <typename... T>
    void get_all(const std::tuple<T&...>& fields) {
        std::apply([this](auto&... field) { (get(field), ...); }, fields);
    }
    [[nodiscard]] bool finished() const noexcept { return bytes_.empty(); }

private:
    std::size_t length() {
        std::uint64_t size = 0;
        get(size);
        if (size > bytes_.size()) { // every element takes at least one byte
            throw std::runtime_error("corrupt result bytes: length beyond the message");
        }
        return static_cast<std::size_t>(size);
    }
    void need(std::size_t size) const {
        if (size > bytes_.size()) {
            throw std::runtime_error("corrupt result bytes: message too short");
        }
    }
    std::string_view bytes_;
};

} // namespace hcsim::analysis::detail
