// Protects the CSV writer behind every export (shelter files, register and rosters): what it writes must read
// back field for field, whatever a field holds, or an export → edit → import round trip changes data.
#include "text/csv_reader.h"
#include "text/csv_writer.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace bosai::text;

TEST(CsvWriter, OutputReadsBackAsTheSameFields) {
  const std::vector<std::vector<std::string>> table = {
      {"NO", "名称", "備考"},
      {"1", "東小学校, 体育館", "「\"本館\"」"},
      {"2", "two\r\nlines", ""},
      {"3", "lf\nonly", "\""},
      {"", "", ""},  // an all-empty row must survive (as ",,"), not vanish as a blank line
  };
  std::ostringstream out;
  CsvWriter csv(out);
  for (const auto& row : table) csv.row(row);
  const auto rows = parse_csv(out.str(), "round.csv");
  ASSERT_EQ(rows.size(), table.size());
  for (std::size_t i = 0; i < table.size(); ++i) EXPECT_EQ(rows[i].fields, table[i]) << "row " << i;
}

TEST(CsvWriter, AOneColumnRowWithAnEmptyValueIsNotLostAsABlankLine) {
  std::ostringstream out;
  CsvWriter csv(out, false);
  csv.row({"id"});
  csv.row({""});
  csv.row({"7"});
  const auto rows = parse_csv(out.str(), "one.csv");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].fields, std::vector<std::string>{""});
  EXPECT_EQ(rows[2].line, 3);
}

TEST(CsvWriter, QuotesOnlyWhereNeededWithBomAndCrlf) {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.row({"a", "b,c", "d\"e", "f"});
  EXPECT_EQ(out.str(), "\xEF\xBB\xBF" "a,\"b,c\",\"d\"\"e\",f\r\n");
  std::ostringstream plain;
  CsvWriter(plain, false).row({"x"});
  EXPECT_EQ(plain.str(), "x\r\n");
}
