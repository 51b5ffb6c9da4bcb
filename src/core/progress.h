#pragma once
#include <atomic>
#include <chrono>
#include <limits>
#include <string_view>

namespace bosai {

// Thrown by long work when its token was cancelled: the work stops where it is and writes nothing
// (imports roll back, solvers return no plan). Front ends catch it and say "cancelled".
struct Cancelled {
  const char* what() const noexcept { return "cancelled"; }
};

// One way for long work (road import, shelter import, assignment, the VRP, supply planning) to say how far
// it has got and to learn that it should stop. A front end passes one Progress into a service; the work
// calls report() now and then and checks stop_requested() (or throw_if_cancelled()) in every phase.
// Thread-safe: cancel() and deadlines may be set from another thread (a GUI button, a drill controller).
class Progress {
 public:
  virtual ~Progress() = default;

  // `stage` names what is being done ("reading", "building", "searching"); `fraction` is 0..1 (or < 0 when
  // the end is not known). Called from the working thread; keep it cheap.
  virtual void report(std::string_view stage, double fraction) { (void)stage, (void)fraction; }

  void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }

  // A wall-clock limit, for solvers that return their best so far when it passes (not an error).
  void set_deadline(std::chrono::steady_clock::time_point at) {
    deadline_ns_.store(at.time_since_epoch().count(), std::memory_order_relaxed);
  }
  bool deadline_passed() const {
    const auto at = deadline_ns_.load(std::memory_order_relaxed);
    return at != kNoDeadline && std::chrono::steady_clock::now().time_since_epoch().count() >= at;
  }
  // What a search loop asks each round: cancelled, or out of time.
  bool stop_requested() const { return cancelled() || deadline_passed(); }
  void throw_if_cancelled() const {
    if (cancelled()) throw Cancelled{};
  }

 private:
  static constexpr auto kNoDeadline = std::numeric_limits<std::chrono::steady_clock::rep>::max();
  std::atomic<bool> cancelled_{false};
  std::atomic<std::chrono::steady_clock::rep> deadline_ns_{kNoDeadline};
};

// For callers that want neither reports nor cancellation (tests, batch code). Never cancel it or give it a
// deadline: it is shared by every such caller on the thread.
inline Progress& no_progress() {
  static thread_local Progress none;
  return none;
}

}  // namespace bosai
