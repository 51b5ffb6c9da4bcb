#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bosai {

// Finds the enumerator whose Japanese label or ASCII key is `text`: user files and options may use either.
// (Shelter enums, which keep label and key functions.)
template <typename E, typename Range>
std::optional<E> parse_enum_name(std::string_view text, const Range& all, std::string_view (*label)(E),
                                 std::string_view (*key)(E)) {
  for (E e : all) {
    if (text == label(e) || text == key(e)) return e;
  }
  return std::nullopt;
}

// A table row naming one enum value: the machine code (stored in the database, written in files) and the
// Japanese label (shown to people, also accepted on input). One table per enum keeps both in one place.
// (People enums.)
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
