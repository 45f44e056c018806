// Actors: merging, titles, affiliations, organisations, countries, byline exclusion; and the
// seed article's actor table as an acceptance test (needs the shared folder).
#include <gtest/gtest.h>

#include <filesystem>

#include "core/files.hpp"
#include "extract/actors.hpp"
#include "extract/ingest.hpp"
#include "extract/ner.hpp"
#include "extract/tokenize.hpp"

using namespace wiremap;
using namespace wiremap::extract;

namespace {

// Adds an entity for the n-th occurrence of `surface` (code points = bytes for ASCII tests).
void mark(Document& doc, const std::string& surface, EntityType type, int nth = 0) {
  std::size_t pos = doc.text.find(surface);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = doc.text.find(surface, pos + 1);
  ASSERT_NE(pos, std::string::npos) << surface;
  const auto s = doc.offsets.toCodePoint(pos);
  const auto e = doc.offsets.toCodePoint(pos + surface.size());
  doc.entities.push_back({{s, e}, type, 1.0f});
  std::sort(doc.entities.begin(), doc.entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
}

const Actor* find(const std::vector<Actor>& actors, const std::string& name) {
  for (const auto& a : actors)
    if (a.name == name) return &a;
  return nullptr;
}

}  // namespace

TEST(Actors, SurnameMergesWithFullNameAndKeepsTitle) {
  Document doc;
  doc.setText("Japanese Foreign Minister Aiko Tanabe met Brazilian envoy Rui Costa. Tanabe said talks went well, "
              "and Costa agreed.");
  mark(doc, "Aiko Tanabe", EntityType::PER);
  mark(doc, "Rui Costa", EntityType::PER);
  mark(doc, "Tanabe", EntityType::PER, 1);
  mark(doc, "Costa", EntityType::PER, 1);
  mark(doc, "Japanese", EntityType::MISC);
  mark(doc, "Brazilian", EntityType::MISC);
  const auto actors = buildActors(doc, tokenize(doc));
  const Actor* t = find(actors, "Aiko Tanabe");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->kind, ActorKind::Person);
  EXPECT_EQ(t->mentions.size(), 2u);
  EXPECT_EQ(t->title, "Japanese Foreign Minister");
  EXPECT_EQ(t->countryCode, "JP");
  const Actor* c = find(actors, "Rui Costa");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mentions.size(), 2u);
  EXPECT_EQ(c->title, "Brazilian envoy");
  EXPECT_EQ(c->countryCode, "BR");
  EXPECT_EQ(find(actors, "Tanabe"), nullptr);
}

TEST(Actors, PossessiveAndMetonymAffiliation) {
  Document doc;
  doc.setText("Kremlin spokesman Oleg Marin denied it. Canada's Chief of the Defence Staff Jane Roy disagreed.");
  mark(doc, "Oleg Marin", EntityType::PER);
  mark(doc, "Jane Roy", EntityType::PER);
  mark(doc, "Canada", EntityType::LOC);
  const auto actors = buildActors(doc, tokenize(doc));
  const Actor* m = find(actors, "Oleg Marin");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->title, "Kremlin spokesman");
  EXPECT_EQ(m->countryCode, "RU");
  const Actor* r = find(actors, "Jane Roy");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->title, "Canada's Chief of the Defence Staff");
  EXPECT_EQ(r->countryCode, "CA");
  const Actor* ca = find(actors, "Canada");
  ASSERT_NE(ca, nullptr);
  EXPECT_EQ(ca->kind, ActorKind::Country);
  EXPECT_EQ(ca->countryCode, "CA");
}

TEST(Actors, OrganisationNounPhrasesWithoutNer) {
  Document doc;
  doc.setText("The Japanese defence ministry said the drill ended. Later the defence ministry added details, "
              "and Germany's foreign ministry declined to comment.");
  const auto actors = buildActors(doc, tokenize(doc));
  const Actor* jp = find(actors, "Japanese defence ministry");
  ASSERT_NE(jp, nullptr);
  EXPECT_EQ(jp->kind, ActorKind::Organisation);
  EXPECT_EQ(jp->countryCode, "JP");
  EXPECT_EQ(jp->mentions.size(), 2u) << "'the defence ministry' refers back to it";
  const Actor* de = find(actors, "Germany's foreign ministry");
  ASSERT_NE(de, nullptr);
  EXPECT_EQ(de->countryCode, "DE");
}

TEST(Actors, MediaAndOrganisations) {
  Document doc;
  doc.setText("Reuters reported the deal. The Turkish news agency Anka said Acme Corp had signed.");
  mark(doc, "Reuters", EntityType::ORG);
  mark(doc, "Anka", EntityType::ORG);
  mark(doc, "Acme Corp", EntityType::ORG);
  const auto actors = buildActors(doc, tokenize(doc));
  ASSERT_NE(find(actors, "Reuters"), nullptr);
  EXPECT_EQ(find(actors, "Reuters")->kind, ActorKind::Media);
  ASSERT_NE(find(actors, "Anka"), nullptr);
  EXPECT_EQ(find(actors, "Anka")->kind, ActorKind::Media);
  EXPECT_EQ(find(actors, "Anka")->countryCode, "TR");
  ASSERT_NE(find(actors, "Acme Corp"), nullptr);
  EXPECT_EQ(find(actors, "Acme Corp")->kind, ActorKind::Organisation);
}

TEST(Actors, TheDatelineIsAPlaceNotAnOrganisation) {
  Document doc;
  doc.setText("TROMSO — The Harbour Board said the quay would reopen in May.");
  doc.meta.dateline = "TROMSO";
  doc.meta.datelineSpan = Span{0, 6};
  mark(doc, "TROMSO", EntityType::ORG);  // taggers often read an all-caps dateline as an organisation
  mark(doc, "Harbour Board", EntityType::ORG);
  const auto actors = buildActors(doc, tokenize(doc));
  EXPECT_EQ(find(actors, "TROMSO"), nullptr);
  EXPECT_NE(find(actors, "Harbour Board"), nullptr);
  // Without a detected dateline the same capitals stay an organisation.
  doc.meta.datelineSpan.reset();
  EXPECT_NE(find(buildActors(doc, tokenize(doc)), "TROMSO"), nullptr);
}

TEST(Actors, BylineAndCreditsAreMetadataOnly) {
  Document doc;
  doc.setText("By Sam Field\n\nMayor Lena Park opened the bridge.\n\n(Reporting by Sam Field; editing by Tom Bell)");
  doc.meta.byline = {"Sam Field"};
  doc.meta.editors = {"Tom Bell"};
  mark(doc, "Sam Field", EntityType::PER);
  mark(doc, "Lena Park", EntityType::PER);
  mark(doc, "Sam Field", EntityType::PER, 1);
  mark(doc, "Tom Bell", EntityType::PER);
  const auto actors = buildActors(doc, tokenize(doc));
  ASSERT_NE(find(actors, "Sam Field"), nullptr);
  EXPECT_TRUE(find(actors, "Sam Field")->metadataOnly);
  EXPECT_EQ(find(actors, "Sam Field")->mentions.size(), 2u);
  ASSERT_NE(find(actors, "Tom Bell"), nullptr);
  EXPECT_TRUE(find(actors, "Tom Bell")->metadataOnly);
  ASSERT_NE(find(actors, "Lena Park"), nullptr);
  EXPECT_FALSE(find(actors, "Lena Park")->metadataOnly);
  EXPECT_EQ(find(actors, "Lena Park")->title, "Mayor");
}

TEST(Actors, CreditLineWithoutMetadataIsStillMetadataOnly) {
  Document doc;
  doc.setText("Mayor Lena Park opened the bridge.\n\n(Reporting by Sam Field; Editing by Tom Bell)");
  mark(doc, "Lena Park", EntityType::PER);
  mark(doc, "Sam Field", EntityType::PER);
  mark(doc, "Tom Bell", EntityType::PER);
  const auto actors = buildActors(doc, tokenize(doc));
  ASSERT_NE(find(actors, "Sam Field"), nullptr);
  EXPECT_TRUE(find(actors, "Sam Field")->metadataOnly);
  EXPECT_TRUE(find(actors, "Tom Bell")->metadataOnly);
  EXPECT_FALSE(find(actors, "Lena Park")->metadataOnly);
}

TEST(Actors, SeedArticleAcceptance) {
  const std::filesystem::path path = std::filesystem::path(WIREMAP_SHARED_DIR) / "seed/reuters-korea-japan-us-air-drill.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared seed article not present";
  auto text = files::readAll(path);
  ASSERT_TRUE(text.ok());
  auto ner = NerModel::load(files::assetPath("ner.wmn"));
  ASSERT_TRUE(ner.ok()) << ner.error().message;
  Document doc;
  doc.setText(text.value());
  const Tokenized toks = tokenize(doc);
  detectMetadata(doc, toks);
  doc.entities = ner.value()->tag(doc, toks);
  const auto actors = buildActors(doc, toks);
  std::string all;
  for (const auto& a : actors)
    all += a.name + " [" + toString(a.kind) + " " + a.countryCode + (a.metadataOnly ? " meta" : "") + "] ";
  const struct {
    const char* name;
    const char* cc;
  } persons[] = {{"Dan Caine", "US"},         {"Kim Myung-soo", "KR"}, {"Yoshihide Yoshida", "JP"},
                 {"Marco Rubio", "US"},       {"Takeshi Iwaya", "JP"}, {"Park Yoon-joo", "KR"},
                 {"Sergei Lavrov", "RU"},     {"Kim Jong Un", "KP"},   {"Dmitry Peskov", "RU"}};
  for (const auto& p : persons) {
    const Actor* a = find(actors, p.name);
    ASSERT_NE(a, nullptr) << p.name << " missing; actors: " << all;
    EXPECT_EQ(a->kind, ActorKind::Person) << p.name;
    EXPECT_EQ(a->countryCode, p.cc) << p.name;
    EXPECT_FALSE(a->metadataOnly) << p.name;
  }
  const Actor* caine = find(actors, "Dan Caine");
  EXPECT_GE(caine->mentions.size(), 2u) << "'Caine' merges with 'Dan Caine'";
  EXPECT_EQ(caine->title, "U.S. Chairman of the Joint Chiefs of Staff General");
  for (const char* name : {"Jack Kim", "Joyce Lee", "Ed Davies", "Mark Heinrich"}) {
    const Actor* a = find(actors, name);
    ASSERT_NE(a, nullptr) << name << "; actors: " << all;
    EXPECT_TRUE(a->metadataOnly) << name;
  }
  const Actor* ria = find(actors, "RIA");
  ASSERT_NE(ria, nullptr) << all;
  EXPECT_EQ(ria->kind, ActorKind::Media);
  EXPECT_EQ(ria->countryCode, "RU");
  bool defenceMinistry = false;
  for (const auto& a : actors)
    defenceMinistry |= a.kind == ActorKind::Organisation && a.countryCode == "KR" &&
                       a.name.find("defence ministry") != std::string::npos;
  EXPECT_TRUE(defenceMinistry) << all;
}
