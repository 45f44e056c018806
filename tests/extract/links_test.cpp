// Link extraction on our own sentences (places and actors set by hand), place association
// of quotes, and the seed article's links as acceptance.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/links.hpp"
#include "extract/pipeline.hpp"
#include "extract/quotes.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {
namespace {

// Every occurrence of `name` as a mention of a new place.
Id addPlace(Document& d, const std::string& name, PlaceKind kind) {
  Place p;
  p.name = name;
  p.kind = kind;
  for (auto b = d.text.find(name); b != std::string::npos; b = d.text.find(name, b + 1))
    p.mentions.push_back({Span{d.offsets.toCodePoint(b), d.offsets.toCodePoint(b + name.size())}});
  d.places.push_back(p);
  return static_cast<Id>(d.places.size() - 1);
}

Id addActor(Document& d, const std::string& name, ActorKind kind, Id place = kNone) {
  Actor a;
  a.name = name;
  a.kind = kind;
  a.place = place;
  for (auto b = d.text.find(name); b != std::string::npos; b = d.text.find(name, b + 1))
    a.mentions.push_back(Span{d.offsets.toCodePoint(b), d.offsets.toCodePoint(b + name.size())});
  d.actors.push_back(a);
  return static_cast<Id>(d.actors.size() - 1);
}

const Link* findLink(const Document& d, LinkType type) {
  for (const Link& l : d.links)
    if (l.type == type) return &l;
  return nullptr;
}

Document prepared(const std::string& text) {
  Document d;
  d.setText(text);
  return d;
}

TEST(Links, EachTypeWithEndpoints) {
  Document d = prepared(
      "Norway sent 300 soldiers to Latvia last week.\n\n"
      "Premier Anna Holt met President Ivo Brun in Vienna on Monday.\n\n"
      "Anna Holt will visit Chile next month.\n\n"
      "Norway and Latvia held a joint naval drill in the Baltic Sea.\n\n"
      "Latvia and Chile signed a defence pact.\n\n"
      "The war against Latvia ended in spring.\n\n"
      "The ships provide deterrence against Chile.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country);
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country);
  const Id vienna = addPlace(d, "Vienna", PlaceKind::City);
  const Id chile = addPlace(d, "Chile", PlaceKind::Country);
  addPlace(d, "Baltic Sea", PlaceKind::Water);
  const Id holt = addActor(d, "Anna Holt", ActorKind::Person);
  const Id brun = addActor(d, "Ivo Brun", ActorKind::Person);
  const Tokenized t = tokenize(d);
  d.links = findLinks(d, t);

  const Link* dep = findLink(d, LinkType::Deployment);
  ASSERT_NE(dep, nullptr);
  EXPECT_EQ(dep->from.place, norway);
  EXPECT_EQ(dep->to.place, latvia);
  EXPECT_EQ(dep->label, "soldiers");
  EXPECT_EQ(d.slice(dep->trigger), "sent");

  const Link* meet = findLink(d, LinkType::Meeting);
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->from.actor, holt);
  EXPECT_TRUE(meet->to.actor == brun || meet->to.place == vienna);

  const Link* visit = findLink(d, LinkType::Visit);
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->from.actor, holt);
  EXPECT_EQ(visit->to.place, chile);
  EXPECT_FALSE(visit->hypothetical);

  const Link* drill = findLink(d, LinkType::Exercise);
  ASSERT_NE(drill, nullptr);
  EXPECT_EQ(drill->from.place, norway);

  const Link* pact = findLink(d, LinkType::Alliance);
  ASSERT_NE(pact, nullptr);
  EXPECT_EQ(pact->from.place, latvia);
  EXPECT_EQ(pact->to.place, chile);

  const Link* war = findLink(d, LinkType::Conflict);
  ASSERT_NE(war, nullptr);
  EXPECT_EQ(war->to.place, latvia);

  const Link* det = findLink(d, LinkType::Deterrence);
  ASSERT_NE(det, nullptr);
  EXPECT_EQ(det->to.place, chile);
}

TEST(Links, HypotheticalAndNoEndpointsNoLink) {
  Document d = prepared("Chile might send engineers to Peru.\n\nThe meeting was short.");
  addPlace(d, "Chile", PlaceKind::Country);
  addPlace(d, "Peru", PlaceKind::Country);
  const Tokenized t = tokenize(d);
  d.links = findLinks(d, t);
  ASSERT_EQ(d.links.size(), 1u);
  EXPECT_TRUE(d.links[0].hypothetical);
  EXPECT_EQ(d.links[0].label, "engineers");
  // "send" without forces is not a deployment.
  Document d2 = prepared("Chile will send a letter to Peru.");
  addPlace(d2, "Chile", PlaceKind::Country);
  addPlace(d2, "Peru", PlaceKind::Country);
  d2.links = findLinks(d2, tokenize(d2));
  EXPECT_EQ(findLink(d2, LinkType::Deployment), nullptr);
}

TEST(Links, QuotePlacesSaidAtAndAbout) {
  Document d = prepared(
      "LIMA\n\nThe ministers held a meeting in Quito on Monday.\n\n"
      "\"Trade with Bolivia will grow,\" the minister said in remarks before the meeting.\n\n"
      "Bolivia said exports had doubled.");
  const Id quito = addPlace(d, "Quito", PlaceKind::City);
  const Id bolivia = addPlace(d, "Bolivia", PlaceKind::Country);
  const Id lima = addPlace(d, "LIMA", PlaceKind::City);
  d.meta.datelinePlace = lima;
  const Tokenized t = tokenize(d);
  d.quotes = findQuotes(d, t);
  d.links = findLinks(d, t);
  associatePlaces(d, t);
  ASSERT_EQ(d.quotes.size(), 2u);
  ASSERT_EQ(d.quotes[0].saidAt.size(), 1u);
  EXPECT_EQ(d.quotes[0].saidAt[0], quito);
  ASSERT_EQ(d.quotes[0].about.size(), 1u);
  EXPECT_EQ(d.quotes[0].about[0], bolivia);
  ASSERT_EQ(d.quotes[1].saidAt.size(), 1u);
  EXPECT_EQ(d.quotes[1].saidAt[0], lima);  // no event place: the dateline
}

TEST(Links, SeedArticleAcceptance) {
  const std::filesystem::path path =
      std::filesystem::path(WIREMAP_SHARED_DIR) / "seed" / "reuters-korea-japan-us-air-drill.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "seed article not present: " << path;
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  const Resources res = Resources::load();
  if (!res.gazetteer) GTEST_SKIP() << "gazetteer asset missing: links need places";
  const Document d = extractText(ss.str(), res);
  const auto placeNamed = [&](std::string_view n) -> Id {
    for (std::size_t i = 0; i < d.places.size(); ++i)
      if (d.places[i].name.find(n) != std::string::npos) return static_cast<Id>(i);
    return kNone;
  };
  const auto has = [&](LinkType type, std::string_view trigger, Id toPlace) {
    for (const Link& l : d.links)
      if (l.type == type && d.slice(l.trigger).find(trigger) != std::string::npos &&
          (toPlace == kNone || l.to.place == toPlace))
        return true;
    return false;
  };
  const Id seoul = placeNamed("Seoul"), nk = placeNamed("North Korea"), russia = placeNamed("Russia");
  const Id ukraine = placeNamed("Ukraine"), kursk = placeNamed("Kursk"), peninsula = placeNamed("Korean Peninsula");
  ASSERT_NE(nk, kNone);
  ASSERT_NE(russia, kNone);
  EXPECT_TRUE(has(LinkType::Meeting, "held an annual meeting", seoul));
  EXPECT_TRUE(has(LinkType::Meeting, "met", kNone));
  EXPECT_TRUE(has(LinkType::Visit, "visit", nk));
  EXPECT_TRUE(has(LinkType::Deployment, "sending", russia));
  EXPECT_TRUE(has(LinkType::Deployment, "dispatch", kursk));
  EXPECT_TRUE(has(LinkType::Conflict, "war", ukraine));
  EXPECT_TRUE(has(LinkType::Alliance, "pact", kNone));
  EXPECT_TRUE(has(LinkType::Exercise, "drill", kNone));
  EXPECT_TRUE(has(LinkType::Deployment, "deployed", peninsula));
  EXPECT_TRUE(has(LinkType::Deterrence, "deterrence", nk));
  bool hypotheticalVisit = false;
  for (const Link& l : d.links)
    if (l.type == LinkType::Visit && l.hypothetical && l.to.place == russia) hypotheticalVisit = true;
  EXPECT_TRUE(hypotheticalVisit);
  // Caine's quotes were said in Seoul (the meeting), the Kuala Lumpur statement elsewhere.
  for (const Quote& q : d.quotes)
    if (d.slice(q.content).find("illuminating") != std::string::npos) {
      ASSERT_FALSE(q.saidAt.empty());
      EXPECT_EQ(q.saidAt[0], seoul);
    }
}

}  // namespace
}  // namespace wiremap::extract
