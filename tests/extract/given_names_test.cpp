// Given names and the gender of person actors, used only to resolve "he" and "she".
#include "extract/given_names.hpp"

#include <gtest/gtest.h>

#include "core/files.hpp"

namespace wiremap::extract {
namespace {

Actor person(const std::string& name, const std::string& title = "") {
  Actor a;
  a.name = name;
  a.kind = ActorKind::Person;
  a.title = title;
  return a;
}

TEST(GivenNames, ParsesTheFormatAndLooksUpAnyCase) {
  auto r = GivenNames::parse("# comment\nf ingrid\nm tomas\r\n\nf ana-lucia\n", "test");
  ASSERT_TRUE(r) << r.error().message;
  const GivenNames& g = *r.value();
  EXPECT_EQ(g.size(), 3u);
  EXPECT_EQ(g.of("Ingrid"), Gender::Female);
  EXPECT_EQ(g.of("TOMAS"), Gender::Male);
  EXPECT_EQ(g.of("Ana-Lucia"), Gender::Female);
  EXPECT_EQ(g.of("Whitfield"), Gender::Unknown);
}

TEST(GivenNames, MalformedOrEmptyInputIsAClearError) {
  auto bad = GivenNames::parse("f ingrid\nx tomas\n", "names.txt");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("names.txt:2"), std::string::npos) << bad.error().message;
  auto empty = GivenNames::parse("# nothing here\n", "names.txt");
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("no names"), std::string::npos);
  auto missing = GivenNames::load("/nonexistent/given_names.txt");
  EXPECT_FALSE(missing);
}

TEST(GivenNames, TheBundledListLeavesOutNamesOfBothGenders) {
  auto r = GivenNames::load(files::assetPath("given_names.txt"));
  ASSERT_TRUE(r) << r.error().message;
  const GivenNames& g = *r.value();
  EXPECT_GT(g.size(), 5000u);
  EXPECT_EQ(g.of("Margaret"), Gender::Female);
  EXPECT_EQ(g.of("Thomas"), Gender::Male);
  EXPECT_EQ(g.of("Robin"), Gender::Unknown);  // listed under both: it tells nothing
}

TEST(GivenNames, PersonGenderFromTitleThenGivenName) {
  auto r = GivenNames::parse("f ingrid\nm tomas\nm mayor\n", "test");
  ASSERT_TRUE(r);
  const GivenNames* g = r.value().get();
  EXPECT_EQ(personGender(person("Ingrid Holm"), g), Gender::Female);
  EXPECT_EQ(personGender(person("Tomas Berg"), g), Gender::Male);
  EXPECT_EQ(personGender(person("Berg"), g), Gender::Unknown);  // a surname alone
  EXPECT_EQ(personGender(person("Berg", "Mrs."), g), Gender::Female);
  EXPECT_EQ(personGender(person("Tomas Berg", "the party's spokeswoman"), g), Gender::Female);  // the title wins
  // A title the tagger kept inside the name is skipped, even when the list has it as a name.
  EXPECT_EQ(personGender(person("Mayor Ingrid Holm"), g), Gender::Female);
  EXPECT_EQ(personGender(person("Dr. Tomas Berg"), g), Gender::Male);
  EXPECT_EQ(personGender(person("Ms. Holm"), g), Gender::Female);
  Actor org = person("Ingrid Holm");
  org.kind = ActorKind::Organisation;
  EXPECT_EQ(personGender(org, g), Gender::Unknown);
  EXPECT_EQ(personGender(person("Ingrid Holm"), nullptr), Gender::Unknown);
  EXPECT_EQ(pronounGender("She"), Gender::Female);
  EXPECT_EQ(pronounGender("he"), Gender::Male);
  EXPECT_EQ(pronounGender("they"), Gender::Unknown);
}

TEST(GivenNames, AnHonorificBeforeAnyMentionGivesTheGender) {
  Document d;
  d.setText("Obama spoke first. Later Mr. Obama left. Hua spoke. Ms Hua agreed. Sams. Lee said no.");
  const auto at = [&](const std::string& s, std::size_t from = 0) {
    const auto b = static_cast<std::uint32_t>(d.text.find(s, from));
    return Span{b, b + static_cast<std::uint32_t>(s.size())};
  };
  Actor obama;
  obama.name = "Obama";
  obama.mentions = {at("Obama"), at("Obama", 20)};
  Actor hua;
  hua.name = "Hua";
  hua.mentions = {at("Hua"), at("Hua", 44)};
  Actor lee;  // "Sams. Lee": a word ending in "ms." is no honorific
  lee.name = "Lee";
  lee.mentions = {at("Lee")};
  d.actors = {obama, hua, lee};
  assignGenders(d, nullptr);
  EXPECT_EQ(d.actors[0].gender, Gender::Male);
  EXPECT_EQ(d.actors[1].gender, Gender::Female);
  EXPECT_EQ(d.actors[2].gender, Gender::Unknown);
}

}  // namespace
}  // namespace wiremap::extract
