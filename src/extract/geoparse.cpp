// Toponym recognition and resolution over the memory-mapped gazetteer.
//
// Recognition: capitalised token n-grams (up to kMaxNgram tokens, with lower-case connectors
// such as "of" inside) matched longest-first against the gazetteer's folded names, plus the
// NER's LOC entities; filters reject person names, organisations and common words.
// Resolution: each mention's candidates are scored by kind and population priors, the
// countries and admin-1 regions the document is about (votes from its other mentions),
// "Place, Qualifier" patterns, cues such as "X region", and proximity to other places.
#include "extract/geoparse.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.hpp"

namespace wiremap::extract {
namespace {

constexpr int kMaxNgram = 6;
constexpr std::size_t kMaxCandidates = 24;
constexpr std::ptrdiff_t kProximityWindow = 40;  ///< local places considered on each side, in text order  ///< postings scored per mention (best-first order)

template <std::size_t N>
bool inList(std::string_view w, const std::array<std::string_view, N>& list) {
  for (auto s : list)
    if (s == w) return true;
  return false;
}

// Folded (lower-case) word lists; all our own.
constexpr std::array<std::string_view, 12> kConnectors = {"of", "and", "de", "la", "del", "da", "du", "upon",
                                                          "on", "the", "al", "el"};
constexpr std::array<std::string_view, 58> kTitles = {
    "mr", "mrs", "ms", "miss", "dr", "president", "gen", "general", "sen", "senator", "rep", "gov", "governor",
    "minister", "secretary", "chairman", "judge", "justice", "coach", "rev", "reverend", "lt", "col", "capt",
    "captain", "sgt", "officer", "professor", "prof", "spokesman", "spokeswoman", "pope", "king", "queen",
    "prince", "princess", "lord", "sir", "dame", "mayor", "chancellor", "premier", "commissioner", "director",
    "attorney", "sheriff", "deputy", "chief", "adm", "admiral", "maj", "major", "cpl", "pvt", "st", "brother",
    "sister", "father"};
// Capitalised words that may precede a place without being part of a name with it.
constexpr std::array<std::string_view, 70> kFreePrev = {
    "the", "in", "at", "on", "from", "to", "for", "with", "by", "and", "but", "or", "as", "of", "after", "before",
    "during", "when", "while", "if", "since", "until", "across", "near", "outside", "inside", "into", "over",
    "under", "between", "both", "only", "even", "also", "according", "like", "unlike", "throughout", "within",
    "without", "around", "against", "through", "via", "than", "then", "this", "that", "these", "those", "a", "an",
    "some", "many", "most", "all", "several", "other", "meanwhile", "however", "yet", "so", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western"};
// Words after a place that make it part of an organisation or work name.
// (Places inside institution names, "Dublin City Council", "Oxford Police", stay places: the
// corpora annotate them.)
constexpr std::array<std::string_view, 22> kOrgNext = {
    "post", "times", "tech", "herald", "journal", "daily", "tribune", "news", "airlines", "airways", "fc",
    "united", "senators", "capitals", "nationals", "rangers", "giants", "stars", "bulletin", "gazette",
    "observer", "telegraph"};
// Capitalised words after a town that keep it a place ("Columbus Police Department").
constexpr std::array<std::string_view, 32> kInstitution = {
    "city", "council", "police", "department", "public", "library", "board", "historical", "community",
    "convention", "mayor", "school", "schools", "high", "university", "college", "fire", "township", "area",
    "metro", "regional", "chamber", "hospital", "medical", "airport", "zoo", "museum", "sheriff", "municipal",
    "town", "village", "county"};
// Words after a place that show it is a place ("Kursk region", "Gyeonggi Province").
constexpr std::array<std::string_view, 12> kAdminCue = {"region", "province", "oblast", "state", "county",
                                                         "prefecture", "district", "territory", "governorate",
                                                         "krai", "republic", "department"};
constexpr std::array<std::string_view, 16> kLocPrep = {"in", "at", "from", "near", "to", "outside", "across",
                                                       "into", "towards", "toward", "around", "throughout",
                                                       "via", "between", "visited", "visit"};
// Verbs after a place name that make it stand for its government ("Seoul said").
constexpr std::array<std::string_view, 30> kMetonymVerbs = {
    "said", "says", "say", "told", "agreed", "agree", "announced", "warned", "accused", "urged", "called",
    "demanded", "denied", "rejected", "claimed", "insisted", "threatened", "vowed", "signed", "decided",
    "wants", "wanted", "has", "have", "had", "will", "would", "responded", "condemned", "imposed"};
constexpr std::array<std::string_view, 9> kDirections = {"north", "south", "east", "west", "central",
                                                         "northern", "southern", "eastern", "western"};
constexpr std::array<std::string_view, 27> kNonPlaceWords = {"march", "may", "we", "he", "she", "they", "it", "you",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "april", "june", "july", "august", "september", "october", "november", "december", "god", "christmas"};

// Capitalised words after a name that make it a physical feature ("Tumen River", "Salinas Valley"):
// a town of the same name is not meant.
constexpr std::array<std::string_view, 18> kFeatureNext = {
    "river", "creek", "lake", "lakes", "mountain", "mountains", "mount", "strait", "sea", "bay", "valley",
    "canyon", "peninsula", "gulf", "island", "islands", "falls", "basin"};

bool isAdmin2(const GazetteerEntry& e) {
  return e.kind == static_cast<std::uint8_t>(PlaceKind::Other) && e.rank == kRankAdmin2;
}
/// Places resolved at town or county level (the document's local geography).
bool isLocal(const GazetteerEntry& e) { return e.kind == static_cast<std::uint8_t>(PlaceKind::City) || isAdmin2(e); }

struct TokInfo {
  std::string fold;  // folded text ("" when not foldable)
  bool cap = false;  // capitalised or all caps
};

struct Mention {
  std::uint32_t firstTok = 0, endTok = 0;  // [firstTok, endTok)
  Span span;
  std::span<const std::uint32_t> postings;
  std::uint32_t keyFlags = 0;
  bool demonym = false;     // every posting is a demonym
  bool ner = false;         // an NER LOC entity agrees
  bool locCue = false;      // a locative preposition, qualifier or admin cue
  bool adminCue = false;    // "X region", "X Province"
  bool metonymic = false;
  bool county = false;      // "X County": a second-level division the gazetteer does not hold
  bool abbrevDot = false;   // written as an abbreviation with its period: only abbreviation postings apply
  std::int32_t qualifier = -1;  // entry index of a "X, Qualifier" country/admin-1
  std::int32_t choice = -1;     // chosen entry
  double choiceScore = 0;
  std::vector<PlaceCandidate> cands;
};

bool isKind(const GazetteerEntry& e, PlaceKind k) { return e.kind == static_cast<std::uint8_t>(k); }
/// Whether posting `p` may be a referent of mention `m`.
bool usable(const Mention& m, std::uint32_t p) { return !m.abbrevDot || (p & kPostingAbbrev) != 0; }

class Geoparser {
 public:
  Geoparser(const Document& doc, const Tokenized& toks, const Gazetteer& gaz) : doc_(doc), toks_(toks), gaz_(gaz) {}

  std::vector<Place> run() {
    prepare();
    recognise();
    filter();
    resolve();
    return group();
  }

 private:
  const Document& doc_;
  const Tokenized& toks_;
  const Gazetteer& gaz_;
  std::vector<TokInfo> info_;
  std::vector<Mention> mentions_;
  std::vector<EntityType> entityAt_;  // per token: type of an entity covering it
  std::vector<std::uint8_t> hasEntity_;
  std::string scratch_;

  std::string_view tokText(std::uint32_t i) const { return toks_.tokens[i].text; }
  const std::string& f(std::uint32_t i) const { return info_[i].fold; }
  bool sentenceStart(std::uint32_t i) const {
    if (toks_.tokens[i].has(kSentenceStart)) return true;
    // after an opening quote or bracket at sentence start
    return i > 0 && toks_.tokens[i - 1].has(kSentenceStart) && toks_.tokens[i - 1].has(kPunct);
  }

  void prepare() {
    const auto& T = toks_.tokens;
    info_.resize(T.size());
    for (std::uint32_t i = 0; i < T.size(); ++i) {
      if (!foldName(T[i].text, info_[i].fold)) info_[i].fold.clear();
      info_[i].cap = T[i].has(kCapitalised) || T[i].has(kAllCaps);
    }
    entityAt_.assign(T.size(), EntityType::MISC);
    hasEntity_.assign(T.size(), 0);
    // Entities and tokens are both in text order.
    std::uint32_t t = 0;
    for (const Entity& e : doc_.entities) {
      while (t < T.size() && T[t].span.end <= e.span.start) ++t;
      for (std::uint32_t k = t; k < T.size() && T[k].span.start < e.span.end; ++k) {
        entityAt_[k] = e.type;
        hasEntity_[k] = 1;
      }
    }
  }

  bool joinable(std::uint32_t i) const {
    // token i may sit inside an n-gram (not at its ends)
    const Token& t = toks_.tokens[i];
    if (info_[i].cap) return true;
    if (inList(f(i), kConnectors)) return true;
    return t.text == "-" || t.text == "&";
  }

  void recognise() {
    const auto& T = toks_.tokens;
    const std::uint32_t n = static_cast<std::uint32_t>(T.size());
    for (std::uint32_t i = 0; i < n;) {
      if (!info_[i].cap || f(i).empty()) {
        ++i;
        continue;
      }
      const std::uint32_t sentEnd = toks_.sentences.empty() ? n : toks_.sentences[T[i].sentence].endToken;
      if (recogniseCounty(i, sentEnd)) continue;
      std::uint32_t maxEnd = i + 1;
      while (maxEnd < sentEnd && maxEnd - i < kMaxNgram && joinable(maxEnd)) ++maxEnd;
      bool found = false;
      for (std::uint32_t end = maxEnd; end > i; --end) {
        if (!info_[end - 1].cap) continue;
        const std::size_t b0 = T[i].byteStart, b1 = T[end - 1].byteEnd;
        if (!foldName(std::string_view(doc_.text).substr(b0, b1 - b0), scratch_)) continue;
        auto m = gaz_.find(scratch_);
        if (!m.found()) continue;
        Mention mm;
        mm.firstTok = i;
        mm.endTok = end;
        mm.span = {T[i].span.start, T[end - 1].span.end};
        mm.postings = m.postings;
        mm.keyFlags = m.keyFlags;
        // "Ky" + "." split by the tokenizer: the abbreviation keeps its period. A short title-case
        // word that is also an abbreviation ("Man.", "Alta.", "Mo.") is then read as the abbreviation.
        if (end < n && T[end].text == "." && T[end].span.start == T[end - 1].span.end) {
          const bool allAbbrev = std::all_of(m.postings.begin(), m.postings.end(),
                                             [](std::uint32_t p) { return (p & kPostingAbbrev) != 0; });
          const bool anyAbbrev = std::any_of(m.postings.begin(), m.postings.end(),
                                             [](std::uint32_t p) { return (p & kPostingAbbrev) != 0; });
          if (allAbbrev || (anyAbbrev && end == i + 1 && !T[i].has(kAllCaps) && T[i].text.size() <= 4)) {
            mm.span.end = T[end].span.end;
            mm.abbrevDot = true;
          }
        }
        mm.demonym = std::all_of(m.postings.begin(), m.postings.end(),
                                 [](std::uint32_t p) { return (p & kPostingDemonym) != 0; });
        mentions_.push_back(mm);
        i = end;
        found = true;
        break;
      }
      if (!found) ++i;
    }
  }

  /// "Anderson County", "St. Mary Parish": 1-3 capitalised tokens and "County"/"Parish".
  bool recogniseCounty(std::uint32_t& i, std::uint32_t sentEnd) {
    const auto& T = toks_.tokens;
    std::uint32_t j = i;
    while (j < sentEnd && j - i < 3 && info_[j].cap && f(j) != "county" && f(j) != "parish" &&
           !inList(f(j), kFreePrev))
      ++j;
    if (j == i || j >= sentEnd || !(f(j) == "county" || f(j) == "parish") || !info_[j].cap) return false;
    // A county the gazetteer holds ("Butler County") is recognised as a name like any other.
    if (foldName(std::string_view(doc_.text).substr(T[i].byteStart, T[j].byteEnd - T[i].byteStart), scratch_) &&
        gaz_.find(scratch_).found())
      return false;
    Mention mm;
    mm.firstTok = i;
    mm.endTok = j + 1;
    mm.span = {T[i].span.start, T[j].span.end};
    const std::size_t b0 = T[i].byteStart, b1 = T[j - 1].byteEnd;
    if (foldName(std::string_view(doc_.text).substr(b0, b1 - b0), scratch_)) {
      auto m = gaz_.find(scratch_);
      mm.postings = m.postings;
    }
    mm.county = true;
    mm.locCue = true;
    mentions_.push_back(mm);
    i = j + 1;
    return true;
  }

  bool prevIsNamePart(std::uint32_t i) const {
    if (i == 0) return false;
    const std::uint32_t p = i - 1;
    if (toks_.tokens[p].sentence != toks_.tokens[i].sentence) return false;
    if (!info_[p].cap || f(p).empty()) return false;
    if (inList(f(p), kFreePrev)) return false;
    return true;
  }

  void filter() {
    const auto& T = toks_.tokens;
    std::unordered_set<std::string> personWords;  // folded words seen as parts of person names
    std::vector<std::uint8_t> keep(mentions_.size(), 1);
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      Mention& m = mentions_[k];
      if (m.county) continue;
      const std::uint32_t a = m.firstTok, e = m.endTok;
      const bool single = e - a == 1;
      bool strong = false;  // country, admin-1, continent, region, demonym, or a big city
      std::uint32_t maxPop = 0;
      bool abbrevOnly = true;
      for (std::uint32_t p : m.postings) {
        if (!usable(m, p)) continue;
        const auto& g = gaz_.entry(p & kPostingIndexMask);
        if (!(p & kPostingAbbrev)) abbrevOnly = false;
        if (!isKind(g, PlaceKind::City)) strong = true;
        maxPop = std::max(maxPop, g.population);
      }
      if (maxPop >= 100000) strong = true;
      // NER signal
      bool nerLoc = false, nerPer = false, nerOrgStart = false;
      if (hasEntity_[a]) {
        const EntityType t = entityAt_[a];
        nerLoc = t == EntityType::LOC;
        nerPer = t == EntityType::PER;
        nerOrgStart = t == EntityType::ORG;
      }
      m.ner = nerLoc;
      // cues
      const bool prevPrep = a > 0 && inList(f(a - 1), kLocPrep) && !info_[a - 1].cap;
      const bool prevPrepCap = a > 0 && inList(f(a - 1), kLocPrep);
      const bool prevComma = a > 1 && T[a - 1].text == "," && info_[a - 2].cap;
      const bool nextAdmin = e < T.size() && inList(f(e), kAdminCue);
      m.adminCue = nextAdmin;
      m.locCue = prevPrep || prevPrepCap || nextAdmin || prevComma || nerLoc;
      const bool prevTitle = a > 0 && inList(f(a - 1), kTitles) && info_[a - 1].cap;
      const bool prevName = prevIsNamePart(a) && !prevTitle;
      const bool nextCap = e < T.size() && T[e].sentence == T[a].sentence && info_[e].cap && !f(e).empty() &&
                           !T[e].has(kPossessive);
      const bool nextOrg = e < T.size() && inList(f(e), kOrgNext) && info_[e].cap;
      const bool atStart = sentenceStart(a);

      bool ok = true;
      if (single && inList(f(a), kNonPlaceWords)) ok = false;
      // "the South", "the West": directions alone are not places here.
      if (single && inList(f(a), kDirections)) ok = false;
      if (nerPer) ok = false;
      if (prevTitle) {
        ok = false;
        personWords.insert(f(a));
      }
      if (ok && nextOrg && !m.demonym) ok = false;
      // "Korea Coast Guard": part of an organisation's name.
      if (ok && nextCap && f(e) == "coast" && e + 1 < T.size() && f(e + 1) == "guard") ok = false;
      // "Tumen River", "Salinas Valley" when the gazetteer lacks the feature: not the town or region.
      if (ok && nextCap && inList(f(e), kFeatureNext)) {
        bool waterOnly = true;
        for (std::uint32_t p : m.postings)
          if (!isKind(gaz_.entry(p & kPostingIndexMask), PlaceKind::Water)) waterOnly = false;
        if (!waterOnly) ok = false;
      }
      if (ok && prevName) {
        // "Jack Kim", "Ed Davies": a surname. Directions and known places before are fine.
        ok = false;
        personWords.insert(f(e - 1));
      }
      bool cityOnly = true;
      for (std::uint32_t p : m.postings)
        if (!isKind(gaz_.entry(p & kPostingIndexMask), PlaceKind::City)) cityOnly = false;
      const bool nextInstitution = nextCap && inList(f(e), kInstitution);
      if (ok && nextCap && !nextInstitution && (!strong || (cityOnly && !m.locCue)) && !m.demonym &&
          !inList(f(e), kAdminCue)) {
        // "Kim Jong Un", "Chad Smith": a given name or the first part of another name.
        ok = false;
        personWords.insert(f(a));
      }
      if (ok && nextCap && (m.keyFlags & kKeyPersonName) && !nerLoc && !inList(f(e), kAdminCue) && !nextInstitution)
        ok = false;
      // a given name or surname alone, with no place cue: only a large city
      if (ok && single && cityOnly && (m.keyFlags & kKeyPersonName) && !m.locCue && !nerLoc && maxPop < 100000)
        ok = false;
      if (ok && single && (m.keyFlags & kKeyCommonWord) && !m.demonym) {
        // "March", "Reading", "Bath": only with a place cue, and never at sentence start.
        bool countryLike = false;
        for (std::uint32_t p : m.postings) {
          const auto& g = gaz_.entry(p & kPostingIndexMask);
          if (isKind(g, PlaceKind::Country) || isKind(g, PlaceKind::Continent)) countryLike = true;
        }
        // Mid-sentence capitals are proper nouns; a large place then needs no other cue.
        const bool bigMid = !atStart && maxPop >= 50000;
        if (!countryLike && !bigMid && (!m.locCue || (atStart && !nerLoc))) ok = false;
        if (!countryLike && atStart && !m.locCue && !nerLoc) ok = false;
        if (countryLike && atStart && !m.locCue && T[a].has(kLower)) ok = false;
      }
      if (ok && abbrevOnly) {
        // "Ky.", "US", "UK": accept only when written as the abbreviation (upper case / periods).
        const std::string_view raw = tokText(a);
        const bool looksAbbrev = T[a].has(kAllCaps) || raw.find('.') != std::string_view::npos || m.abbrevDot;
        if (!looksAbbrev) ok = false;
        // state abbreviations need a preceding "Place," unless they are country codes
        bool countryAbbrev = false;
        for (std::uint32_t p : m.postings) {
          const auto& g = gaz_.entry(p & kPostingIndexMask);
          if (!isKind(g, PlaceKind::Admin1)) countryAbbrev = true;
        }
        if (!countryAbbrev && !prevComma) ok = false;
      }
      if (ok && !strong && !m.locCue && !nerLoc) {
        // weak: a small town name without any cue
        if (maxPop < 5000 || atStart || (m.keyFlags & kKeyPersonName)) ok = false;
      }
      if (ok && !strong && atStart && !m.locCue && !nerLoc && maxPop < 50000) ok = false;
      if (ok && (m.keyFlags & kKeyPersonName) && !m.locCue && !nerLoc) {
        // a bare "Kim", "Jordan", "Paris" after the same word served as a person's name
        if (personWords.count(f(a))) ok = false;
        // "Kim said"
        if (ok && e < T.size() && inList(f(e), kMetonymVerbs) && !strong) ok = false;
      }
      // "a NATO battle group": an all-caps acronym the tagger reads as an organisation is not a small town
      // that happens to share its letters.
      if (ok && single && nerOrgStart && T[a].has(kAllCaps) && !strong && !m.locCue) ok = false;
      if (ok && !m.demonym && e < T.size() && inList(f(e), kMetonymVerbs)) m.metonymic = true;
      if (ok && a > 0 && e < T.size() && T[e].text == "and" && e + 2 < T.size()) {
        // "Seoul and Tokyo agreed": checked loosely on the next mention below
      }
      keep[k] = ok;
    }
    // Second pass: names later used as person names ("Kim" after "Kim Myung-soo").
    std::vector<Mention> kept;
    kept.reserve(mentions_.size());
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      Mention& m = mentions_[k];
      if (!keep[k]) continue;
      if (m.endTok - m.firstTok == 1 && personWords.count(f(m.firstTok)) && !m.locCue && !m.ner) {
        bool strongKind = false;
        for (std::uint32_t p : m.postings) {
          const auto& g = gaz_.entry(p & kPostingIndexMask);
          if (isKind(g, PlaceKind::Country) || isKind(g, PlaceKind::Continent)) strongKind = true;
        }
        if (!strongKind) continue;
      }
      kept.push_back(std::move(m));
    }
    mentions_ = std::move(kept);
    // Qualifiers: "Bangor, Maine", "Paris, Texas", "London, Ont.".
    for (std::size_t k = 0; k + 1 < mentions_.size(); ++k) {
      Mention& m = mentions_[k];
      const Mention& q = mentions_[k + 1];
      if (q.firstTok != m.endTok + 1 || toks_.tokens[m.endTok].text != ",") continue;
      for (std::uint32_t p : q.postings) {
        const auto idx = p & kPostingIndexMask;
        const auto& g = gaz_.entry(idx);
        if (isKind(g, PlaceKind::Admin1) || isKind(g, PlaceKind::Country)) {
          m.qualifier = static_cast<std::int32_t>(idx);
          break;
        }
      }
    }
  }

  double prior(const GazetteerEntry& g, std::uint32_t posting, const Mention& m, std::string& why) const {
    double s = 0;
    switch (static_cast<PlaceKind>(g.kind)) {
      case PlaceKind::Country:
        s = 20;
        why = "country";
        break;
      case PlaceKind::Continent:
        s = 21;
        why = "continent";
        break;
      case PlaceKind::Admin1:
        s = 15;
        why = "admin-1 region";
        break;
      case PlaceKind::Region:
      case PlaceKind::Water:
        s = 16;
        why = "region";
        break;
      case PlaceKind::Landmark:  // our own short list ("White House"): beats translated city names
        s = 17;
        why = "landmark";
        break;
      default: {
        if (isAdmin2(g)) {
          // a county: ranked among same-named counties by the population of its towns
          s = 13 + 0.5 * std::log10(double(g.population) + 10.0);
          why = "county";
          break;
        }
        s = 2.0 * std::log10(double(g.population) + 10.0);
        s += g.rank == 0 ? 4.0 : g.rank == 1 ? 1.5 : g.rank == 2 ? 0.5 : g.rank >= 6 ? -2.0 : 0.0;
        why = "population " + std::to_string(g.population);
        if (g.rank == 0) why += ", capital";
      }
    }
    if (posting & kPostingDemonym) {
      s += 1;
      why += ", demonym";
    }
    if (!isKind(g, PlaceKind::Country) && m.qualifier < 0 && !m.adminCue && namesCountry(m) &&
        (isKind(g, PlaceKind::City) || insideNamedCountry(g, m))) {
      s -= 8;  // "Mexico" is the country, not Mexico City or the State of Mexico inside it
      why += ", name of a country";
    }
    if (m.adminCue) {
      if (isKind(g, PlaceKind::Admin1)) {
        s += 6;
        why += ", 'region' cue";
      }
    }
    return s;
  }

  /// True when `g` lies inside a country the mention names ("Mexico": the State of Mexico; but
  /// not the US state for "Georgia").
  bool insideNamedCountry(const GazetteerEntry& g, const Mention& m) const {
    for (std::uint32_t p : m.postings) {
      const auto& c = gaz_.entry(p & kPostingIndexMask);
      if (!(p & kPostingDemonym) && isKind(c, PlaceKind::Country) && c.country[0] == g.country[0] &&
          c.country[1] == g.country[1])
        return true;
    }
    return false;
  }

  /// True when one of the mention's postings is a country (not as a demonym).
  bool namesCountry(const Mention& m) const {
    for (std::uint32_t p : m.postings)
      if (!(p & kPostingDemonym) && isKind(gaz_.entry(p & kPostingIndexMask), PlaceKind::Country)) return true;
    return false;
  }

  void resolve() {
    // Pass 1: priors only; collect document votes from the best candidates.
    std::unordered_map<std::uint16_t, double> countryVotes;
    std::unordered_map<std::int32_t, double> adminVotes;
    auto ccKey = [](const GazetteerEntry& g) -> std::uint16_t {
      return static_cast<std::uint16_t>((static_cast<unsigned char>(g.country[0]) << 8) |
                                        static_cast<unsigned char>(g.country[1]));
    };
    // One vote per distinct name (the first mention's choice): a name repeated ten times is no
    // more evidence for its own country than a name said once, and never votes for itself.
    struct Vote {
      std::int32_t choice;
      double w;
    };
    std::unordered_map<const std::uint32_t*, Vote> voted;
    std::string why;
    for (Mention& m : mentions_) {
      double best = -1e9;
      std::int32_t bestIdx = -1;
      std::size_t n = 0;
      for (std::uint32_t p : m.postings) {
        if (!usable(m, p)) continue;
        if (++n > kMaxCandidates) break;
        const auto idx = p & kPostingIndexMask;
        const auto& g = gaz_.entry(idx);
        double s = prior(g, p, m, why);
        if (m.qualifier >= 0) {
          const auto& q = gaz_.entry(static_cast<std::uint32_t>(m.qualifier));
          if ((isKind(q, PlaceKind::Admin1) && g.parent == m.qualifier) ||
              (isKind(q, PlaceKind::Country) && ccKey(q) == ccKey(g) && !isKind(g, PlaceKind::Country)))
            s += 10;
        }
        if (s > best) {
          best = s;
          bestIdx = static_cast<std::int32_t>(idx);
        }
      }
      m.choice = bestIdx;
      m.choiceScore = best;
      if (bestIdx < 0) continue;
      const auto& g = gaz_.entry(static_cast<std::uint32_t>(bestIdx));
      // Unambiguous mentions vote more.
      const double w = m.postings.size() == 1 ? 1.0 : 0.5;
      if (!voted.emplace(m.postings.data(), Vote{bestIdx, w}).second) continue;
      if (g.country[0]) countryVotes[ccKey(g)] += w;
      if (isKind(g, PlaceKind::Admin1)) adminVotes[bestIdx] += w;
      if (isLocal(g) && g.parent >= 0) adminVotes[g.parent] += 0.5 * w;
    }
    double totalVotes = 0;
    for (auto& [k, v] : countryVotes) totalVotes += v;
    // Points of the local places chosen in pass 1 (cities, admin-1), for proximity.
    struct Pt {
      double lat, lon;
      std::size_t mention;
    };
    std::vector<Pt> local;
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      const Mention& m = mentions_[k];
      if (m.choice < 0 || m.county) continue;
      const auto& g = gaz_.entry(static_cast<std::uint32_t>(m.choice));
      if (isLocal(g) || isKind(g, PlaceKind::Admin1)) local.push_back({g.lat, g.lon, k});
    }
    std::int32_t topAdmin = -1;
    double topAdminVotes = 0;
    for (auto& [idx, v] : adminVotes)
      if (v > topAdminVotes) {
        topAdminVotes = v;
        topAdmin = idx;
      }
    // Pass 2: rescore with document context.
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& m = mentions_[mi];
      std::vector<PlaceCandidate> cands;
      std::vector<std::uint32_t> candEntry;  // entry index of each of cands
      const auto ownIt = m.postings.empty() ? voted.end() : voted.find(m.postings.data());
      const Vote own = ownIt == voted.end() ? Vote{-1, 0.0} : ownIt->second;
      const GazetteerEntry* ownEntry = own.choice >= 0 ? &gaz_.entry(static_cast<std::uint32_t>(own.choice)) : nullptr;
      std::size_t n = 0;
      for (std::uint32_t p : m.postings) {
        if (!usable(m, p)) continue;
        if (++n > kMaxCandidates) break;
        const auto idx = p & kPostingIndexMask;
        const auto& g = gaz_.entry(idx);
        double s = prior(g, p, m, why);
        if (m.qualifier >= 0) {
          const auto& q = gaz_.entry(static_cast<std::uint32_t>(m.qualifier));
          if ((isKind(q, PlaceKind::Admin1) && g.parent == m.qualifier) ||
              (isKind(q, PlaceKind::Country) && ccKey(q) == ccKey(g) && !isKind(g, PlaceKind::Country))) {
            s += 10;
            why += ", qualified by " + std::string(gaz_.name(q));
          }
        }
        if (g.country[0] && totalVotes > 0 && !isKind(g, PlaceKind::Country)) {
          // votes from the other mentions (not this mention's own)
          double v = countryVotes.count(ccKey(g)) ? countryVotes[ccKey(g)] : 0.0;
          if (ownEntry && ownEntry->country[0] && ccKey(*ownEntry) == ccKey(g)) v -= own.w;
          const double others = std::max(0.0, totalVotes - (ownEntry && ownEntry->country[0] ? own.w : 0.0));
          if (v > 0 && others > 0) {
            const double share = v / others;
            double bonus = 6.0 * share + std::min(3.0, v * 0.75);
            if (isLocal(g)) bonus = std::min(bonus, 6.0);
            s += bonus;
            why += ", document country " + std::string(gaz_.countryCode(g));
          }
        }
        if (isLocal(g) && g.parent >= 0) {
          auto it = adminVotes.find(g.parent);
          if (it != adminVotes.end()) {
            double v = it->second;
            if (ownEntry && isKind(*ownEntry, PlaceKind::Admin1) && own.choice == g.parent) v -= own.w;
            if (ownEntry && isLocal(*ownEntry) && ownEntry->parent == g.parent) v -= 0.5 * own.w;
            if (v > 0) {
              s += 3.0 + std::min(2.0, v);
              why += ", in document region";
            }
          }
        }
        if (isLocal(g) && !local.empty()) {
          // the local places among the nearest kProximityWindow in text order (linear time)
          double best = 1e9;
          const auto mid = std::lower_bound(local.begin(), local.end(), mi,
                                            [](const Pt& q, std::size_t v) { return q.mention < v; });
          const auto lo = mid - std::min<std::ptrdiff_t>(kProximityWindow, mid - local.begin());
          const auto hi = mid + std::min<std::ptrdiff_t>(kProximityWindow, local.end() - mid);
          for (auto q = lo; q != hi; ++q)
            if (q->mention != mi) best = std::min(best, distanceKm(g.lat, g.lon, q->lat, q->lon));
          if (best < 500) {
            s += best < 50 ? 3.0 : best < 200 ? 2.0 : 1.0;
            why += ", near other places";
          }
        }
        if (m.county && !isKind(g, PlaceKind::City)) s -= 20;  // "X County" is not the state X
        PlaceCandidate c;
        c.name = std::string(gaz_.name(g));
        c.kind = static_cast<PlaceKind>(g.kind);
        c.countryCode = std::string(gaz_.countryCode(g));
        if (g.parent >= 0) c.admin1 = std::string(gaz_.name(gaz_.entry(static_cast<std::uint32_t>(g.parent))));
        c.lat = g.lat;
        c.lon = g.lon;
        c.geonameId = g.geonameId;
        c.population = g.population;
        c.score = s;
        c.why = why;
        cands.push_back(std::move(c));
        candEntry.push_back(idx);
      }
      // stable sort by score, keep the entry index alongside via parallel ordering
      std::vector<std::size_t> order(cands.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return cands[x].score > cands[y].score; });
      if (!order.empty()) {
        const std::size_t bestPos = order[0];
        m.choice = static_cast<std::int32_t>(candEntry[bestPos]);
        m.choiceScore = cands[bestPos].score;
      }
      m.cands.clear();
      for (std::size_t i = 0; i < order.size() && i < 5; ++i) m.cands.push_back(std::move(cands[order[i]]));
      if (m.county) {
        // Keep a same-named town only inside the document's main region; else use the region.
        const bool inTop = m.choice >= 0 && topAdmin >= 0 &&
                           gaz_.entry(static_cast<std::uint32_t>(m.choice)).parent == topAdmin;
        if (!inTop) {
          // the first local town of the document inside its main region, else the region
          m.choice = topAdmin;
          for (const Pt& q : local) {
            const auto& g = gaz_.entry(static_cast<std::uint32_t>(mentions_[q.mention].choice));
            if (isKind(g, PlaceKind::City) && g.parent == topAdmin && topAdmin >= 0) {
              m.choice = mentions_[q.mention].choice;
              break;
            }
          }
          m.cands.clear();
          if (topAdmin >= 0) {
            const auto& g = gaz_.entry(static_cast<std::uint32_t>(topAdmin));
            PlaceCandidate c;
            c.name = std::string(gaz_.name(g));
            c.kind = PlaceKind::Admin1;
            c.countryCode = std::string(gaz_.countryCode(g));
            c.lat = g.lat;
            c.lon = g.lon;
            c.score = 1;
            c.why = "county in the document's main region";
            m.cands.push_back(std::move(c));
          }
        }
      }
    }
  }

  std::vector<Place> group() {
    std::vector<Place> places;
    std::unordered_map<std::int32_t, std::size_t> byEntry;
    const double docLen = std::max<double>(1.0, doc_.offsets.size());
    std::unordered_map<std::string, std::size_t> byCounty;
    for (Mention& m : mentions_) {
      if (m.choice < 0 && !m.county) continue;
      std::unordered_map<std::int32_t, std::size_t>::iterator it;
      bool isNew = false;
      std::size_t at = 0;
      if (m.county) {
        foldName(doc_.slice(m.span), scratch_);
        auto c = byCounty.find(scratch_);
        isNew = c == byCounty.end();
        at = isNew ? places.size() : c->second;
        if (isNew) byCounty.emplace(scratch_, at);
      } else {
        it = byEntry.find(m.choice);
        isNew = it == byEntry.end();
        at = isNew ? places.size() : it->second;
        if (isNew) byEntry.emplace(m.choice, at);
      }
      if (isNew) {
        Place p;
        if (m.choice >= 0) {
          const auto& g = gaz_.entry(static_cast<std::uint32_t>(m.choice));
          p.name = std::string(gaz_.name(g));
          p.kind = static_cast<PlaceKind>(g.kind);
          p.countryCode = std::string(gaz_.countryCode(g));
          p.resolved = true;
          p.lat = g.lat;
          p.lon = g.lon;
          p.anchorLat = g.anchorLat;
          p.anchorLon = g.anchorLon;
          p.geonameId = g.geonameId;
          p.polygonId = std::string(gaz_.polygonId(g));
        }
        if (m.county) {
          // A county: its own name; the point is approximate (a town or its region).
          p.name = doc_.slice(m.span);
          p.kind = PlaceKind::Other;
          p.geonameId = 0;
          p.polygonId.clear();
        }
        p.candidates = std::move(m.cands);
        // earliness contributes to salience
        p.salience = 0.3 * (1.0 - m.span.start / docLen);
        places.push_back(std::move(p));
      }
      Place& p = places[at];
      PlaceMention pm;
      pm.span = m.span;
      pm.metonymic = m.metonymic;
      pm.demonym = m.demonym;
      p.mentions.push_back(pm);
    }
    double maxMentions = 1;
    for (const Place& p : places) maxMentions = std::max<double>(maxMentions, double(p.mentions.size()));
    for (Place& p : places) p.salience = std::min(1.0, p.salience + 0.7 * double(p.mentions.size()) / maxMentions);
    return places;
  }
};

}  // namespace

std::vector<Place> geoparse(const Document& doc, const Tokenized& toks, const Gazetteer& gaz) {
  return Geoparser(doc, toks, gaz).run();
}

}  // namespace wiremap::extract
