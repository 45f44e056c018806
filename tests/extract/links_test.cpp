// Link extraction on our own sentences (places and actors set by hand), place association
// of quotes, and the seed article's links as acceptance.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/links.hpp"
#include "extract/pipeline.hpp"
#include "extract/quotes.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {
namespace {

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whole-word occurrences of `name` in the text, as code-point spans.
std::vector<Span> occurrences(const Document& d, const std::string& name) {
  std::vector<Span> out;
  for (auto b = d.text.find(name); b != std::string::npos; b = d.text.find(name, b + 1)) {
    const auto e = b + name.size();
    if ((b > 0 && isLetter(d.text[b - 1])) || (e < d.text.size() && isLetter(d.text[e]))) continue;
    out.push_back(Span{d.offsets.toCodePoint(b), d.offsets.toCodePoint(e)});
  }
  return out;
}

// A place with every whole-word occurrence of `name` (and of the demonym, when given) as a mention.
Id addPlace(Document& d, const std::string& name, PlaceKind kind, const std::string& cc = "",
            const std::string& demonym = "") {
  Place p;
  p.name = name;
  p.kind = kind;
  p.countryCode = cc;
  for (const Span& s : occurrences(d, name)) p.mentions.push_back({s});
  if (!demonym.empty())
    for (const Span& s : occurrences(d, demonym)) p.mentions.push_back({s, false, true});
  std::sort(p.mentions.begin(), p.mentions.end(), [](const PlaceMention& a, const PlaceMention& b) { return a.span < b.span; });
  d.places.push_back(p);
  const Id id = static_cast<Id>(d.places.size() - 1);
  if (kind == PlaceKind::Country) {  // as buildActors does: a country is an actor too
    Actor a;
    a.name = name;
    a.kind = ActorKind::Country;
    a.countryCode = cc;
    a.place = id;
    for (const PlaceMention& m : d.places.back().mentions) a.mentions.push_back(m.span);
    d.actors.push_back(a);
  }
  return id;
}

Id addActor(Document& d, const std::string& name, ActorKind kind, const std::string& cc = "") {
  Actor a;
  a.name = name;
  a.kind = kind;
  a.countryCode = cc;
  a.mentions = occurrences(d, name);
  d.actors.push_back(a);
  return static_cast<Id>(d.actors.size() - 1);
}

const Link* findLink(const Document& d, LinkType type) {
  for (const Link& l : d.links)
    if (l.type == type) return &l;
  return nullptr;
}

// Links of `type` drawn from place `from` to place `to` (kNone: any).
int countDrawn(const Document& d, LinkType type, Id from, Id to) {
  int n = 0;
  for (const Link& l : d.links)
    if (l.type == type && (from == kNone || endpointPlace(d, l.from) == from) &&
        (to == kNone || endpointPlace(d, l.to) == to))
      ++n;
  return n;
}

bool touchesActor(const Document& d, Id actor) {
  for (const Link& l : d.links)
    if (l.from.actor == actor || l.to.actor == actor) return true;
  return false;
}

Document prepared(const std::string& text) {
  Document d;
  d.setText(text);
  return d;
}

// The links as text, for failure messages.
std::string describe(const Document& d) {
  const auto name = [&](const Endpoint& e) -> std::string {
    if (e.actor != kNone) return d.actors[static_cast<std::size_t>(e.actor)].name;
    if (e.place != kNone) return d.places[static_cast<std::size_t>(e.place)].name;
    return "-";
  };
  std::string out;
  for (const Link& l : d.links)
    out += std::string(toString(l.type)) + " " + name(l.from) + " -> " + name(l.to) + " [" + d.slice(l.trigger) + "]\n";
  return out;
}

void run(Document& d) { d.links = findLinks(d, tokenize(d)); }

TEST(Links, TravelVerbsAreVisitsAndAgreementsAreAlliances) {
  Document d = prepared(
      "Anna Holt travelled to Vienna on Monday.\n\n"
      "Ivo Brun flew to Chile a week later.\n\n"
      "Latvia and Chile signed a trade agreement.\n\n"
      "The flying time from Vienna to Chile is long.");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id vienna = addPlace(d, "Vienna", PlaceKind::City, "AT");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  addActor(d, "Anna Holt", ActorKind::Person, "NO");
  addActor(d, "Ivo Brun", ActorKind::Person, "LV");
  addPlace(d, "Norway", PlaceKind::Country, "NO");
  run(d);
  EXPECT_EQ(countDrawn(d, LinkType::Visit, kNone, vienna), 1) << describe(d);
  EXPECT_EQ(countDrawn(d, LinkType::Visit, latvia, chile), 1) << describe(d);
  EXPECT_EQ(countDrawn(d, LinkType::Alliance, kNone, kNone), 1) << describe(d);
  EXPECT_EQ(d.links.size(), 3u) << describe(d) << "'flying time' is no visit";
}

TEST(Links, EachTypeWithEndpoints) {
  Document d = prepared(
      "Norway sent 300 soldiers to Latvia last week.\n\n"
      "Premier Anna Holt met President Ivo Brun in Vienna on Monday.\n\n"
      "Anna Holt will visit Chile next month.\n\n"
      "Norway and Latvia held a joint naval drill in the Baltic Sea.\n\n"
      "Latvia and Chile signed a defence pact.\n\n"
      "Chile's war against Latvia ended in spring.\n\n"
      "Norway provides deterrence against Chile.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id vienna = addPlace(d, "Vienna", PlaceKind::City, "AT");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  const Id baltic = addPlace(d, "Baltic Sea", PlaceKind::Water);
  const Id holt = addActor(d, "Anna Holt", ActorKind::Person, "NO");
  const Id brun = addActor(d, "Ivo Brun", ActorKind::Person, "LV");
  run(d);

  const Link* dep = findLink(d, LinkType::Deployment);
  ASSERT_NE(dep, nullptr);
  EXPECT_EQ(dep->from.place, norway);
  EXPECT_EQ(dep->to.place, latvia);
  EXPECT_EQ(dep->label, "soldiers");
  EXPECT_EQ(d.slice(dep->trigger), "sent");

  // Both people met at the venue.
  EXPECT_EQ(countDrawn(d, LinkType::Meeting, kNone, kNone), 2);
  for (const Link& l : d.links)
    if (l.type == LinkType::Meeting) {
      EXPECT_TRUE(l.from.actor == holt || l.from.actor == brun);
      EXPECT_EQ(l.to.place, vienna);
      EXPECT_FALSE(l.directed);
    }

  const Link* visit = findLink(d, LinkType::Visit);
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->from.actor, holt);
  EXPECT_EQ(visit->to.place, chile);
  EXPECT_FALSE(visit->hypothetical);

  EXPECT_EQ(countDrawn(d, LinkType::Exercise, norway, baltic), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, latvia, baltic), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, kNone, kNone), 2);

  const Link* pact = findLink(d, LinkType::Alliance);
  ASSERT_NE(pact, nullptr);
  EXPECT_EQ(pact->from.place, latvia);
  EXPECT_EQ(pact->to.place, chile);
  EXPECT_EQ(d.slice(pact->trigger), "signed a defence pact");

  const Link* war = findLink(d, LinkType::Conflict);
  ASSERT_NE(war, nullptr);
  EXPECT_EQ(war->from.place, chile);
  EXPECT_EQ(war->to.place, latvia);

  const Link* det = findLink(d, LinkType::Deterrence);
  ASSERT_NE(det, nullptr);
  EXPECT_EQ(det->from.place, norway);
  EXPECT_EQ(det->to.place, chile);
  EXPECT_EQ(d.links.size(), 9u);
}

TEST(Links, HypotheticalAndNoEndpointsNoLink) {
  Document d = prepared("Chile might send engineers to Peru.\n\nThe meeting was short.");
  addPlace(d, "Chile", PlaceKind::Country, "CL");
  addPlace(d, "Peru", PlaceKind::Country, "PE");
  run(d);
  ASSERT_EQ(d.links.size(), 1u);
  EXPECT_TRUE(d.links[0].hypothetical);
  EXPECT_EQ(d.links[0].label, "engineers");
  // "send" without forces is not a deployment.
  Document d2 = prepared("Chile will send a letter to Peru.");
  addPlace(d2, "Chile", PlaceKind::Country, "CL");
  addPlace(d2, "Peru", PlaceKind::Country, "PE");
  run(d2);
  EXPECT_EQ(findLink(d2, LinkType::Deployment), nullptr);
}

TEST(Links, BothEndsMustBeDrawable) {
  Document d = prepared(
      "Ivo Brun visited Chile on Monday.\n\n"   // a person of no known country
      "Norway deployed more troops.\n\n"        // no destination
      "Peru sent soldiers to Peru.\n\n"         // both ends at one place
      "Anna Holt visited Chile in May.");
  addPlace(d, "Chile", PlaceKind::Country, "CL");
  addPlace(d, "Norway", PlaceKind::Country, "NO");
  addPlace(d, "Peru", PlaceKind::Country, "PE");
  const Id brun = addActor(d, "Ivo Brun", ActorKind::Person);
  const Id holt = addActor(d, "Anna Holt", ActorKind::Person, "NO");
  run(d);
  ASSERT_EQ(d.links.size(), 1u);
  EXPECT_EQ(d.links[0].from.actor, holt);
  EXPECT_FALSE(touchesActor(d, brun));
  for (const Link& l : d.links) {
    EXPECT_NE(endpointPlace(d, l.from), kNone);
    EXPECT_NE(endpointPlace(d, l.to), kNone);
  }
}

TEST(Links, HeadlineDatelineBylineAndSubheadsAreNoSources) {
  Document d = prepared(
      "Norway, Latvia hold drill as Chile talks loom\n\n"
      "By Ana Ruiz\n\n"
      "VIENNA (Wire) - Norway and Latvia conducted a naval drill in the Baltic Sea on Monday.\n\n"
      "CHILE VISIT TO PERU\n\n"
      "The drill ended on Tuesday.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id vienna = addPlace(d, "VIENNA", PlaceKind::City, "AT");
  const Id baltic = addPlace(d, "Baltic Sea", PlaceKind::Water);
  addPlace(d, "Chile", PlaceKind::Country, "CL");
  addPlace(d, "CHILE", PlaceKind::Country, "CL");
  addPlace(d, "PERU", PlaceKind::Country, "PE");
  const Tokenized t = tokenize(d);
  d.meta.headlineSpan = t.paragraphs[0];
  d.meta.boilerplate.push_back(t.paragraphs[1]);
  const std::uint32_t v = d.offsets.toCodePoint(d.text.find("VIENNA"));
  d.meta.datelineSpan = Span{v, v + 6};
  d.meta.datelinePlace = vienna;
  d.links = findLinks(d, t);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, norway, baltic), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, latvia, baltic), 1);
  EXPECT_EQ(d.links.size(), 2u);
  for (const Link& l : d.links) {
    EXPECT_FALSE(l.sentence.overlaps(*d.meta.headlineSpan));
    EXPECT_NE(l.from.place, vienna);
    EXPECT_NE(l.to.place, vienna);
  }
  EXPECT_EQ(findLink(d, LinkType::Visit), nullptr);  // the all-caps subheading
}

TEST(Links, CoordinatedSubjectsAndGroupPhrases) {
  Document d = prepared(
      "Chile, Peru and Bolivia held joint naval exercises in the Pacific on Monday.\n\n"
      "Norway and Latvia are neighbours.\n\n"
      "The three countries also held a summit in Quito.\n\n"
      "They signed a fisheries treaty in Lima.");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  const Id peru = addPlace(d, "Peru", PlaceKind::Country, "PE");
  const Id bolivia = addPlace(d, "Bolivia", PlaceKind::Country, "BO");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id pacific = addPlace(d, "Pacific", PlaceKind::Water);
  const Id quito = addPlace(d, "Quito", PlaceKind::City, "EC");
  const Id lima = addPlace(d, "Lima", PlaceKind::City, "PE");
  run(d);
  SCOPED_TRACE(describe(d));
  for (Id c : {chile, peru, bolivia}) {
    EXPECT_EQ(countDrawn(d, LinkType::Exercise, c, pacific), 1);
    EXPECT_EQ(countDrawn(d, LinkType::Meeting, c, quito), 1);  // "the three countries"
    EXPECT_EQ(countDrawn(d, LinkType::Alliance, c, lima), 1);  // "they": the summit's participants
  }
  // The group of two is not "the three countries".
  EXPECT_EQ(countDrawn(d, LinkType::Meeting, norway, kNone), 0);
  EXPECT_EQ(countDrawn(d, LinkType::Meeting, latvia, kNone), 0);
  EXPECT_EQ(d.links.size(), 9u);
}

TEST(Links, TwoCountriesFallBackToTheSentence) {
  Document d = prepared(
      "Chilean President Rosa Vidal arrived in Peru on Monday, and the two countries are expected to sign a "
      "security pact.");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL", "Chilean");
  const Id peru = addPlace(d, "Peru", PlaceKind::Country, "PE");
  const Id vidal = addActor(d, "Rosa Vidal", ActorKind::Person, "CL");
  run(d);
  const Link* visit = findLink(d, LinkType::Visit);
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->from.actor, vidal);  // the title's demonym is part of the person
  EXPECT_EQ(visit->to.place, peru);
  const Link* pact = findLink(d, LinkType::Alliance);
  ASSERT_NE(pact, nullptr);
  EXPECT_EQ(pact->from.place, chile);
  EXPECT_EQ(pact->to.place, peru);
  EXPECT_TRUE(pact->hypothetical);  // "expected to"
}

TEST(Links, PossessivePlaceIsTheDestination) {
  Document d = prepared(
      "Norway sent 200 engineers to Latvia's flood-hit Kurzeme region.\n\n"
      "Chile's invasion of Peru's northern Tumbes province began at dawn.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id kurzeme = addPlace(d, "Kurzeme region", PlaceKind::Admin1, "LV");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  const Id peru = addPlace(d, "Peru", PlaceKind::Country, "PE");
  const Id tumbes = addPlace(d, "Tumbes province", PlaceKind::Admin1, "PE");
  run(d);
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, norway, kurzeme), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, latvia, kNone), 0);
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, kNone, latvia), 0);
  EXPECT_EQ(countDrawn(d, LinkType::Conflict, chile, tumbes), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Conflict, peru, kNone), 0);
  EXPECT_EQ(d.links.size(), 2u);
}

TEST(Links, TitlesInsideNamesAreNotOrganisations) {
  Document d = prepared(
      "Chilean Secretary of the Andean Council Rosa Vidal met Peruvian Minister of Trade Luis Soto in Quito.");
  addPlace(d, "Chile", PlaceKind::Country, "CL", "Chilean");
  addPlace(d, "Peru", PlaceKind::Country, "PE", "Peruvian");
  const Id quito = addPlace(d, "Quito", PlaceKind::City, "EC");
  const Id council = addActor(d, "Andean Council", ActorKind::Organisation, "PE");
  const Id vidal = addActor(d, "Rosa Vidal", ActorKind::Person, "CL");
  const Id soto = addActor(d, "Luis Soto", ActorKind::Person, "PE");
  run(d);
  ASSERT_EQ(d.links.size(), 2u);
  for (const Link& l : d.links) {
    EXPECT_EQ(l.type, LinkType::Meeting);
    EXPECT_TRUE(l.from.actor == vidal || l.from.actor == soto);
    EXPECT_EQ(l.to.place, quito);
  }
  EXPECT_FALSE(touchesActor(d, council));
}

TEST(Links, OneLinkPerTypeAndEndsPerSentence) {
  Document d = prepared("Norway deployed troops and sent warships to Latvia.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  run(d);
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, norway, latvia), 1);
  EXPECT_EQ(d.links.size(), 1u);
}

TEST(Links, SpeakerIsNotTheAgentOfTheReportedEvent) {
  Document d = prepared(
      "Premier Anna Holt said Latvia had deployed troops to Chile.\n\n"
      "Anna Holt and Ivo Brun discussed the deployment of Latvian tanks to Peru, the ministry said.\n\n"
      "Latvia sent soldiers to Peru, Anna Holt told reporters.");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV", "Latvian");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  const Id peru = addPlace(d, "Peru", PlaceKind::Country, "PE");
  const Id holt = addActor(d, "Anna Holt", ActorKind::Person, "NO");
  const Id brun = addActor(d, "Ivo Brun", ActorKind::Person, "AT");
  addPlace(d, "Norway", PlaceKind::Country, "NO");
  addPlace(d, "Austria", PlaceKind::Country, "AT");
  run(d);
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, latvia, chile), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, latvia, peru), 2);  // two sentences, one each
  EXPECT_FALSE(touchesActor(d, holt));
  EXPECT_FALSE(touchesActor(d, brun));
  EXPECT_EQ(d.links.size(), 3u);
}

TEST(Links, AgreedToTakesTheVerbsTypeAndAlliesIsNoAlliance) {
  Document d = prepared(
      "Peru agreed to send 500 soldiers to Chile.\n\n"
      "Peru and Chile agreed on Monday to cut tariffs.\n\n"
      "Peru and Chile are close allies.\n\n"
      "The allies of Peru criticised Chile.");
  const Id peru = addPlace(d, "Peru", PlaceKind::Country, "PE");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  run(d);
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, peru, chile), 1);
  EXPECT_EQ(findLink(d, LinkType::Alliance), nullptr);
  EXPECT_EQ(d.links.size(), 1u);
}

TEST(Links, PassiveAgentAndPossessiveVisitor) {
  Document d = prepared(
      "Warships were deployed to Latvia by Norway.\n\n"
      "Anna Holt's three-day visit to Chile starts on Friday.\n\n"
      "A visit to Chile was cancelled.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id chile = addPlace(d, "Chile", PlaceKind::Country, "CL");
  const Id holt = addActor(d, "Anna Holt", ActorKind::Person, "NO");
  run(d);
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(countDrawn(d, LinkType::Deployment, norway, latvia), 1);
  const Link* visit = findLink(d, LinkType::Visit);
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->from.actor, holt);
  EXPECT_EQ(visit->to.place, chile);
  EXPECT_EQ(countDrawn(d, LinkType::Visit, kNone, kNone), 1);  // the visitor-less visit is none
}

TEST(Links, EventNounTakesItsVenueFromALaterSentence) {
  Document d = prepared(
      "Norway and Latvia conducted a joint drill on Monday.\n\n"
      "Warships were deployed to the Baltic Sea for the drill.\n\n"
      "The visit is the first meeting between the two countries.");
  const Id norway = addPlace(d, "Norway", PlaceKind::Country, "NO");
  const Id latvia = addPlace(d, "Latvia", PlaceKind::Country, "LV");
  const Id baltic = addPlace(d, "Baltic Sea", PlaceKind::Water);
  run(d);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, norway, baltic), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, latvia, baltic), 1);
  EXPECT_EQ(countDrawn(d, LinkType::Exercise, norway, latvia), 0);  // not between the capitals
  EXPECT_EQ(findLink(d, LinkType::Meeting), nullptr);               // "is the first meeting": a description
  EXPECT_EQ(d.links.size(), 2u);
  for (const Link& l : d.links) EXPECT_EQ(d.slice(l.trigger), "conducted a joint drill");
  // Without a later venue the drill is drawn between its participants.
  Document d2 = prepared("Norway and Latvia conducted a joint drill on Monday.\n\nIt rained.");
  addPlace(d2, "Norway", PlaceKind::Country, "NO");
  addPlace(d2, "Latvia", PlaceKind::Country, "LV");
  run(d2);
  ASSERT_EQ(d2.links.size(), 1u);
  EXPECT_EQ(d2.links[0].type, LinkType::Exercise);
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
  const Id sk = placeNamed("South Korea"), japan = placeNamed("Japan"), us = placeNamed("United States");
  const Id kl = placeNamed("Kuala Lumpur"), malaysia = placeNamed("Malaysia");
  for (Id p : {seoul, nk, russia, ukraine, kursk, peninsula, sk, japan, us, kl}) ASSERT_NE(p, kNone);
  const auto actorNamed = [&](std::string_view n) -> Id {
    for (std::size_t i = 0; i < d.actors.size(); ++i)
      if (d.actors[i].name.find(n) != std::string::npos) return static_cast<Id>(i);
    return kNone;
  };
  const auto drawn = [&](LinkType type, Id from, Id to) { return countDrawn(d, type, from, to) > 0; };

  // The analyst's links: present.
  EXPECT_TRUE(has(LinkType::Meeting, "held an annual meeting", seoul));
  EXPECT_TRUE(has(LinkType::Meeting, "met", kl) || has(LinkType::Meeting, "met", malaysia));
  EXPECT_TRUE(has(LinkType::Visit, "visit", nk));
  EXPECT_TRUE(has(LinkType::Deployment, "sending", russia));
  EXPECT_TRUE(has(LinkType::Deployment, "dispatch", kursk));
  EXPECT_TRUE(has(LinkType::Conflict, "war", ukraine));
  EXPECT_TRUE(has(LinkType::Alliance, "pact", kNone));
  EXPECT_TRUE(has(LinkType::Exercise, "drill", peninsula));
  EXPECT_TRUE(has(LinkType::Deployment, "deployed", peninsula));
  EXPECT_TRUE(has(LinkType::Deterrence, "deterrence", nk));
  for (Id c : {sk, japan, us}) {
    EXPECT_TRUE(drawn(LinkType::Exercise, c, peninsula));  // each participant of the joint drill
    EXPECT_TRUE(drawn(LinkType::Deterrence, c, nk));
  }
  EXPECT_TRUE(drawn(LinkType::Deployment, us, peninsula));
  EXPECT_TRUE(drawn(LinkType::Deployment, nk, russia));
  EXPECT_TRUE(drawn(LinkType::Deployment, nk, kursk));
  EXPECT_TRUE(drawn(LinkType::Conflict, russia, ukraine));
  EXPECT_TRUE(drawn(LinkType::Alliance, russia, nk) || drawn(LinkType::Alliance, nk, russia));
  EXPECT_TRUE(drawn(LinkType::Visit, russia, nk));
  bool hypotheticalVisit = false;
  for (const Link& l : d.links)
    if (l.type == LinkType::Visit && l.hypothetical && l.to.place == russia && endpointPlace(d, l.from) == nk)
      hypotheticalVisit = true;
  EXPECT_TRUE(hypotheticalVisit);

  // The noise: absent.
  ASSERT_TRUE(d.meta.headlineSpan.has_value());
  const Id caine = actorNamed("Caine"), yoshida = actorNamed("Yoshida"), lavrov = actorNamed("Lavrov");
  for (std::size_t i = 0; i < d.links.size(); ++i) {
    const Link& l = d.links[i];
    SCOPED_TRACE(d.slice(l.trigger));
    EXPECT_FALSE(l.sentence.overlaps(*d.meta.headlineSpan));  // headline
    EXPECT_NE(l.from.place, seoul);                             // the dateline city as a participant
    const Id a = endpointPlace(d, l.from), b = endpointPlace(d, l.to);
    EXPECT_NE(a, kNone);  // both ends drawable, not the same place
    EXPECT_NE(b, kNone);
    EXPECT_NE(a, b);
    for (const Endpoint& e : {l.from, l.to})
      if (e.actor != kNone) {
        if (l.type != LinkType::Statement) {  // a ministry's statement is an organisation's; events are not
          EXPECT_NE(d.actors[static_cast<std::size_t>(e.actor)].kind, ActorKind::Organisation);  // titles, "allies"
        }
        EXPECT_NE(d.actors[static_cast<std::size_t>(e.actor)].kind, ActorKind::Media);
      }
    if (l.type == LinkType::Deployment) {
      EXPECT_TRUE(a == nk || a == us);  // not the speakers of the statement
      EXPECT_NE(l.from.actor, caine);
      EXPECT_NE(l.from.actor, yoshida);
    }
    if (l.type == LinkType::Alliance) {
      EXPECT_NE(l.to.place, kursk);  // "agreed to dispatch"
      EXPECT_NE(d.slice(l.trigger).find("pact"), std::string::npos);
    }
    if (l.type == LinkType::Meeting) {
      EXPECT_NE(l.to.actor, lavrov);
      EXPECT_TRUE(l.to.place == seoul || l.to.place == kl || l.to.place == malaysia);
    }
    for (std::size_t j = 0; j < i; ++j) {  // one link per (type, from, to) per sentence
      const Link& o = d.links[j];
      EXPECT_FALSE(o.type == l.type && o.sentence == l.sentence && o.from.actor == l.from.actor &&
                   o.from.place == l.from.place && o.to.actor == l.to.actor && o.to.place == l.to.place);
    }
  }
  EXPECT_FALSE(drawn(LinkType::Exercise, sk, japan));
  EXPECT_FALSE(drawn(LinkType::Meeting, sk, japan));
  EXPECT_FALSE(drawn(LinkType::Alliance, kNone, kursk));
  int deployments = 0;
  for (const Link& l : d.links) deployments += l.type == LinkType::Deployment ? 1 : 0;
  EXPECT_LE(deployments, 4);  // bomber, troops (statement and report), engineers
  // Caine's quotes were said in Seoul (the meeting), the Kuala Lumpur statement elsewhere.
  for (const Quote& q : d.quotes)
    if (d.slice(q.content).find("illuminating") != std::string::npos) {
      ASSERT_FALSE(q.saidAt.empty());
      EXPECT_EQ(q.saidAt[0], seoul);
    }
}

}  // namespace
}  // namespace wiremap::extract
