// Protects the one CSV reader every import relies on (shelter files, the people register, assignment inputs):
// GSI files come with a BOM, CRLF and quoted line breaks, ward systems export Shift_JIS, and a broken or wrongly
// encoded file must be refused with the line and column a person can find in an editor.
#include "core/error.h"
#include "text/csv_reader.h"

#include <gtest/gtest.h>

using bosai::InputError;
using namespace bosai::text;

namespace {

InputError error_of(const std::string& text, TextEncoding encoding = TextEncoding::kUtf8) {
  try {
    parse_csv(text, "f.csv", encoding);
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "f.csv");
    return e;
  }
  ADD_FAILURE() << "no error for: " << text;
  return InputError("no error");
}

long error_line(const std::string& text, TextEncoding encoding = TextEncoding::kUtf8) {
  return error_of(text, encoding).line();
}

std::string error_message(const std::string& text, TextEncoding encoding = TextEncoding::kUtf8) {
  return error_of(text, encoding).what();
}

const std::string kGakkouSjis = "\x8A\x77\x8D\x5A";  // 学校 in Shift_JIS

}  // namespace

TEST(CsvReader, ReadsBomCrlfAndQuotedFieldsWithCommasLineBreaksAndQuotes) {
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

TEST(CsvReader, AcceptsLfCrAndAMissingFinalLineEnd) {
  const auto rows = parse_csv("a,b\r1,2\n3,\"4\"", "f.csv");  // old Mac Excel ends lines with a lone CR
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(rows[2].line, 3);
  EXPECT_EQ(rows[2].fields[1], "4");
}

TEST(CsvReader, UnclosedQuoteNamesTheLineAndColumnWhereItOpened) {
  EXPECT_EQ(error_line("a,b\n1,2\n3,\"open\n4,5\n"), 3);
  EXPECT_NE(error_message("a,b\n1,2\n3,\"open\n4,5\n").find("f.csv:3: a quoted field is never closed (column 2"),
            std::string::npos);
}

TEST(CsvReader, StrayQuotesAreRefusedWithTheirColumn) {
  EXPECT_EQ(error_line("a,b\n1,x\"y\n"), 2);
  EXPECT_EQ(error_line("a,b\n1,\"x\"y\n"), 2);
  EXPECT_NE(error_message("a,b,c\n1,2,x\"y\n").find("f.csv:2: a quote inside an unquoted field in column 3"),
            std::string::npos);
  EXPECT_NE(error_message("a,b\n\"x\"y,2\n").find("text after a closing quote in column 1"), std::string::npos);
}

TEST(CsvReader, RaggedRowsAreKeptAsReadAndTheirErrorNamesTheLine) {
  const auto rows = parse_csv("a,b\n1,2\n3\n4,5,6\n", "f.csv");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[2].fields.size(), 1u);
  EXPECT_EQ(rows[3].line, 4);
  const auto e = field_count_error("f.csv", rows[3].line, rows[3].fields.size(), rows[0].fields.size());
  EXPECT_EQ(e.line(), 4);
  EXPECT_STREQ(e.what(), "f.csv:4: 3 fields but the header has 2 (a stray comma or broken quoting?)");
}

TEST(CsvReader, ShiftJisBytesReadAsUtf8NameTheirLineAndColumn) {
  EXPECT_EQ(error_line("a,b\n1,ok\n2," + kGakkouSjis + "\n"), 3);
  EXPECT_NE(error_message("a,b\n1,ok\n2," + kGakkouSjis + "\n").find("f.csv:3: not valid UTF-8 in column 2"),
            std::string::npos);
  EXPECT_EQ(error_line("a\n\xED\xA0\x80\n"), 2);  // a UTF-16 surrogate is not UTF-8
  EXPECT_EQ(error_line("a\n\xC0\xAF\n"), 2);      // overlong form
  // Inside a quoted field spanning lines, the line of the bad byte itself.
  EXPECT_EQ(error_line("a,b\n1,\"ok\nstill ok\n" + kGakkouSjis + "\"\n"), 4);
}

TEST(CsvReader, ShiftJisFilesAreConvertedWhenNamedOrDetected) {
  // 表 ends in 0x5C and ｶﾅ is one byte a character: neither may confuse the splitting or the conversion.
  const std::string sjis = "a,b\r\n1," + kGakkouSjis + "\r\n\"\x95\x5C\",\"\xB6\xC5,\"\r\n";
  for (const auto encoding : {TextEncoding::kShiftJis, TextEncoding::kAuto}) {
    const auto rows = parse_csv(sjis, "f.csv", encoding);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].fields[1], "学校");
    EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"表", "ｶﾅ,"}));
  }
  EXPECT_EQ(parse_csv("a\r\n学校\r\n", "f.csv", TextEncoding::kAuto)[1].fields[0], "学校");  // valid UTF-8 stays
}

TEST(CsvReader, InvalidShiftJisNamesItsLineAndColumn) {
  EXPECT_EQ(error_line("a\n\x82\n", TextEncoding::kShiftJis), 2);  // a lead byte with nothing after it
  EXPECT_NE(error_message("a,b\n1,\x82\n", TextEncoding::kShiftJis).find("f.csv:2: column 2 ends inside a Shift_JIS"),
            std::string::npos);
  // 0x85 0x40 is unassigned in CP932.
  EXPECT_NE(error_message("a,b\n1,2\nx,\"\n\x85\x40\"\n", TextEncoding::kShiftJis)
                .find("f.csv:4: not valid Shift_JIS (CP932) in column 2"),
            std::string::npos);
  // A BOM says UTF-8: refused as Shift_JIS, and kAuto reports the file's bad bytes as UTF-8 errors.
  EXPECT_EQ(error_line("\xEF\xBB\xBF" "a\n", TextEncoding::kShiftJis), 1);
  EXPECT_NE(error_message("\xEF\xBB\xBF" "a\n1\n" + kGakkouSjis + "\n", TextEncoding::kAuto).find("3: not valid UTF-8"),
            std::string::npos);
}
