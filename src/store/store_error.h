#pragma once
#include <stdexcept>
#include <string>

namespace bosai::store {

// A failure inside the store (I/O, corruption, constraint): carries the backend's own message and code.
class StoreError : public std::runtime_error {
 public:
  StoreError(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

}  // namespace bosai::store
