#include "cli/date_option.h"

#include "core/calendar_date.h"
#include "core/error.h"

namespace bosai::cli {

std::string date_or_today(const std::string& text, const std::string& option) {
  if (text.empty()) return today_local();
  const auto date = normalise_date(text);
  if (!date) throw InputError("", 0, option, "expected a date YYYY-MM-DD, got '" + text + "'");
  return *date;
}

}  // namespace bosai::cli
