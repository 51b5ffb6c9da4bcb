#include "core/calendar_date.h"

#include <chrono>
#include <ctime>

namespace bosai {

std::optional<std::string> normalise_date(const std::string& text) {
  if (text.size() != 10 || (text[4] != '-' && text[4] != '/') || text[7] != text[4]) return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int y = std::stoi(text.substr(0, 4));
  const int m = std::stoi(text.substr(5, 2));
  const int d = std::stoi(text.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1850 || m < 1 || m > 12 || d < 1) return std::nullopt;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
  return text.substr(0, 4) + "-" + text.substr(5, 2) + "-" + text.substr(8, 2);
}

std::string japanese_date(const std::string& iso) {
  static constexpr const char* kWeekdays[] = {"日", "月", "火", "水", "木", "金", "土"};
  const int y = std::stoi(iso.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  const std::chrono::weekday weekday{std::chrono::sys_days{std::chrono::year{y} / m / d}};
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日（" +
         kWeekdays[weekday.c_encoding()] + "）";
}

std::string today_local() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace bosai
