#include "extract/ingest.hpp"

#include <gtest/gtest.h>

#include "extract/tokenize.hpp"

using namespace wiremap;
using namespace wiremap::extract;

TEST(Ingest, PlainTextIsKeptExactly) {
  const std::string text = "GENEVA (Example Wire) - Talks resumed.\n\nThey ended late.";
  auto doc = ingestBytes(text, "a.txt");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, text);
  EXPECT_EQ(doc->repairedSequences, 0u);
}

TEST(Ingest, BinaryIsRefusedWithAReason) {
  auto pdf = ingestBytes("%PDF-1.7\n...", "report.txt");
  ASSERT_FALSE(pdf);
  EXPECT_NE(pdf.error().message.find("report.txt"), std::string::npos);
  EXPECT_NE(pdf.error().message.find("PDF"), std::string::npos);
  auto nul = ingestBytes(std::string("abc\0def", 7), "x.txt");
  ASSERT_FALSE(nul);
  EXPECT_NE(nul.error().message.find("binary"), std::string::npos);
}

TEST(Ingest, EmptyInputIsAnEmptyDocument) {
  auto doc = ingestBytes("", "empty.txt");
  ASSERT_TRUE(doc);
  EXPECT_TRUE(doc->text.empty());
}

TEST(Ingest, InvalidUtf8IsRepairedAndCounted) {
  auto doc = ingestBytes("Caf\xE9 in Lyon", "latin1.txt");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->repairedSequences, 1u);
  EXPECT_EQ(doc->text, "Caf\xEF\xBF\xBD in Lyon");
  EXPECT_EQ(doc->offsets.size(), 12u);
}

TEST(Ingest, HtmlBecomesParagraphsAndHeadline) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Site</title><script>var x = '<p>no</p>';</script></head>"
      "<body><h1>Ministers meet in Hanoi</h1><p>The ministers met &amp; talked.</p><p>They left &ldquo;happy&rdquo;.</p></body></html>";
  auto doc = ingestBytes(html, "page.html");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->meta.headline, "Ministers meet in Hanoi");
  EXPECT_EQ(doc->text.find("var x"), std::string::npos);
  EXPECT_NE(doc->text.find("The ministers met & talked."), std::string::npos);
  EXPECT_NE(doc->text.find("\xE2\x80\x9Chappy\xE2\x80\x9D"), std::string::npos);
  EXPECT_NE(doc->text.find("\n\n"), std::string::npos);
}

TEST(Ingest, JsonArticleFields) {
  auto doc = ingestBytes(R"({"title":"Floods in Dhaka","body":"Rain fell.","byline":["A. Writer"],"date":"2026-03-01"})", "a.json");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Rain fell.");
  EXPECT_EQ(doc->meta.headline, "Floods in Dhaka");
  EXPECT_EQ(doc->meta.date, "2026-03-01");
  ASSERT_EQ(doc->meta.byline.size(), 1u);
}

TEST(Ingest, MalformedAndDeepJsonAreRefused) {
  auto bad = ingestBytes("{\"text\": \"unterminated", "bad.json");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("malformed JSON"), std::string::npos);
  auto deep = ingestBytes(std::string(1000, '[') + std::string(1000, ']'), "deep.json");
  ASSERT_FALSE(deep);
  EXPECT_NE(deep.error().message.find("deeper"), std::string::npos);
  auto notext = ingestBytes(R"({"title":"x"})", "t.json");
  ASSERT_FALSE(notext);
}

TEST(Ingest, JsonNumberOverflowIsAnErrorNotACrash) {
  // Found by the ingest fuzzer: nlohmann/json throws out_of_range, not parse_error, for this.
  auto doc = ingestBytes(R"({"text": "Rain in Hue.", "n": 444444444444E4444444444444444444})", "big.json");
  ASSERT_FALSE(doc);
  EXPECT_NE(doc.error().message.find("big.json"), std::string::npos);
}

TEST(Ingest, MissingFileNamesThePath) {
  auto doc = ingestFile("/no/such/article.txt");
  ASSERT_FALSE(doc);
  EXPECT_NE(doc.error().message.find("/no/such/article.txt"), std::string::npos);
}

TEST(Metadata, WireStoryParts) {
  const std::string text =
      "Rivers rise across the delta as monsoon arrives\n\n"
      "By Ana Lima and Tom Berg\n\n"
      "DHAKA (Example Wire) - Rivers rose on Monday, officials said on March 3, 2026.\n\n"
      "More rain is expected.\n\n"
      "(Reporting by Ana Lima and Tom Berg; editing by Sue Park)\n\n"
      "tagexamplewire.com2026binary_ABCDEF123-VIEWIMAGE";
  auto doc = ingestBytes(text, "story.txt");
  ASSERT_TRUE(doc);
  const auto toks = tokenize(*doc);
  detectMetadata(*doc, toks);
  EXPECT_EQ(doc->meta.headline, "Rivers rise across the delta as monsoon arrives");
  ASSERT_EQ(doc->meta.byline.size(), 2u);
  EXPECT_EQ(doc->meta.byline[0], "Ana Lima");
  EXPECT_EQ(doc->meta.byline[1], "Tom Berg");
  ASSERT_EQ(doc->meta.editors.size(), 1u);
  EXPECT_EQ(doc->meta.editors[0], "Sue Park");
  EXPECT_EQ(doc->meta.dateline, "DHAKA");
  ASSERT_TRUE(doc->meta.datelineSpan);
  EXPECT_EQ(doc->slice(*doc->meta.datelineSpan), "DHAKA");
  EXPECT_EQ(doc->meta.publisher, "Example Wire");
  EXPECT_EQ(doc->meta.date, "2026-03-03");
  EXPECT_EQ(doc->meta.boilerplate.size(), 3u);  // byline, credits, image tag
}

TEST(Metadata, UpperCaseOpeningWithACommaAndAClauseIsNoDateline) {
  auto doc = ingestBytes("Ferry fares rise\n\nNASA, the space agency, said - again - it would wait.\n", "story.txt");
  ASSERT_TRUE(doc);
  detectMetadata(*doc, tokenize(*doc));
  EXPECT_EQ(doc->meta.dateline, "");
}

TEST(Metadata, DatelinesEndAtAnEmOrEnDash) {
  // Datelines without a publisher, closed by a dash or hyphen, also after a province, state or date.
  const std::pair<const char*, const char*> cases[] = {
      {"Flood barriers hold for now\n\nOTTAWA \xE2\x80\x94 The minister said the barriers would hold.\n", "OTTAWA"},
      {"Flood barriers hold for now\n\nS\xC3\x83O PAULO \xE2\x80\x93 Officials said the river was falling.\n", "S\xC3\x83O PAULO"},
      {"Flood barriers hold for now\n\nOTTAWA\xE2\x80\x94The minister said the barriers would hold.\n", "OTTAWA"},
      // A province, state or date between a comma and the dash.
      {"Ferry fares rise\n\nPRINCE RUPERT, B.C. \xE2\x80\x94 Fares will rise in May, the operator said.\n",
       "PRINCE RUPERT"},
      {"Ferry fares rise\n\nSAINT JOHN, N.B. - Fares will rise in May, the operator said.\n", "SAINT JOHN"},
      {"Ferry fares rise\n\nREGINA, March 3 \xE2\x80\x94 Fares will rise in May, the operator said.\n", "REGINA"},
  };
  for (const auto& [text, city] : cases) {
    auto doc = ingestBytes(text, "story.txt");
    ASSERT_TRUE(doc);
    const auto toks = tokenize(*doc);
    detectMetadata(*doc, toks);
    EXPECT_EQ(doc->meta.dateline, city) << text;
    ASSERT_TRUE(doc->meta.datelineSpan) << text;
    EXPECT_EQ(doc->slice(*doc->meta.datelineSpan), city);
  }
}
