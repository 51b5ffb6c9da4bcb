#pragma once
#include "core/error.h"
#include "core/person.h"
#include "core/ward_structure.h"
#include "text/text_encoding.h"

#include <ostream>
#include <string>
#include <vector>

namespace bosai::people {

// The ward's register export (layout in docs/people.md "Register CSV"): a header row naming the columns
// (any order; unknown columns are refused so a misspelt header is not silently dropped), one person a row.
// Every row is checked against the ward structure (地区, 町会) and the formats (dates, phone, grades …).
struct RegisterRows {
  std::vector<Person> people;
  std::vector<InputError> errors;  // every problem in every row, in file order; empty means clean
};

// `bytes` as read from the file, in `encoding` (declared, or kAuto to detect UTF-8 or Shift_JIS).
RegisterRows read_register_csv(const std::string& bytes, const std::string& file, const WardStructure& ward,
                               text::TextEncoding encoding = text::TextEncoding::kAuto);

// Writes people in the same layout (UTF-8 with BOM so spreadsheet software opens it as UTF-8).
void write_register_csv(std::ostream& out, const std::vector<Person>& people);

// The 町会 roster as CSV: the 法49条の10 items only (no care level, consent details or coordinates).
void write_roster_csv(std::ostream& out, const std::vector<Person>& people);

// The column names, in the order export writes them.
const std::vector<std::string>& register_columns();

}  // namespace bosai::people
