#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace bosai {

// A table row naming one enum value: the machine code (stored in the database, written in files) and the
// Japanese label (shown to people, also accepted on input). One table per enum keeps both in one place.
template <typename E>
struct EnumName {
  E value;
  const char* code;
  const char* label;
};

template <typename E, std::size_t N>
const EnumName<E>& enum_name(const EnumName<E> (&names)[N], E value) {
  for (const auto& n : names) {
    if (n.value == value) return n;
  }
  return names[0];
}

template <typename E, std::size_t N>
std::optional<E> parse_enum(const EnumName<E> (&names)[N], const std::string& text) {
  for (const auto& n : names) {
    if (text == n.code || text == n.label) return n.value;
  }
  return std::nullopt;
}

}  // namespace bosai
