// Protects the CSV reader every open-data import relies on: GSI files come with a BOM, CRLF and quoted line
// breaks, and a broken or wrongly encoded file must be refused with the line a person can find in an editor.
#include "core/error.h"
#include "geo/csv_reader.h"

#include <gtest/gtest.h>

using bosai::InputError;
using namespace bosai::geo;

namespace {

long error_line(const std::string& text, TextEncoding encoding = TextEncoding::kUtf8) {
  try {
    parse_csv(text, "f.csv", encoding);
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "f.csv");
    return e.line();
  }
  ADD_FAILURE() << "no error for: " << text;
  return -1;
}

}  // namespace

TEST(CsvReader, ReadsBomCrlfAndQuotedFieldsWithLineBreaks) {
  const auto rows = parse_csv("\xEF\xBB\xBFNO,名称\r\n1,\"東小学校\r\n体育館\"\r\n2,\"a,\"\"b\"\"\"\r\n", "f.csv");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields[0], "NO");  // the BOM is not part of the first column name
  EXPECT_EQ(rows[1].fields[1], "東小学校\r\n体育館");
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[2].line, 4);  // the quoted line break moved it down one line
  EXPECT_EQ(rows[2].fields[1], "a,\"b\"");
}

TEST(CsvReader, KeepsEmptyTrailingFieldsAndSkipsBlankLines) {
  const auto rows = parse_csv("a,b,\n\n1,,\n", "f.csv");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields.size(), 3u);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"1", "", ""}));
  EXPECT_EQ(rows[1].line, 3);
}

TEST(CsvReader, UnclosedQuoteNamesTheLineWhereItOpened) { EXPECT_EQ(error_line("a,b\n1,2\n3,\"open\n4,5\n"), 3); }

TEST(CsvReader, StrayQuotesAreRefused) {
  EXPECT_EQ(error_line("a,b\n1,x\"y\n"), 2);
  EXPECT_EQ(error_line("a,b\n1,\"x\"y\n"), 2);
}

TEST(CsvReader, ShiftJisBytesReadAsUtf8NameTheirLine) {
  // 学校 in Shift_JIS on line 3.
  EXPECT_EQ(error_line("a,b\n1,ok\n2,\x8A\x77\x8D\x5A\n"), 3);
  EXPECT_EQ(error_line("a\n\xED\xA0\x80\n"), 2);  // a UTF-16 surrogate is not UTF-8
  EXPECT_EQ(error_line("a\n\xC0\xAF\n"), 2);      // overlong form
}

TEST(CsvReader, ShiftJisFilesAreConvertedWhenNamed) {
  const auto rows = parse_csv("a,b\r\n1,\x8A\x77\x8D\x5A\r\n", "f.csv", TextEncoding::kShiftJis);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields[1], "学校");
  EXPECT_EQ(error_line("a\n\x82\n", TextEncoding::kShiftJis), 2);  // a lead byte with nothing after it
}

TEST(CsvReader, Utf8ValidatorAcceptsJapaneseAndEmoji) {
  EXPECT_EQ(find_invalid_utf8("避難所 🏫 ｶﾅ"), std::string::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
}
