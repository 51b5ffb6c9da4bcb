#pragma once
#include "core/error.h"
#include "core/person.h"
#include "core/ward_structure.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bosai::people {

// Checks and normalises one register field at a time, collecting problems instead of stopping at the first,
// so one run lists every bad line. Messages never repeat a personal value (they end up in terminals and
// tickets); they say what is expected.
class RegisterFields {
 public:
  RegisterFields(std::string file, const WardStructure& ward, std::vector<InputError>& errors);

  void fail(long line, const std::string& field, const std::string& message);
  std::size_t error_count() const { return errors_.size(); }

  std::string required_text(long line, const std::string& field, const std::string& value);
  std::string date(long line, const std::string& field, const std::string& value, bool required);
  std::string sex(long line, const std::string& field, const std::string& value);
  std::string phone(long line, const std::string& field, const std::string& value);
  std::optional<GeoPoint> position(long line, const std::string& field, const std::string& lat,
                                   const std::string& lon);
  std::string district(long line, const std::string& field, const std::string& value);
  std::string association(long line, const std::string& field, const std::string& value,
                          const std::string& district_code);
  std::string care_level(long line, const std::string& field, const std::string& value);
  int disability_grade(long line, const std::string& field, const std::string& value);
  Household household(long line, const std::string& field, const std::string& value);
  bool flag(long line, const std::string& field, const std::string& value);

 private:
  std::string file_;
  std::vector<InputError>& errors_;
  std::map<std::string, std::string> districts_;     // code or name → code
  std::map<std::string, const Association*> associations_;  // code or name → record
};

std::string trim(const std::string& text);
std::string format_coordinate(double degrees);
// The care levels a register may hold, mildest first.
const std::vector<std::string>& care_levels();

}  // namespace bosai::people
