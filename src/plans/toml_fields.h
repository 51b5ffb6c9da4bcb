#pragma once
#include "core/error.h"

#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <string>

namespace bosai::plans {

// Typed access to the fields of our human-editable TOML files (ward, supply rates, drill scenarios). Every
// mistake becomes an InputError naming the file, the line and the key, worded for the person editing it.
class TomlFields {
 public:
  explicit TomlFields(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }

  [[noreturn]] void fail(const toml::node& at, const std::string& key, const std::string& message) const;

  // A string; `required` ones must be present and non-empty, optional ones default to `fallback`.
  std::string text(const toml::table& t, const std::string& key, bool required, std::string fallback = {}) const;
  // A number ≥ 0.
  double number(const toml::table& t, const std::string& key, bool required, double fallback = 0) const;
  std::optional<double> optional_number(const toml::table& t, const std::string& key) const;
  // A whole number ≥ 0.
  std::optional<long> count(const toml::table& t, const std::string& key) const;
  bool flag(const toml::table& t, const std::string& key) const;

  // Visits each [[name]] table, refusing anything else written under that key.
  template <typename F>
  void each(const toml::table& root, const std::string& name, F&& visit) const {
    const toml::node* node = root.get(name);
    if (!node) return;
    const auto* array = node->as_array();
    if (!array) fail(*node, name, "must be written as [[" + name + "]] tables");
    for (const auto& item : *array) {
      if (!item.is_table()) fail(item, name, "must be written as [[" + name + "]] tables");
      visit(*item.as_table());
    }
  }

 private:
  std::string file_;
};

// Parses TOML text, turning a syntax error into an InputError with its line.
toml::table parse_toml(const std::string& text, const std::string& file_name);
// Reads a whole file (InputError when it cannot be read).
std::string read_text_file(const std::filesystem::path& file);

}  // namespace bosai::plans
