#include "extract/tokenize.hpp"

#include <gtest/gtest.h>

using namespace wiremap;
using namespace wiremap::extract;

namespace {
std::vector<std::string> words(const Document& d, const Tokenized& t) {
  std::vector<std::string> w;
  for (const auto& tok : t.tokens) w.emplace_back(d.slice(tok.span));
  return w;
}
Document doc(const std::string& s) {
  Document d;
  d.setText(s);
  return d;
}
}  // namespace

TEST(Tokenize, SplitsPunctuationKeepsAbbreviations) {
  auto d = doc("The U.S. envoy, Gen. Ortiz, met Mr. Sato in Washington.");
  auto t = tokenize(d);
  const std::vector<std::string> expect = {"The", "U.S.", "envoy", ",", "Gen.", "Ortiz", ",", "met",
                                           "Mr.", "Sato", "in", "Washington", "."};
  EXPECT_EQ(words(d, t), expect);
  EXPECT_EQ(t.sentences.size(), 1u);
}

TEST(Tokenize, PossessivesAndCurlyQuotes) {
  auto d = doc("“We will go,” said Chile’s minister. Peru's reply came later.");
  auto t = tokenize(d);
  const std::vector<std::string> expect = {"“", "We", "will", "go", ",", "”", "said", "Chile", "’s", "minister",
                                           ".", "Peru", "'s", "reply", "came", "later", "."};
  EXPECT_EQ(words(d, t), expect);
  EXPECT_TRUE(t.tokens[0].has(kQuoteMark));
  EXPECT_TRUE(t.tokens[8].has(kPossessive));
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(d.slice(t.sentences[1].span), "Peru's reply came later.");
}

TEST(Tokenize, PluralPossessiveApostropheIsNoQuotationMark) {
  auto d = doc("The dockers' union and the nurses’ council met. He called them 'the experts' later.");
  auto t = tokenize(d);
  const std::vector<std::string> expect = {"The", "dockers", "'", "union", "and", "the", "nurses", "’", "council",
                                           "met", ".", "He", "called", "them", "'", "the", "experts", "'", "later", "."};
  ASSERT_EQ(words(d, t), expect);
  for (int k : {2, 7}) {
    EXPECT_TRUE(t.tokens[k].has(kPossessive)) << k;
    EXPECT_FALSE(t.tokens[k].has(kQuoteMark)) << k;
  }
  // A single quotation closing after an "s" that it opened is still a mark.
  EXPECT_TRUE(t.tokens[17].has(kQuoteMark));
  EXPECT_FALSE(t.tokens[17].has(kPossessive));
}

TEST(Tokenize, CodePointSpansWithNonAscii) {
  auto d = doc("Москва и Seoul.");
  auto t = tokenize(d);
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_EQ(t.tokens[0].span, (Span{0, 6}));
  EXPECT_EQ(t.tokens[2].span, (Span{9, 14}));
  EXPECT_EQ(t.tokens[2].text, "Seoul");
  EXPECT_TRUE(t.tokens[0].has(kCapitalised));
}

TEST(Tokenize, ParagraphsAndLineBreakSentences) {
  auto d = doc("HEADLINE WITHOUT VERB\nLONDON 2026-01-02\nA sentence that wraps\n  onto a second line.\n\nNew paragraph here.");
  auto t = tokenize(d);
  ASSERT_EQ(t.paragraphs.size(), 2u);
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(d.slice(t.sentences[2].span), "A sentence that wraps\n  onto a second line.");
  EXPECT_EQ(t.sentences[3].paragraph, 1u);
}

TEST(Tokenize, ConllStyleTokensStayWhole) {
  auto d = doc("Leicestershire beat Somerset by an innings and 39 runs .\nU.S. 10,000 Myung-soo");
  auto t = tokenize(d);
  auto w = words(d, t);
  EXPECT_EQ(w.size(), 13u);
  EXPECT_EQ(w[10], "U.S.");
  EXPECT_EQ(w[11], "10,000");
  EXPECT_EQ(w[12], "Myung-soo");
  EXPECT_EQ(t.sentences.size(), 2u);
}

TEST(Tokenize, EmptyAndWhitespaceOnly) {
  auto d = doc(" \n\n \t");
  auto t = tokenize(d);
  EXPECT_TRUE(t.tokens.empty());
  EXPECT_TRUE(t.sentences.empty());
}
