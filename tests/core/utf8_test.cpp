#include "core/utf8.hpp"

#include <gtest/gtest.h>

#include "core/document.hpp"

using namespace wiremap;

TEST(Utf8, ValidTextIsUnchanged) {
  const std::string s = "Seoul 서울 Москва “quoted” \xF0\x9F\x98\x80";
  const auto r = utf8::repair(s);
  EXPECT_EQ(r.text, s);
  EXPECT_EQ(r.invalidSequences, 0u);
}

TEST(Utf8, InvalidSequencesBecomeReplacementCharacters) {
  // A lone continuation byte, a truncated 3-byte sequence, an overlong encoding, a surrogate.
  const std::string s = std::string("a\x80") + "b\xE2\x82" + "c\xC0\xAF" + "d\xED\xA0\x80" + "e";
  const auto r = utf8::repair(s);
  EXPECT_EQ(r.firstInvalidByte, 1u);
  EXPECT_GE(r.invalidSequences, 4u);
  const auto again = utf8::repair(r.text);
  EXPECT_EQ(again.invalidSequences, 0u) << "repaired text must be valid";
  EXPECT_EQ(r.text.substr(0, 1), "a");
  EXPECT_EQ(r.text.substr(1, 3), "\xEF\xBF\xBD");
  EXPECT_EQ(r.text.back(), 'e');
}

TEST(Utf8, BomIsStrippedAndReported) {
  bool bom = false;
  const auto r = utf8::repair("\xEF\xBB\xBFhello", &bom);
  EXPECT_TRUE(bom);
  EXPECT_EQ(r.text, "hello");
}

TEST(Utf8, OffsetMapCountsCodePoints) {
  const std::string s = "a€b\xF0\x9F\x98\x80" "c";  // a, euro (3 bytes), b, emoji (4 bytes), c
  utf8::OffsetMap m(s);
  EXPECT_EQ(m.size(), 5u);
  EXPECT_EQ(m.toByte(0), 0u);
  EXPECT_EQ(m.toByte(1), 1u);
  EXPECT_EQ(m.toByte(2), 4u);
  EXPECT_EQ(m.toByte(3), 5u);
  EXPECT_EQ(m.toByte(4), 9u);
  EXPECT_EQ(m.toByte(5), 10u);
  EXPECT_EQ(m.toCodePoint(9), 4u);
  EXPECT_EQ(utf8::length(s), 5u);
}

TEST(Utf8, DecodeAppendRoundTrip) {
  for (char32_t cp : {char32_t('A'), char32_t(0xE9), char32_t(0x20AC), char32_t(0xC11C), char32_t(0x1F600)}) {
    std::string s;
    utf8::append(s, cp);
    std::size_t i = 0;
    EXPECT_EQ(utf8::decode(s, i), cp);
    EXPECT_EQ(i, s.size());
  }
}

TEST(Document, SliceUsesCodePoints) {
  Document d;
  d.setText("Москва and Seoul");
  EXPECT_EQ(d.slice({0, 6}), "Москва");
  EXPECT_EQ(d.slice({11, 16}), "Seoul");
}

#include "core/text.hpp"

TEST(Text, CaseInsensitiveCompareAndSearch) {
  EXPECT_TRUE(wiremap::text::equalsIgnoreCase("Said", "sAID"));
  EXPECT_FALSE(wiremap::text::equalsIgnoreCase("said", "sad"));
  EXPECT_FALSE(wiremap::text::equalsIgnoreCase("said", "saib"));
  EXPECT_TRUE(wiremap::text::containsIgnoreCase("Kuala Lumpur", "LUMP"));
  EXPECT_TRUE(wiremap::text::containsIgnoreCase("anything", ""));
  EXPECT_FALSE(wiremap::text::containsIgnoreCase("Seoul", "Busan"));
  EXPECT_FALSE(wiremap::text::containsIgnoreCase("ab", "abc"));
}
