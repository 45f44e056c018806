// Typed links from trigger words and the noun phrases around them, and the place association of
// quotes. Token-based; no regex.
//
// A link is drawn as an arc on the map, so the rules favour precision:
// - Headlines, datelines, bylines, credits, boilerplate and all-caps subheadings are no sources.
// - Place and actor mentions are grouped into noun-phrase units first: a title with its person
//   ("Foreign Minister X" takes in the country and ministry names of the title), and a possessive
//   with the phrase it modifies ("Russia's Kursk region" is the Kursk region).
// - Participants are the subject of the trigger verb (a coordinated "A, B and C", or a group phrase
//   "the three countries" resolved to the last group of that size), of the support verb of a
//   trigger noun ("held a meeting"), or the noun's possessive ("X's visit"). The speaker of a
//   reporting clause is never a participant: reporting verbs end the subject search.
// - Destinations follow to/in/into/at/against/with (by link type); venues of symmetric events
//   (meeting, exercise, alliance) follow in/at.
// - A link needs both ends drawable (Document's endpointPlace) and at different places; one link
//   per (type, from, to) per sentence.
#include "extract/links.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "extract/ingest.hpp"
#include "extract/quote_lexicon.hpp"

namespace wiremap::extract {
namespace {

using Words = std::initializer_list<std::string_view>;

bool inWords(Words ws, std::string_view w) {
  for (std::string_view x : ws)
    if (x == w) return true;
  return false;
}
template <std::size_t N>
bool inWords(const std::string_view (&ws)[N], std::string_view w) {
  for (std::string_view x : ws)
    if (x == w) return true;
  return false;
}
bool startsWith(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// ---- word classes (lower-case) --------------------------------------------------------------

constexpr std::string_view kPrepositions[] = {"to",   "in",     "into",   "at",      "on",        "against",   "with",    "from",
                                 "for",  "of",     "by",     "over",    "near",      "toward",    "towards", "onto",
                                 "across", "through", "under", "between", "about",   "after",     "before",  "during",
                                 "since", "within", "without", "amid",   "among",     "around",    "off",     "via",
                                 "beyond", "alongside", "including", "involving", "inside", "outside", "like"};
// Words that open a new clause: the subject of a trigger is never to their left.
constexpr std::string_view kClauseWords[] = {"that",   "which",   "who",   "whom",   "whose", "where",   "when",
                                "while",  "although", "though", "because", "after", "before",  "since",
                                "if",     "unless",  "whereas", "but",    "whether", "until", "once"};
// Reporting verbs and nouns: the speaker is not the agent of what is reported.
constexpr std::string_view kReporting[] = {"said",     "says",     "say",      "saying",  "told",     "tells",   "reported",
                              "reports",  "added",    "adds",     "announced", "stated", "according", "statement",
                              "noted",    "warned",   "claimed",  "claims",  "confirmed", "discussed", "discuss",
                              "discusses", "denied",  "believes", "believed", "accused", "alleged", "insisted"};
constexpr std::string_view kCopulas[] = {"is", "was", "are", "were", "be", "been", "being"};
constexpr std::string_view kModals[] = {"will", "would", "might", "may", "could", "can", "should", "must", "to", "shall",
                           "not", "also", "later", "then", "soon", "did", "does", "do", "again"};
constexpr std::string_view kDeterminers[] = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"};
// Verbs whose object is an event noun and whose subject takes part in it ("held a meeting").
constexpr std::string_view kSupportVerbs[] = {
    "hold",      "holds",     "held",        "holding",     "conduct",    "conducts",    "conducted",  "conducting",
    "stage",     "stages",    "staged",      "staging",     "carry",      "carries",     "carried",    "carrying",
    "launch",    "launches",  "launched",    "launching",   "sign",       "signs",       "signed",     "signing",
    "make",      "makes",     "made",        "making",      "pay",        "pays",        "paid",       "paying",
    "begin",     "begins",    "began",       "begun",       "start",      "starts",      "started",    "starting",
    "complete",  "completes", "completed",   "join",        "joins",      "joined",      "joining",    "wage",
    "wages",     "waged",     "waging",      "maintain",    "maintains",  "maintained",  "maintaining", "strengthen",
    "strengthens", "strengthened", "bolster", "bolstered",  "boost",      "boosted",     "provide",    "provides",
    "provided",  "providing", "forge",       "forged",      "seal",       "sealed",      "ink",        "inked",
    "renew",     "renewed",   "undertake",   "undertook",   "attend",     "attends",     "attended",   "attending",
    "resume",    "resumed",   "wrap",        "wrapped",     "concluded",  "concluding",  "ratified",   "ratify",
    "reinforce", "reinforced", "enhance",    "enhanced",    "expand",     "expanded",    "extend",     "extended",
    "agreed",    "plan",      "plans",       "planned",     "planning",   "host",        "hosted"};
// Modifiers inside an event or forces noun phrase ("a joint naval drill", "North Korean troops").
constexpr std::string_view kNpModifiers[] = {"joint",   "military", "naval",    "air",       "annual",    "troop",   "nuclear",
                                "missile", "defence",  "defense",  "security",  "strategic", "mutual",  "trilateral",
                                "bilateral", "combined", "large",   "scale",     "live",      "fire",    "army",
                                "ground",  "maritime", "full",     "new",       "first",     "latest"};
constexpr std::string_view kForces[] = {"troops",   "soldiers", "forces",    "engineers", "builders", "workers",  "personnel",
                           "bomber",   "bombers",  "warships",  "warship",   "jets",     "missiles", "weapons",
                           "units",    "battalion", "battalions", "brigade", "brigades", "marines",  "advisers",
                           "advisors", "fighters", "aircraft",  "ships",     "submarine", "submarines", "carrier",
                           "destroyer", "destroyers", "frigate", "frigates", "tanks",    "drones",   "peacekeepers",
                           "mercenaries", "instructors", "sailors", "pilots", "planes", "fighter", "vessels"};
constexpr std::string_view kHeadTitles[] = {"president", "minister", "secretary", "chairman", "chairwoman", "chair", "general",
                               "gen.",      "chief",    "leader",    "spokesman", "spokeswoman", "spokesperson",
                               "ambassador", "envoy",   "premier",   "chancellor", "governor",  "mayor",
                               "senator",   "sen.",     "king",      "queen",     "prince",     "admiral",
                               "commander", "director", "head",      "deputy",    "adviser",    "advisor",
                               "official",  "officer",  "colonel",   "captain",   "lieutenant", "staff",
                               "vice",      "foreign",  "defence",   "defense",   "prime",      "state",
                               "interior",  "finance",  "trade",     "chiefs",    "joint",      "of",
                               "the",       "top",      "senior",    "former",    "army",       "navy"};
constexpr std::string_view kTitleWords[] = {"president", "minister", "secretary", "chairman", "chairwoman", "chair", "general",
                               "gen.",      "chief",    "leader",    "spokesman", "spokeswoman", "spokesperson",
                               "ambassador", "envoy",   "premier",   "chancellor", "governor",  "mayor",
                               "senator",   "sen.",     "king",      "queen",     "prince",     "admiral",
                               "commander", "director", "head",      "deputy",    "adviser",    "advisor",
                               "official",  "colonel",  "captain",   "lieutenant"};
constexpr std::string_view kNumberWords[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"};
constexpr std::string_view kCountryNouns[] = {"countries", "nations", "states", "governments", "allies", "sides", "powers",
                                 "neighbours", "neighbors", "partners"};

bool isPreposition(std::string_view l) { return inWords(kPrepositions, l); }
bool isForceNoun(std::string_view l) { return inWords(kForces, l); }
int numberWord(std::string_view l) {
  static constexpr std::string_view kNums[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  for (int i = 0; i < 9; ++i)
    if (l == kNums[i]) return i + 2;
  return l == "both" ? 2 : 0;
}

// ---- triggers ---------------------------------------------------------------------------------

enum class Form : std::uint8_t { Verb, Noun, Either };

struct TriggerWord {
  LinkType type = LinkType::Other;
  Form form = Form::Noun;
};

TriggerWord triggerOf(std::string_view l) {
  using LT = LinkType;
  if (inWords({"met", "meet", "meets"}, l)) return {LT::Meeting, Form::Verb};
  if (inWords({"meeting", "meetings", "summit", "summits", "talks"}, l)) return {LT::Meeting, Form::Noun};
  if (inWords({"visited", "visiting", "toured", "touring", "arrived", "arrives", "arrive", "travelled", "traveled",
               "travelling", "traveling", "travels", "flew", "flies", "flying"},
              l))
    return {LT::Visit, Form::Verb};
  if (inWords({"visit", "visits", "tour"}, l)) return {LT::Visit, Form::Either};
  if (inWords({"trip"}, l)) return {LT::Visit, Form::Noun};
  if (inWords({"deploy", "deploys", "deployed", "deploying", "dispatched", "dispatching", "send", "sends", "sent",
               "sending", "stationed"},
              l))
    return {LT::Deployment, Form::Verb};
  if (inWords({"deployment", "deployments"}, l)) return {LT::Deployment, Form::Noun};
  if (inWords({"dispatch", "dispatches"}, l)) return {LT::Deployment, Form::Either};
  if (inWords({"drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "wargames", "war-games"}, l))
    return {LT::Exercise, Form::Noun};
  if (inWords({"pact", "pacts", "alliance", "treaty", "agreement", "agreements", "accord", "accords"}, l))
    return {LT::Alliance, Form::Noun};
  if (inWords({"war", "invasion", "offensive", "shelling", "airstrike", "airstrikes", "bombing", "bombardment"}, l))
    return {LT::Conflict, Form::Noun};
  if (inWords({"attacked", "attacking", "invaded", "invading", "invade", "invades", "bombed", "shelled"}, l))
    return {LT::Conflict, Form::Verb};
  if (inWords({"attack", "attacks", "strike", "strikes"}, l)) return {LT::Conflict, Form::Either};
  if (inWords({"deterrence", "deterrent"}, l)) return {LT::Deterrence, Form::Noun};
  if (inWords({"deter", "deters", "deterred", "deterring"}, l)) return {LT::Deterrence, Form::Verb};
  return {};
}

bool symmetric(LinkType t) { return t == LinkType::Meeting || t == LinkType::Exercise || t == LinkType::Alliance; }

std::string defaultLabel(LinkType t) {
  switch (t) {
    case LinkType::Meeting: return "meeting";
    case LinkType::Visit: return "visit";
    case LinkType::Deployment: return "deployment";
    case LinkType::Exercise: return "drill";
    case LinkType::Alliance: return "pact";
    case LinkType::Conflict: return "war";
    case LinkType::Statement: return "statement";
    case LinkType::Deterrence: return "deterrence";
    case LinkType::Other: break;
  }
  return "link";
}

// ---- mentions and noun-phrase units -----------------------------------------------------------

// A place or actor mention; code-point span.
struct Mention {
  Span span;
  Id place = kNone;
  Id actor = kNone;
};

// One participant-sized noun phrase in a sentence: a head mention and the mentions it absorbed
// (title words, possessive modifiers). Token ranges are [first, end) into Tokenized::tokens.
struct Unit {
  std::uint32_t first = 0, end = 0;
  Endpoint ep;
  bool person = false;
  bool country = false;  // the head is a country (place or Country actor)
  bool hasPlace = false;
  bool absorbed = false;  // merged into another unit
};

// A remembered group of coordinated participants ("South Korea, Japan and the United States").
struct Group {
  std::vector<Endpoint> members;
  bool countries = false;
  std::size_t sentence = 0;  // index into the processed sentences
  bool participants = false;  // the participants of a link (antecedents for "they")
};

// A symmetric event with participants but no venue yet; a later "the drill ... in X" gives one.
struct Pending {
  Link proto;
  std::vector<Endpoint> participants;
  std::size_t sentence = 0;
};

class LinkFinder {
 public:
  LinkFinder(const Document& doc, const Tokenized& toks) : doc_(doc), toks_(toks), tk_(toks.tokens) {
    for (std::size_t p = 0; p < doc.places.size(); ++p)
      for (const PlaceMention& m : doc.places[p].mentions) mentions_.push_back({m.span, static_cast<Id>(p), kNone});
    // An actor mention on the same span as a place mention joins it (found by binary search
    // over the place mentions sorted by span, so long documents stay linear).
    std::vector<std::size_t> placeBySpan(mentions_.size());
    for (std::size_t i = 0; i < placeBySpan.size(); ++i) placeBySpan[i] = i;
    std::stable_sort(placeBySpan.begin(), placeBySpan.end(),
                     [&](std::size_t x, std::size_t y) { return mentions_[x].span < mentions_[y].span; });
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
      const Actor& act = doc.actors[a];
      if (act.metadataOnly || act.kind == ActorKind::Media) continue;
      for (const Span& m : act.mentions) {
        bool merged = false;
        auto it = std::lower_bound(placeBySpan.begin(), placeBySpan.end(), m,
                                   [&](std::size_t x, const Span& v) { return mentions_[x].span < v; });
        for (; it != placeBySpan.end() && mentions_[*it].span == m; ++it)
          if (mentions_[*it].actor == kNone) {
            mentions_[*it].actor = static_cast<Id>(a);
            merged = true;
          }
        if (!merged) mentions_.push_back({m, kNone, static_cast<Id>(a)});
      }
    }
    for (Mention& x : mentions_)
      if (x.actor != kNone && x.place == kNone && doc.actors[static_cast<std::size_t>(x.actor)].kind == ActorKind::Country)
        x.place = doc.actors[static_cast<std::size_t>(x.actor)].place;
    std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
    // Media names (publishers) are never participants: drop their mentions as places too.
    skip_ = doc.meta.boilerplate;
    if (doc.meta.headlineSpan) skip_.push_back(*doc.meta.headlineSpan);
    if (doc.meta.datelineSpan) skip_.push_back(datelineZone(doc, toks));
  }

  std::vector<Link> run() {
    std::size_t index = 0;
    for (const Sentence& s : toks_.sentences) {
      if (skipSentence(s)) continue;
      sentenceIndex_ = index++;
      flushPending(false);
      buildUnits(s);
      recordGroups(s);
      findInSentence(s);
    }
    flushPending(true);
    std::stable_sort(out_.begin(), out_.end(), [](const Link& a, const Link& b) { return a.sentence.start < b.sentence.start; });
    return std::move(out_);
  }

 private:
  const Document& doc_;
  const Tokenized& toks_;
  const std::vector<Token>& tk_;
  std::vector<Mention> mentions_;
  std::vector<Span> skip_;
  std::vector<Unit> units_;          // of the current sentence, by position
  std::vector<int> unitAt_;          // token - sentence.firstToken -> unit index, -1 when none
  std::uint32_t base_ = 0;           // first token of the current sentence
  std::size_t sentenceIndex_ = 0;
  std::vector<Group> groups_;
  std::vector<Pending> pending_;
  std::vector<Link> out_;

  // ---- token helpers

  std::string_view low(std::uint32_t k, char* buf) const { return lex::lower(tk_[k].text, buf); }
  bool isWordAt(std::uint32_t k) const { return lex::isWord(tk_[k]); }
  bool wordIs(std::uint32_t k, Words ws) const {
    char b[lex::kMaxWord];
    return isWordAt(k) && inWords(ws, low(k, b));
  }
  template <std::size_t N>
  bool wordIs(std::uint32_t k, const std::string_view (&ws)[N]) const {
    char b[lex::kMaxWord];
    return isWordAt(k) && inWords(ws, low(k, b));
  }
  // "'s", "’s", and a bare apostrophe after a plural ("the countries’ chiefs").
  bool possessiveAt(std::uint32_t k) const {
    const Token& t = tk_[k];
    if (t.has(kPossessive)) return true;
    if (k == 0 || !(t.text == "'" || t.text == "\xE2\x80\x99")) return false;
    const Token& p = tk_[k - 1];
    return p.span.end == t.span.start && !p.text.empty() && (p.text.back() == 's' || p.text.back() == 'S') &&
           k + 1 < tk_.size() && tk_[k + 1].span.start > t.span.end && lex::isWord(tk_[k + 1]);
  }
  bool punctIs(std::uint32_t k, std::string_view p) const { return tk_[k].has(kPunct) && tk_[k].text == p; }
  bool isDash(std::uint32_t k) const {
    return tk_[k].has(kPunct) && (tk_[k].text == "-" || tk_[k].text == "\xE2\x80\x94" || tk_[k].text == "\xE2\x80\x93");
  }
  int unitAt(std::uint32_t k, const Sentence& s) const {
    if (k < s.firstToken || k >= s.endToken) return -1;
    const int u = unitAt_[k - base_];
    return u;
  }
  std::uint32_t tokenAt(std::uint32_t cp) const {
    const auto it = std::lower_bound(tk_.begin(), tk_.end(), cp, [](const Token& t, std::uint32_t c) { return t.span.end <= c; });
    return static_cast<std::uint32_t>(it - tk_.begin());
  }

  bool skipSentence(const Sentence& s) const {
    if (s.endToken <= s.firstToken) return true;
    for (const Span& z : skip_)
      if (z.start <= s.span.start && s.span.end <= z.end) return true;
    if (doc_.meta.headlineSpan && doc_.meta.headlineSpan->overlaps(s.span)) return true;
    // All-caps subheadings ("TALKS IN VIENNA"): no lower-case word.
    bool lower = false;
    int words = 0;
    for (std::uint32_t k = s.firstToken; k < s.endToken; ++k)
      if (isWordAt(k)) {
        ++words;
        lower |= tk_[k].has(kLower);
      }
    if (!lower && words >= 2) return true;
    // Credits: "Reporting by", "editing by".
    for (std::uint32_t k = s.firstToken; k + 1 < s.endToken; ++k)
      if (wordIs(k, {"reporting", "editing", "writing"}) && wordIs(k + 1, {"by"})) return true;
    return false;
  }

  // ---- units

  void buildUnits(const Sentence& s) {
    units_.clear();
    base_ = s.firstToken;
    unitAt_.assign(s.endToken - s.firstToken, -1);
    const auto lo = std::lower_bound(mentions_.begin(), mentions_.end(), s.span.start,
                                     [](const Mention& m, std::uint32_t cp) { return m.span.start < cp; });
    for (auto it = lo; it != mentions_.end() && it->span.start < s.span.end; ++it) {
      if (it->span.end > s.span.end) continue;
      bool skipped = false;
      for (const Span& z : skip_) skipped |= z.overlaps(it->span);
      if (skipped) continue;
      Unit u;
      u.first = tokenAt(it->span.start);
      u.end = tokenAt(it->span.end);
      if (u.end < s.endToken && tk_[u.end].span.start < it->span.end) ++u.end;  // partial last token
      if (u.first >= u.end || u.first < s.firstToken || u.end > s.endToken) continue;
      u.ep = {it->actor, it->place};
      u.hasPlace = it->place != kNone;
      if (it->actor != kNone) {
        const ActorKind k = doc_.actors[static_cast<std::size_t>(it->actor)].kind;
        u.person = k == ActorKind::Person;
        u.country = k == ActorKind::Country;
      }
      if (it->place != kNone) u.country |= doc_.places[static_cast<std::size_t>(it->place)].kind == PlaceKind::Country;
      // Overlapping mentions: the longer one is the unit; equal ranges combine.
      bool placed = false;
      for (Unit& o : units_) {
        if (o.first >= u.end || u.first >= o.end) continue;
        placed = true;
        const std::uint32_t ol = o.end - o.first, ul = u.end - u.first;
        if (ul > ol) {
          o = u;
        } else if (ul == ol) {
          if (o.ep.actor == kNone) o.ep.actor = u.ep.actor;
          if (o.ep.place == kNone) o.ep.place = u.ep.place;
          o.person |= u.person;
          o.country |= u.country;
          o.hasPlace |= u.hasPlace;
        }
        break;
      }
      if (!placed) units_.push_back(u);
    }
    std::sort(units_.begin(), units_.end(), [](const Unit& a, const Unit& b) { return a.first < b.first; });
    absorbTitles(s);
    absorbPossessives(s);
    // Drop absorbed units and index the rest by token.
    units_.erase(std::remove_if(units_.begin(), units_.end(), [](const Unit& u) { return u.absorbed; }), units_.end());
    for (std::size_t i = 0; i < units_.size(); ++i)
      for (std::uint32_t k = units_[i].first; k < units_[i].end; ++k) unitAt_[k - base_] = static_cast<int>(i);
  }

  // "U.S. Chairman of the Joint Chiefs of Staff General Dan Caine": a person's title written
  // before the name, with the country and organisation names inside it, is one unit.
  void absorbTitles(const Sentence& s) {
    for (std::size_t i = 0; i < units_.size(); ++i) {
      Unit& p = units_[i];
      if (!p.person || p.absorbed) continue;
      std::uint32_t b = p.first;
      bool title = false;
      while (b > s.firstToken) {
        const std::uint32_t k = b - 1;
        const Token& t = tk_[k];
        char buf[lex::kMaxWord];
        const std::string_view l = lex::lower(t.text, buf);
        const bool capital = t.has(kCapitalised) || t.has(kAllCaps);
        const bool ok = (capital && isWordAt(k)) || possessiveAt(k) || inWords(kHeadTitles, l);
        if (!ok || (t.has(kQuoteMark) && !possessiveAt(k))) break;
        // Another person ends the title.
        bool otherPerson = false;
        for (std::size_t j = 0; j < i; ++j)
          if (units_[j].person && !units_[j].absorbed && units_[j].first <= k && k < units_[j].end) otherPerson = true;
        if (otherPerson) break;
        title |= inWords(kTitleWords, l);
        b = k;
      }
      while (b < p.first && (wordIs(b, {"of", "the"}) || tk_[b].has(kPossessive))) ++b;
      if (!title || b >= p.first) continue;
      for (std::size_t j = 0; j < units_.size(); ++j)
        if (j != i && !units_[j].absorbed && units_[j].first >= b && units_[j].end <= p.first) units_[j].absorbed = true;
      p.first = b;
    }
  }

  // "Russia's conflict-hit Kursk region", "South Korea's Foreign Ministry": the possessive
  // modifies the phrase after it, which is the unit.
  void absorbPossessives(const Sentence& s) {
    for (std::size_t i = 0; i + 1 < units_.size(); ++i) {
      Unit& u = units_[i];
      if (u.absorbed || u.end >= s.endToken || !possessiveAt(u.end)) continue;
      std::size_t j = i + 1;
      while (j < units_.size() && units_[j].absorbed) ++j;
      if (j >= units_.size()) continue;
      Unit& v = units_[j];
      if (v.first <= u.end) continue;
      bool np = v.first - (u.end + 1) <= 4;
      for (std::uint32_t k = u.end + 1; np && k < v.first; ++k) {
        char buf[lex::kMaxWord];
        const std::string_view l = low(k, buf);
        if (isDash(k) && tk_[k].text == "-") continue;
        if (!isWordAt(k) || isPreposition(l) || triggerOf(l).type != LinkType::Other || inWords(kCopulas, l) ||
            inWords(kClauseWords, l) || inWords(kReporting, l) || l == "and" || l == "or")
          np = false;
      }
      if (!np) continue;
      u.absorbed = true;
      v.first = u.first;
    }
  }

  // The first token of the noun phrase of unit u (determiners and numbers before it).
  std::uint32_t npStart(const Unit& u, const Sentence& s) const {
    std::uint32_t b = u.first;
    while (b > s.firstToken && (wordIs(b - 1, kDeterminers) || tk_[b - 1].has(kHasDigit))) --b;
    return b;
  }
  // The lower-cased preposition right before unit u's noun phrase, "" when none.
  std::string_view markerOf(const Unit& u, const Sentence& s, char* buf) const {
    const std::uint32_t b = npStart(u, s);
    if (b <= s.firstToken || !isWordAt(b - 1)) return {};
    const std::string_view l = low(b - 1, buf);
    return isPreposition(l) ? l : std::string_view();
  }

  // Units coordinated with unit i ("A, B and the C", "A as well as B"), i first.
  std::vector<int> chunkFrom(int i, std::uint32_t limit) const {
    std::vector<int> out{i};
    for (std::size_t j = static_cast<std::size_t>(i) + 1; j < units_.size(); ++j) {
      const Unit& prev = units_[static_cast<std::size_t>(out.back())];
      const Unit& next = units_[j];
      if (next.end > limit) break;
      bool coord = false, sep = true;
      for (std::uint32_t k = prev.end; k < next.first && sep; ++k) {
        if (punctIs(k, ",")) {
          coord = true;
          continue;
        }
        if (wordIs(k, {"and", "or", "&"})) {
          coord = true;
          continue;
        }
        sep = wordIs(k, {"the", "as", "well", "both"});
      }
      if (!(coord && sep)) break;
      out.push_back(static_cast<int>(j));
    }
    return out;
  }

  void recordGroups(const Sentence& s) {
    for (std::size_t i = 0; i < units_.size();) {
      const std::vector<int> c = chunkFrom(static_cast<int>(i), s.endToken);
      if (c.size() >= 2) addGroup(c, false);
      i += c.size();
    }
  }
  void addGroup(const std::vector<int>& c, bool participants) {
    Group g;
    g.countries = true;
    for (int u : c) {
      g.members.push_back(units_[static_cast<std::size_t>(u)].ep);
      g.countries &= units_[static_cast<std::size_t>(u)].country;
    }
    g.sentence = sentenceIndex_;
    g.participants = participants;
    groups_.push_back(std::move(g));
  }
  void addGroup(const std::vector<Endpoint>& members) {
    if (members.size() < 2) return;
    Group g;
    g.members = members;
    g.sentence = sentenceIndex_;
    g.participants = true;
    g.countries = std::all_of(members.begin(), members.end(), [&](const Endpoint& e) {
      return e.place != kNone && doc_.places[static_cast<std::size_t>(e.place)].kind == PlaceKind::Country;
    });
    groups_.push_back(std::move(g));
  }

  // "the three countries", "both nations", "the two", "they" in tokens [from, to): the group it
  // names, empty when none.
  std::vector<Endpoint> groupPhrase(std::uint32_t from, std::uint32_t to, const Sentence& s) const {
    for (std::uint32_t k = from; k < to; ++k) {
      char buf[lex::kMaxWord];
      const std::string_view l = low(k, buf);
      if (l == "they") return resolveGroup(0, false, true, k, s);
      const int n = numberWord(l);
      if (n == 0) continue;
      const bool det = k > from && wordIs(k - 1, {"the", "both", "all"});
      if (!det && l != "both") continue;
      std::string_view noun;
      char b2[lex::kMaxWord];
      if (k + 1 < to && isWordAt(k + 1)) noun = low(k + 1, b2);
      return resolveGroup(n, inWords(kCountryNouns, noun), false, k, s);
    }
    return {};
  }

  std::vector<Endpoint> resolveGroup(int n, bool countries, bool pronoun, std::uint32_t at, const Sentence& s) const {
    for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
      if (pronoun && (!it->participants || sentenceIndex_ - it->sentence > 1)) continue;
      if (n && static_cast<int>(it->members.size()) != n) continue;
      if (countries && !it->countries) continue;
      if (sentenceIndex_ - it->sentence > 6) break;
      return it->members;
    }
    if (!countries || n < 2) return {};
    // No group of that size: the last n distinct countries named before it in the sentence.
    std::vector<Endpoint> found;
    for (auto m = mentions_.rbegin(); m != mentions_.rend(); ++m) {
      if (m->span.start < s.span.start || m->span.end > tk_[at].span.start) continue;
      if (m->place == kNone || doc_.places[static_cast<std::size_t>(m->place)].kind != PlaceKind::Country) continue;
      if (std::any_of(found.begin(), found.end(), [&](const Endpoint& e) { return e.place == m->place; })) continue;
      found.insert(found.begin(), Endpoint{kNone, m->place});
      for (std::size_t a = 0; a < doc_.actors.size(); ++a)
        if (doc_.actors[a].kind == ActorKind::Country && doc_.actors[a].place == m->place)
          found.front().actor = static_cast<Id>(a);
    }
    if (static_cast<int>(found.size()) != n) return {};
    return found;
  }

  // ---- subjects, objects, destinations

  // The participants named as the subject of the verb at token v: the first noun phrase of the
  // clause that is not after a preposition, with its coordinated units.
  std::vector<Endpoint> subjectOf(std::uint32_t v, const Sentence& s, int depth = 0) const {
    std::uint32_t k = v;
    std::uint32_t stop = s.firstToken;  // first token of the clause
    bool canRecurse = false;
    while (k > s.firstToken) {
      const std::uint32_t j = k - 1;
      const Token& t = tk_[j];
      char buf[lex::kMaxWord];
      const std::string_view l = low(j, buf);
      if (possessiveAt(j) || unitAt(j, s) >= 0 || (t.has(kPunct) && t.text == "-")) {
        k = j;
        continue;
      }
      if (t.has(kPunct)) {
        if (t.text == ",") {
          const bool coordinated = j > s.firstToken && unitAt(j - 1, s) >= 0 &&
                                   (unitAt(j + 1, s) >= 0 || (wordIs(j + 1, {"the", "and"}) && unitAt(j + 2, s) >= 0));
          if (coordinated) {
            k = j;
            continue;
          }
          canRecurse = true;
        }
        stop = j + 1;
        break;
      }
      if (unitAt(j, s) < 0 && (inWords(kClauseWords, l) || inWords(kReporting, l))) {
        canRecurse = inWords({"after", "before", "while", "since", "when", "once", "until"}, l);
        if (inWords({"which", "who"}, l) && j > s.firstToken && punctIs(j - 1, ",") && j >= 2 && unitAt(j - 2, s) >= 0) {
          // ", which sent": the antecedent right before.
          return endpointsOf({unitAt(j - 2, s)});
        }
        stop = j + 1;
        break;
      }
      if (unitAt(j, s) < 0 && inWords({"and", "or"}, l)) {
        const bool between = j > s.firstToken && unitAt(j - 1, s) >= 0 &&
                             (unitAt(j + 1, s) >= 0 || (wordIs(j + 1, {"the"}) && unitAt(j + 2, s) >= 0));
        // "... and sent troops": a second verb phrase; elsewhere a coordination of words.
        if (!between && depth == 0 && v - j <= 3) {
          canRecurse = true;
          stop = j + 1;
          break;
        }
      }
      k = j;
    }
    for (std::size_t i = 0; i < units_.size(); ++i) {
      const Unit& u = units_[i];
      if (u.first < stop || u.end > v) continue;
      char buf[lex::kMaxWord];
      if (!markerOf(u, s, buf).empty()) continue;
      return endpointsOf(chunkFrom(static_cast<int>(i), v));
    }
    std::vector<Endpoint> g = groupPhrase(stop, v, s);
    if (!g.empty()) return g;
    if (canRecurse && depth == 0 && stop > s.firstToken + 1) {
      std::uint32_t b = stop - 1;
      while (b > s.firstToken && tk_[b - 1].has(kPunct)) --b;
      return subjectOf(b, s, 1);
    }
    return {};
  }

  std::vector<Endpoint> endpointsOf(const std::vector<int>& us) const {
    std::vector<Endpoint> out;
    for (int u : us) out.push_back(units_[static_cast<std::size_t>(u)].ep);
    return out;
  }

  // Units right after the verb at v (determiners and modifiers between), coordinated.
  std::vector<Endpoint> objectOf(std::uint32_t v, const Sentence& s) const {
    for (std::uint32_t k = v + 1; k < s.endToken && k <= v + 3; ++k) {
      const int u = unitAt(k, s);
      if (u >= 0) return endpointsOf(chunkFrom(u, s.endToken));
      if (!isWordAt(k) || !(wordIs(k, kDeterminers) || tk_[k].has(kLower))) return {};
      char buf[lex::kMaxWord];
      const std::string_view l = low(k, buf);
      if (isPreposition(l) || inWords(kClauseWords, l) || inWords(kReporting, l) || l == "and") return {};
    }
    return {};
  }

  // End of the clause that starts after token from (exclusive token index).
  std::uint32_t clauseEnd(std::uint32_t from, const Sentence& s) const {
    for (std::uint32_t k = from; k < s.endToken; ++k) {
      if (punctIs(k, ";") || punctIs(k, ":")) return k;
      if (unitAt(k, s) >= 0) continue;
      char buf[lex::kMaxWord];
      const std::string_view l = low(k, buf);
      if (inWords(kReporting, l) || inWords({"which", "who", "that", "where", "while", "although", "though", "because",
                                              "whereas", "but", "when", "after", "before", "since", "until", "unless", "if"},
                                             l))
        return k;
    }
    return s.endToken;
  }

  struct After {
    std::optional<Endpoint> dest;     // destination or venue
    std::vector<Endpoint> with;       // co-participants ("with X", symmetric types)
    std::optional<Endpoint> byAgent;  // "by X"
    bool byNear = false;              // "by X" right after the trigger ("a visit by X")
    std::optional<Endpoint> ofAgent;  // "of X troops", "of X" (visit)
  };

  After afterTrigger(LinkType type, std::uint32_t trig, const Sentence& s) const {
    After a;
    const std::uint32_t end = clauseEnd(trig + 1, s);
    for (std::size_t i = 0; i < units_.size(); ++i) {
      const Unit& u = units_[i];
      if (u.first <= trig || u.end > end) continue;
      char buf[lex::kMaxWord];
      const std::string_view m = markerOf(u, s, buf);
      if (m.empty()) continue;
      if (m == "by" && !a.byAgent) {
        a.byAgent = u.ep;
        a.byNear = npStart(u, s) <= trig + 3;
      }
      if (m == "of" && !a.ofAgent && npStart(u, s) <= trig + 3) {
        const bool forces = u.end < s.endToken && isForceNoun(lowStr(u.end));
        if (forces || (type == LinkType::Visit && u.person)) a.ofAgent = u.ep;
      }
      if (symmetric(type)) {
        if (m == "with" && !u.hasPlace) a.with.push_back(u.ep);
        else if (m == "with" && u.country) a.with.push_back(u.ep);
        else if ((m == "in" || m == "at") && u.hasPlace && !a.dest) a.dest = u.ep;
        continue;
      }
      if (a.dest) continue;
      bool marked = false;
      switch (type) {
        case LinkType::Deployment:
          marked = inWords({"to", "into", "in", "at", "toward", "towards", "with", "alongside"}, m);
          break;
        case LinkType::Conflict:
          // "invasion of X" (not "war of words": only a place right after it)
          marked = inWords({"against", "on", "in", "into", "with"}, m) ||
                   (m == "of" && u.hasPlace && npStart(u, s) <= trig + 2 && lowStr(trig) != "war");
          break;
        case LinkType::Deterrence: marked = m == "against"; break;
        default: marked = inWords({"to", "into", "in", "at", "toward", "towards"}, m); break;
      }
      if (marked) a.dest = u.ep;
    }
    return a;
  }
  std::string lowStr(std::uint32_t k) const {
    char buf[lex::kMaxWord];
    return std::string(low(k, buf));
  }

  // ---- noun triggers

  enum class NounRole : std::uint8_t { None, Agent, Support, InPhrase, Descriptive };
  struct NounContext {
    NounRole role = NounRole::None;
    int agent = -1;          // unit
    std::uint32_t verb = 0;  // support verb token
  };

  NounContext nounContext(std::uint32_t i, const Sentence& s) const {
    NounContext c;
    int unknown = 0;
    for (std::uint32_t k = i; k > s.firstToken && i - k < 7;) {
      const std::uint32_t j = --k;
      const Token& t = tk_[j];
      const int u = unitAt(j, s);
      if (u >= 0) {
        const Unit& un = units_[static_cast<std::size_t>(u)];
        bool modifiers = true;
        for (std::uint32_t q = un.end; q < i && modifiers; ++q) {
          char buf[lex::kMaxWord];
          const std::string_view l = low(q, buf);
          modifiers = isDash(q) || possessiveAt(q) || inWords(kNpModifiers, l) ||
                      isForceNoun(l);
        }
        if (modifiers) c = {NounRole::Agent, u, 0};
        return c;
      }
      if (possessiveAt(j)) {
        if (j > s.firstToken && unitAt(j - 1, s) >= 0) return {NounRole::Agent, unitAt(j - 1, s), 0};
        return c;
      }
      if (t.has(kPunct)) {
        if (isDash(j) && t.text == "-") continue;
        return c;
      }
      char buf[lex::kMaxWord];
      const std::string_view l = low(j, buf);
      if (inWords(kCopulas, l)) return {NounRole::Descriptive, -1, 0};
      if (inWords(kSupportVerbs, l)) return {NounRole::Support, -1, j};
      if (isPreposition(l)) return {NounRole::InPhrase, -1, j};
      if (inWords(kClauseWords, l) || inWords(kReporting, l) || l == "and" || l == "or") return c;
      if (inWords(kDeterminers, l) || inWords(kNpModifiers, l) || tk_[j].has(kHasDigit)) continue;
      if (++unknown > 2) return c;
    }
    return c;
  }

  // A place for an agentless event noun: the first venue after it in the clause, else the
  // nearest destination before it ("deployed to X for a drill").
  std::optional<Endpoint> placeAround(std::uint32_t trig, const Sentence& s) const {
    const After a = afterTrigger(LinkType::Meeting, trig, s);
    if (a.dest) return a.dest;
    for (std::size_t i = units_.size(); i-- > 0;) {
      const Unit& u = units_[i];
      if (u.end > trig || !u.hasPlace) continue;
      char buf[lex::kMaxWord];
      const std::string_view m = markerOf(u, s, buf);
      if (inWords({"to", "in", "into", "at"}, m)) return u.ep;
      if (!m.empty()) continue;
    }
    return std::nullopt;
  }

  // ---- main loop

  void findInSentence(const Sentence& s) {
    std::vector<Link> local;
    for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
      if (!isWordAt(i) || unitAt(i, s) >= 0) continue;
      char buf[lex::kMaxWord];
      const std::string_view l = low(i, buf);
      if (l.empty()) continue;
      const TriggerWord tw = triggerOf(l);
      if (tw.type == LinkType::Other) continue;
      Form form = tw.form;
      if (form == Form::Either) {
        const bool afterVerbWord = i > s.firstToken && (wordIs(i - 1, kModals) || unitAt(i - 1, s) >= 0);
        form = afterVerbWord ? Form::Verb : Form::Noun;
      }
      if (l == "talks" && !(i > s.firstToken && wordIs(i - 1, {"held", "hold", "holds", "holding"})) &&
          !(i + 1 < s.endToken && wordIs(i + 1, {"with", "between"})))
        continue;
      Link link;
      link.type = tw.type;
      link.trigger = tk_[i].span;
      link.sentence = s.span;
      link.directed = !symmetric(tw.type);
      link.label = defaultLabel(tw.type);
      if (tw.type == LinkType::Deployment) {
        const std::string forces = forcesNear(i, s);
        if (forces.empty() && startsWith(l, "sen")) continue;  // "send a letter"
        if (!forces.empty()) link.label = forces;
      }
      std::uint32_t hedgeFrom = i;
      std::vector<Endpoint> from;
      std::vector<Endpoint> objects;
      const After after = afterTrigger(tw.type, i, s);
      bool agentless = false;
      if (form == Form::Verb) {
        from = subjectOf(i, s);
        const bool passive = i > s.firstToken && wordIs(i - 1, kCopulas);
        if (passive && after.byAgent) from = {*after.byAgent};
        if (tw.type == LinkType::Meeting || tw.type == LinkType::Visit || tw.type == LinkType::Conflict ||
            tw.type == LinkType::Deterrence)
          objects = objectOf(i, s);
      } else {
        const NounContext c = nounContext(i, s);
        if (c.role == NounRole::Descriptive) continue;
        if (c.role == NounRole::Agent) from = endpointsOf({c.agent});
        if (c.role == NounRole::Support) {
          from = subjectOf(c.verb, s);
          link.trigger.start = tk_[c.verb].span.start;
          hedgeFrom = c.verb;
        }
        if (from.empty() && after.byAgent && after.byNear) from = {*after.byAgent};
        if (from.empty() && after.ofAgent) from = {*after.ofAgent};
        if (from.empty() && symmetric(tw.type)) from = betweenOrGroup(i, s, tw.type);
        if (from.empty() && tw.type == LinkType::Conflict && c.role == NounRole::InPhrase) from = nearestCountryBefore(i, s);
        agentless = from.empty();
      }
      for (std::uint32_t k = hedgeFrom > s.firstToken + 5 ? hedgeFrom - 5 : s.firstToken; k < hedgeFrom; ++k)
        if (lex::isHedge(tk_[k].text)) link.hypothetical = true;

      if (agentless) {
        // "... for a drill": an earlier drill of known participants took place here.
        if (symmetric(tw.type)) resolvePending(link.type, i, s);
        continue;
      }
      if (from.empty()) continue;
      std::vector<Endpoint> participants = from;
      if (symmetric(tw.type)) {
        for (const Endpoint& e : objects) participants.push_back(e);
        for (const Endpoint& e : after.with) participants.push_back(e);
        if (after.dest) {
          for (const Endpoint& p : participants) emit(local, link, p, *after.dest);
        } else if (participants.size() >= 2 && tw.type != LinkType::Alliance && form == Form::Noun &&
                   objects.empty() && after.with.empty()) {
          pending_.push_back({link, participants, sentenceIndex_});
        } else {
          for (std::size_t k = 1; k < participants.size(); ++k) emit(local, link, participants[0], participants[k]);
        }
        addGroup(participants);
      } else {
        std::optional<Endpoint> to = after.dest;
        if (!to && !objects.empty() && (tw.type != LinkType::Visit || objects.size() == 1)) to = objects.front();
        if (!to) continue;
        for (const Endpoint& p : from) emit(local, link, p, *to);
        addGroup(from);
      }
    }
    for (Link& l : local) out_.push_back(std::move(l));
  }

  std::string forcesNear(std::uint32_t i, const Sentence& s) const {
    for (std::uint32_t k = i + 1; k < s.endToken && k < i + 8; ++k) {
      if (punctIs(k, ";")) break;
      char buf[lex::kMaxWord];
      const std::string_view l = low(k, buf);
      if (isForceNoun(l)) return std::string(l);
      if (k > i + 1 && (isPreposition(l) && l != "of")) break;
    }
    for (std::uint32_t k = i; k > s.firstToken && i - k < 6;) {
      --k;
      char buf[lex::kMaxWord];
      const std::string_view l = low(k, buf);
      if (isForceNoun(l)) return std::string(l);
      if (tk_[k].has(kPunct) && !isDash(k)) break;
    }
    return {};
  }

  // "a meeting between A and B", or a group phrase elsewhere in the sentence ("the two
  // countries ... a pact").
  std::vector<Endpoint> betweenOrGroup(std::uint32_t i, const Sentence& s, LinkType type) {
    for (std::uint32_t k = i + 1; k < s.endToken && k <= i + 2; ++k)
      if (wordIs(k, {"between"})) {
        const int u = unitAt(k + 1, s) >= 0 ? unitAt(k + 1, s) : (k + 2 < s.endToken ? unitAt(k + 2, s) : -1);
        if (u >= 0) {
          const std::vector<int> c = chunkFrom(u, s.endToken);
          if (c.size() >= 2) return endpointsOf(c);
        }
        std::vector<Endpoint> g = groupPhrase(k + 1, std::min(k + 5, s.endToken), s);
        if (g.size() >= 2) return g;
      }
    if (type != LinkType::Alliance) return {};
    for (std::uint32_t k = s.firstToken; k < s.endToken; ++k) {
      if (numberWord(lowStr(k)) == 0 || k + 1 >= s.endToken || !inWords(kCountryNouns, lowStr(k + 1))) continue;
      std::vector<Endpoint> g = groupPhrase(k > s.firstToken ? k - 1 : k, k + 2, s);
      if (g.size() >= 2) return g;
    }
    return {};
  }

  // "fight with Russia in the war against Ukraine": the country right before the phrase wages it.
  std::vector<Endpoint> nearestCountryBefore(std::uint32_t i, const Sentence& s) const {
    for (std::size_t u = units_.size(); u-- > 0;) {
      const Unit& un = units_[u];
      if (un.end > i) continue;
      if (i - un.end > 4 || !un.country) return {};
      for (std::uint32_t k = un.end; k < i; ++k)
        if (tk_[k].has(kPunct) || triggerOf(lowStr(k)).type != LinkType::Other) return {};
      return {un.ep};
    }
    (void)s;
    return {};
  }

  void resolvePending(LinkType type, std::uint32_t trig, const Sentence& s) {
    for (auto it = pending_.rbegin(); it != pending_.rend(); ++it) {
      if (it->proto.type != type || sentenceIndex_ - it->sentence > 2) continue;
      const std::optional<Endpoint> at = placeAround(trig, s);
      if (!at) return;
      std::vector<Link> local;
      for (const Endpoint& p : it->participants) emit(local, it->proto, p, *at);
      for (Link& l : local) out_.push_back(std::move(l));
      pending_.erase(std::next(it).base());
      return;
    }
  }

  // Pending events more than two sentences old (or all, at the end) are drawn between their
  // participants.
  void flushPending(bool all) {
    for (std::size_t i = 0; i < pending_.size();) {
      Pending& p = pending_[i];
      if (!all && sentenceIndex_ - p.sentence <= 2) {
        ++i;
        continue;
      }
      std::vector<Link> local;
      for (std::size_t k = 1; k < p.participants.size(); ++k) emit(local, p.proto, p.participants[0], p.participants[k]);
      for (Link& l : local) out_.push_back(std::move(l));
      pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  // Adds one link when both ends are drawable at different places and it is new in `local`.
  void emit(std::vector<Link>& local, const Link& proto, const Endpoint& from, const Endpoint& to) const {
    const Id a = endpointPlace(doc_, from), b = endpointPlace(doc_, to);
    if (a == kNone || b == kNone || a == b) return;
    const auto same = [](const Endpoint& x, const Endpoint& y) { return x.actor == y.actor && x.place == y.place; };
    for (const Link& l : local)
      if (l.type == proto.type && same(l.from, from) && same(l.to, to)) return;
    Link l = proto;
    l.from = from;
    l.to = to;
    local.push_back(std::move(l));
  }
};

}  // namespace

std::vector<Link> findLinks(const Document& doc, const Tokenized& toks) {
  LinkFinder f(doc, toks);
  return f.run();
}

namespace {

struct PM {
  Span span;
  Id place;
};

// The place after "in"/"at" that follows a meeting or visit word in sentence s, kNone when none.
Id eventVenue(const Sentence& s, const Tokenized& toks, const std::vector<PM>& pms) {
  for (std::uint32_t k = s.firstToken; k < s.endToken; ++k) {
    char buf[lex::kMaxWord];
    const std::string_view l = lex::lower(toks.tokens[k].text, buf);
    const TriggerWord tw = triggerOf(l);
    if (tw.type != LinkType::Meeting && tw.type != LinkType::Visit) continue;
    for (std::uint32_t j = k + 1; j + 1 < s.endToken && j <= k + 4; ++j) {
      if (!lex::ieq(toks.tokens[j].text, "in") && !lex::ieq(toks.tokens[j].text, "at")) continue;
      for (const PM& m : pms)
        if (m.span.start == toks.tokens[j + 1].span.start ||
            (j + 2 < s.endToken && lex::ieq(toks.tokens[j + 1].text, "the") &&
             m.span.start == toks.tokens[j + 2].span.start))
          return m.place;
    }
  }
  return kNone;
}

}  // namespace

void associatePlaces(Document& doc, const Tokenized& toks) {
  // Place mentions, sorted by start.
  std::vector<PM> pms;
  for (std::size_t p = 0; p < doc.places.size(); ++p)
    for (const PlaceMention& m : doc.places[p].mentions) pms.push_back({m.span, static_cast<Id>(p)});
  std::sort(pms.begin(), pms.end(), [](const PM& a, const PM& b) { return a.span < b.span; });
  const auto sentenceOf = [&](std::uint32_t cp) -> std::size_t {
    const auto it = std::upper_bound(toks.sentences.begin(), toks.sentences.end(), cp,
                                     [](std::uint32_t c, const Sentence& s) { return c < s.span.start; });
    return it == toks.sentences.begin() ? 0 : static_cast<std::size_t>(it - toks.sentences.begin() - 1);
  };
  const auto addUnique = [](std::vector<Id>& v, Id id) {
    if (id != kNone && std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
  };
  const auto hasWord = [&](const Sentence& s, std::initializer_list<std::string_view> words, Span skip) {
    for (std::uint32_t k = s.firstToken; k < s.endToken; ++k) {
      if (skip.contains(toks.tokens[k].span.start)) continue;
      for (std::string_view wd : words)
        if (lex::ieq(toks.tokens[k].text, wd)) return true;
    }
    return false;
  };

  const std::size_t nQuotes = doc.quotes.size();
  for (std::size_t qi = 0; qi < nQuotes; ++qi) {
    Quote& q = doc.quotes[qi];
    q.saidAt.clear();
    q.about.clear();
    // pms is sorted by start: only mentions from the first one at or after `start` can lie in a
    // span beginning there (keeps this linear per quote, not quotes x mentions over the text).
    const auto firstFrom = [&](std::uint32_t start) {
      return std::lower_bound(pms.begin(), pms.end(), start, [](const PM& a, std::uint32_t c) { return a.span.start < c; });
    };
    for (auto it = firstFrom(q.content.start); it != pms.end() && it->span.start <= q.content.end; ++it)
      if (it->span.end <= q.content.end) addUnique(q.about, it->place);
    if (q.continues != kNone && static_cast<std::size_t>(q.continues) < qi) {
      q.saidAt = doc.quotes[static_cast<std::size_t>(q.continues)].saidAt;
      continue;
    }
    if (toks.sentences.empty()) continue;
    const std::uint32_t anchor = q.cue ? q.cue->start : q.content.start;
    const std::size_t si = sentenceOf(anchor);
    const Sentence& s = toks.sentences[si];
    // 1. A place in the quote's own sentence, outside the content, after "in"/"at".
    for (auto it = firstFrom(s.span.start); it != pms.end() && it->span.start <= s.span.end; ++it) {
      const PM& m = *it;
      if (m.span.end > s.span.end || q.content.overlaps(m.span)) continue;
      // The last word before the mention: tokens are in text order, so binary search for the
      // first one ending after the mention starts and step back (not a scan from the start).
      const auto sentBegin = toks.tokens.begin() + s.firstToken;
      const auto stop = std::partition_point(sentBegin, toks.tokens.begin() + s.endToken,
                                             [&](const Token& t) { return t.span.end <= m.span.start; });
      std::string_view prev;
      for (auto k = stop; k != sentBegin;)
        if (lex::isWord(*--k)) {
          prev = k->text;
          break;
        }
      if (lex::ieq(prev, "in") || lex::ieq(prev, "at")) addUnique(q.saidAt, m.place);
    }
    // 2. An event named in the sentence ("remarks before the meeting"): the latest meeting or
    //    visit link before it, in this or an earlier sentence, gives the place.
    if (q.saidAt.empty() &&
        hasWord(s, {"meeting", "remarks", "summit", "talks", "conference", "visit", "speech", "briefing"}, q.content)) {
      const Link* best = nullptr;
      for (const Link& l : doc.links)
        if ((l.type == LinkType::Meeting || l.type == LinkType::Visit) && l.sentence.start <= s.span.start &&
            l.to.place != kNone)
          best = &l;
      if (best) addUnique(q.saidAt, best->to.place);
      // An event whose participants are unnamed ("the ministers held a meeting in X") is no
      // link but still has a venue.
      for (std::size_t k = si + 1; q.saidAt.empty() && k-- > 0 && si - k <= 3;) {
        const Id v = eventVenue(toks.sentences[k], toks, pms);
        if (v != kNone) addUnique(q.saidAt, v);
      }
    }
    // 2b. Content that carries on the previous sentence's event with an anaphoric subject
    //     ("They agreed ...", "The three pledged ...") was said at that event's venue; the next
    //     sentence naming the same kind of event ("The three met ... in X") refines the venue.
    if (q.saidAt.empty() && si > 0) {
      std::vector<std::string_view> head;
      for (std::uint32_t k = toks.sentences[sentenceOf(q.content.start)].firstToken; k < toks.tokens.size() && head.size() < 2; ++k) {
        const Token& t = toks.tokens[k];
        if (t.span.start < q.content.start) continue;
        if (t.span.start >= q.content.end) break;
        if (lex::isWord(t)) head.push_back(t.text);
      }
      const bool anaphoric =
          !head.empty() && (lex::ieq(head[0], "they") || lex::ieq(head[0], "both") ||
                            (head.size() == 2 && lex::ieq(head[0], "the") &&
                             (lex::ieq(head[1], "two") || lex::ieq(head[1], "three") || lex::ieq(head[1], "four") ||
                              lex::ieq(head[1], "ministers") || lex::ieq(head[1], "leaders") || lex::ieq(head[1], "officials"))));
      if (anaphoric) {
        const auto venuesIn = [&](std::size_t sentence, std::optional<LinkType> type) -> std::optional<LinkType> {
          std::optional<LinkType> found;
          const Span sp = toks.sentences[sentence].span;
          for (const Link& l : doc.links) {
            if (l.type != LinkType::Meeting && l.type != LinkType::Visit && l.type != LinkType::Exercise) continue;
            if (type && l.type != *type) continue;
            if (l.trigger.start < sp.start || l.trigger.end > sp.end || l.to.place == kNone) continue;
            addUnique(q.saidAt, l.to.place);
            found = l.type;
          }
          return found;
        };
        if (const auto type = venuesIn(si - 1, std::nullopt); type && si + 1 < toks.sentences.size()) venuesIn(si + 1, type);
      }
    }
    // 3. The dateline.
    if (q.saidAt.empty() && doc.meta.datelinePlace != kNone) addUnique(q.saidAt, doc.meta.datelinePlace);
    // A statement made at an explicit place by a known, drawable actor is a link too.
    const bool media = q.speaker != kNone && doc.actors[static_cast<std::size_t>(q.speaker)].kind == ActorKind::Media;
    if (q.speaker != kNone && !media && !q.saidAt.empty() && q.saidAt.front() != doc.meta.datelinePlace) {
      Link l;
      l.type = LinkType::Statement;
      l.from.actor = q.speaker;
      l.to.place = q.saidAt.front();
      // An actor speaking at home (a ministry in its own capital) draws no arc.
      const Id fromPlace = endpointPlace(doc, l.from);
      if (fromPlace == kNone || fromPlace == l.to.place) continue;
      const Place& fp = doc.places[static_cast<std::size_t>(fromPlace)];
      const Place& tp = doc.places[static_cast<std::size_t>(l.to.place)];
      if (std::abs(fp.anchorLat - tp.anchorLat) < 0.25 && std::abs(fp.anchorLon - tp.anchorLon) < 0.25) continue;
      l.trigger = q.cue.value_or(q.content);
      l.sentence = s.span;
      l.label = "statement";
      doc.links.push_back(std::move(l));
    }
  }
}

}  // namespace wiremap::extract
