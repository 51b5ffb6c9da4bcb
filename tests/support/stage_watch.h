#pragma once
// A Progress that wakes a waiting thread once the work reports a stage whose name starts with `trigger`:
// how cancel tests and the cancel-latency bench press "stop" at a known point of the work.
#include "core/progress.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>

namespace bosai::test {

class StageWatch : public Progress {
 public:
  explicit StageWatch(std::string trigger) : trigger_(std::move(trigger)) {}
  void report(std::string_view stage, double) override {
    if (stage.substr(0, trigger_.size()) != trigger_) return;
    std::lock_guard lock(mutex_);
    seen_ = true;
    changed_.notify_all();
  }
  void wait() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return seen_; });
  }

 private:
  std::string trigger_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool seen_ = false;
};

}  // namespace bosai::test
