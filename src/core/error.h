#pragma once
#include <stdexcept>
#include <string>

namespace bosai {

// Bad input from a user's file or argument: the CLI turns it into exit code 2 and prints what() as
// "FILE:LINE: field: what is wrong", so the user can go straight to the offending place.
class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message);
  InputError(std::string file, long line, const std::string& message);
  InputError(std::string file, long line, std::string field, const std::string& message);

  const std::string& file() const { return file_; }
  long line() const { return line_; }
  const std::string& field() const { return field_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  long line_ = 0;
  std::string field_;
  std::string message_;
};

// A record named by the user does not exist (unknown 地区, unknown shelter id …): also bad input.
class NotFoundError : public InputError {
 public:
  using InputError::InputError;
};

// An output file could not be written (no such folder, no permission, disk full). Nothing was left at its
// name; the CLI gives the same exit code for it in every command.
class OutputError : public std::runtime_error {
 public:
  OutputError(std::string file, const std::string& reason);
  const std::string& file() const { return file_; }

 private:
  std::string file_;
};

}  // namespace bosai
