#pragma once
#include <chrono>
#include <string>

namespace bosai {

// Where every stored timestamp comes from (audit entries, plan revisions, storm calls, shelter status
// history, drill events). The wall clock by default; a drill runs on a DrillClock so what happens in the
// exercise is stamped with exercise time. Stored as UTC ISO 8601; shown to people in JST (jst_display).
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;
};

class WallClock final : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

// A simulated clock a drill (or a test) sets and moves.
class DrillClock final : public Clock {
 public:
  explicit DrillClock(std::chrono::system_clock::time_point start) : now_(start) {}
  std::chrono::system_clock::time_point now() const override { return now_; }
  void set(std::chrono::system_clock::time_point t) { now_ = t; }
  void advance(std::chrono::seconds by) { now_ += by; }

 private:
  std::chrono::system_clock::time_point now_;
};

// The process-wide clock (the wall clock unless a drill or test installed another). Not owned: the
// installer keeps it alive until it installs the previous one back (ScopedClock does both).
const Clock& current_clock();
void install_clock(const Clock* clock);  // nullptr: back to the wall clock

class ScopedClock {
 public:
  explicit ScopedClock(const Clock& clock);
  ~ScopedClock();
  ScopedClock(const ScopedClock&) = delete;
  ScopedClock& operator=(const ScopedClock&) = delete;

 private:
  const Clock* previous_;
};

// current_clock().now() as UTC ISO 8601 with seconds: 2026-11-23T11:20:31Z.
std::string utc_timestamp();
std::string utc_timestamp(std::chrono::system_clock::time_point t);
// Parses that form back (also accepts a trailing +00:00); InputError on anything else.
std::chrono::system_clock::time_point parse_utc_timestamp(const std::string& text);
// A stored UTC timestamp shown to people: 2026-11-23 20:20 JST (Japan has no daylight saving time).
std::string jst_display(const std::string& utc_iso);

}  // namespace bosai
