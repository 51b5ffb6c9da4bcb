#pragma once
#include <optional>
#include <string_view>

namespace bosai {

// Finds the enumerator whose Japanese label or ASCII key is `text`: user files and options may use either.
template <typename E, typename Range>
std::optional<E> parse_enum_name(std::string_view text, const Range& all, std::string_view (*label)(E),
                                 std::string_view (*key)(E)) {
  for (E e : all) {
    if (text == label(e) || text == key(e)) return e;
  }
  return std::nullopt;
}

}  // namespace bosai
