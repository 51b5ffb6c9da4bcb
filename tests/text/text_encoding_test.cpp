// Protects the one text-encoding module: the names users type for an encoding, UTF-8 validation (what counts as
// broken) and what kAuto decides, since a wrong guess turns a whole register into mojibake.
#include "text/text_encoding.h"

#include <gtest/gtest.h>

using namespace bosai::text;

TEST(TextEncoding, NamesAsUsersTypeThem) {
  EXPECT_EQ(parse_text_encoding("auto"), TextEncoding::kAuto);
  EXPECT_EQ(parse_text_encoding("UTF-8"), TextEncoding::kUtf8);
  EXPECT_EQ(parse_text_encoding("utf8"), TextEncoding::kUtf8);
  EXPECT_EQ(parse_text_encoding("Shift_JIS"), TextEncoding::kShiftJis);
  EXPECT_EQ(parse_text_encoding("cp932"), TextEncoding::kShiftJis);
  EXPECT_EQ(parse_text_encoding("sjis"), TextEncoding::kShiftJis);
  EXPECT_EQ(parse_text_encoding("latin1"), std::nullopt);
}

TEST(TextEncoding, Utf8ValidatorAcceptsJapaneseAndEmoji) {
  EXPECT_EQ(find_invalid_utf8("避難所 🏫 ｶﾅ"), std::string::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(find_invalid_utf8("ab\xE3\x81"), 2u);  // cut off inside a character
}

TEST(TextEncoding, AutoTakesBomOrValidUtf8AsUtf8AndAnythingElseAsShiftJis) {
  EXPECT_EQ(resolve_encoding("避難所", TextEncoding::kAuto), TextEncoding::kUtf8);
  EXPECT_EQ(resolve_encoding("\x94\xF0\x93\xEF\x8F\x8A", TextEncoding::kAuto), TextEncoding::kShiftJis);
  EXPECT_EQ(resolve_encoding("\xEF\xBB\xBF\x94\xF0", TextEncoding::kAuto), TextEncoding::kUtf8);
  EXPECT_EQ(resolve_encoding("避難所", TextEncoding::kShiftJis), TextEncoding::kShiftJis);  // declared wins
}

TEST(TextEncoding, ShiftJisDecoderConvertsPiecesAndRecoversAfterABadOne) {
  ShiftJisDecoder decoder;
  EXPECT_EQ(decoder.decode("\x94\xF0\x93\xEF\x8F\x8A").utf8, "避難所");
  const auto bad = decoder.decode("ok\x85\x40");
  EXPECT_EQ(bad.bad, 2u);
  EXPECT_FALSE(bad.truncated);
  EXPECT_TRUE(decoder.decode("\x94").truncated);
  EXPECT_EQ(decoder.decode("\xB6\xC5\xB6\xC5").utf8, "ｶﾅｶﾅ");  // one byte in, three out
}

TEST(TextEncoding, LineAtCountsFromOne) {
  EXPECT_EQ(line_at("a\nb\nc", 0), 1);
  EXPECT_EQ(line_at("a\nb\nc", 4), 3);
  EXPECT_EQ(line_at("a\nb", 99), 2);
}
