#include "core/clock.h"

#include "core/error.h"

#include <atomic>
#include <cstdio>
#include <ctime>

namespace bosai {
namespace {

std::atomic<const Clock*> installed{nullptr};

const WallClock& wall_clock() {
  static const WallClock clock;
  return clock;
}

std::string format_utc(std::chrono::system_clock::time_point t, const char* pattern) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, pattern, &tm);
  return buf;
}

}  // namespace

const Clock& current_clock() {
  const Clock* c = installed.load();
  return c ? *c : wall_clock();
}

void install_clock(const Clock* clock) { installed.store(clock); }

ScopedClock::ScopedClock(const Clock& clock) : previous_(installed.load()) { install_clock(&clock); }
ScopedClock::~ScopedClock() { install_clock(previous_); }

std::string utc_timestamp() { return utc_timestamp(current_clock().now()); }

std::string utc_timestamp(std::chrono::system_clock::time_point t) { return format_utc(t, "%Y-%m-%dT%H:%M:%SZ"); }

std::chrono::system_clock::time_point parse_utc_timestamp(const std::string& text) {
  std::tm tm{};
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec, &consumed) != 6) {
    throw InputError("", 0, "timestamp", "expected UTC YYYY-MM-DDTHH:MM:SSZ, got '" + text + "'");
  }
  const std::string rest = text.substr(static_cast<std::size_t>(consumed));
  if (rest != "Z" && rest != "+00:00") {
    throw InputError("", 0, "timestamp", "expected a UTC time ending in Z, got '" + text + "'");
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::string jst_display(const std::string& utc_iso) {
  const auto t = parse_utc_timestamp(utc_iso) + std::chrono::hours(9);
  return format_utc(t, "%Y-%m-%d %H:%M") + " JST";
}

}  // namespace bosai
