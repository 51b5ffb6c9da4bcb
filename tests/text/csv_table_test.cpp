// Protects how every by-header CSV import reads a cell as people type it in Excel, and that a file with any bad
// cell is refused whole with each problem named by line and column (header and Excel letter).
#include "core/import_rejected.h"
#include "text/csv_table.h"

#include <gtest/gtest.h>

using namespace bosai;
using namespace bosai::text;

TEST(CsvTable, NumbersAsExcelAndAnImeWriteThem) {
  EXPECT_EQ(parse_cell_number("1,200"), 1200);
  EXPECT_EQ(parse_cell_number("１２３"), 123) << "full-width digits";
  EXPECT_EQ(parse_cell_number("１，２００"), 1200);
  EXPECT_EQ(parse_cell_number("　42 "), 42) << "blanks around, the ideographic space too";
  EXPECT_EQ(parse_cell_number("12.5%", true), 12.5);
  EXPECT_FALSE(parse_cell_number(",12"));
  EXPECT_FALSE(parse_cell_number("12,"));
  EXPECT_FALSE(parse_cell_number("1e999")) << "not finite";
  EXPECT_FALSE(parse_cell_number("たくさん"));
  EXPECT_EQ(column_label({"block", "time"}, 1), "time（B列）");
  EXPECT_EQ(column_label({}, 27), "（AB列）");
}

TEST(CsvTable, ColumnsByNameOrAliasAndEveryProblemNamed) {
  CsvTable ok("班,count\nA,１０\n", "f.csv", {"block", "count"}, {}, {{"班", "block"}});
  ASSERT_EQ(ok.rows().size(), 1u);
  EXPECT_EQ(ok.cell(ok.rows()[0], "block"), "A");
  EXPECT_EQ(ok.count(ok.rows()[0], "count"), 10);
  EXPECT_NO_THROW(ok.finish());

  CsvTable bad("block,cuont\nA,1\nB\n", "f.csv", {"block", "count"});
  try {
    bad.finish();
    FAIL() << "a misspelt column, a missing column and a short row were accepted";
  } catch (const ImportRejected& e) {
    ASSERT_EQ(e.errors().size(), 3u) << e.what();
    EXPECT_EQ(e.errors()[0].field(), "cuont（B列）");
    EXPECT_EQ(e.errors()[1].field(), "count");
    EXPECT_EQ(e.errors()[2].line(), 3);
  }
  CsvTable negative("count\n-1\n", "f.csv", {"count"});
  EXPECT_FALSE(negative.count(negative.rows()[0], "count"));
  EXPECT_THROW(negative.finish(), ImportRejected);
  EXPECT_THROW(CsvTable("count\n", "f.csv", {"count"}).finish(), ImportRejected) << "a header and no rows";
}
