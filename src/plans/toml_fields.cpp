#include "plans/toml_fields.h"

#include <fstream>
#include <sstream>

namespace bosai::plans {

void TomlFields::fail(const toml::node& at, const std::string& key, const std::string& message) const {
  throw InputError(file_, static_cast<long>(at.source().begin.line), key, message);
}

std::string TomlFields::text(const toml::table& t, const std::string& key, bool required, std::string fallback) const {
  const toml::node* node = t.get(key);
  if (!node) {
    if (required) fail(t, key, "missing (required)");
    return fallback;
  }
  const auto* value = node->as_string();
  if (!value) fail(*node, key, "must be a quoted string");
  if (required && value->get().empty()) fail(*node, key, "must not be empty");
  return value->get();
}

double TomlFields::number(const toml::table& t, const std::string& key, bool required, double fallback) const {
  if (!t.get(key) && required) fail(t, key, "missing (required)");
  return optional_number(t, key).value_or(fallback);
}

std::optional<double> TomlFields::optional_number(const toml::table& t, const std::string& key) const {
  const toml::node* node = t.get(key);
  if (!node) return std::nullopt;
  const auto v = node->value<double>();
  if (!v || *v < 0) fail(*node, key, "must be a number, 0 or more");
  return *v;
}

std::optional<long> TomlFields::count(const toml::table& t, const std::string& key) const {
  const toml::node* node = t.get(key);
  if (!node) return std::nullopt;
  const auto* value = node->as_integer();
  if (!value || value->get() < 0) fail(*node, key, "must be a whole number, 0 or more");
  return static_cast<long>(value->get());
}

bool TomlFields::flag(const toml::table& t, const std::string& key) const {
  const toml::node* node = t.get(key);
  if (!node) return false;
  if (!node->is_boolean()) fail(*node, key, "must be true or false");
  return node->as_boolean()->get();
}

toml::table parse_toml(const std::string& text, const std::string& file_name) {
  try {
    return toml::parse(text, file_name);
  } catch (const toml::parse_error& e) {
    throw InputError(file_name, static_cast<long>(e.source().begin.line), std::string(e.description()));
  }
}

std::string read_text_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot read file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace bosai::plans
