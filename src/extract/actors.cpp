#include "extract/actors.hpp"

#include "core/text.hpp"
#include "core/word_table.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace wiremap::extract {
namespace {

// Country references: lower-cased phrases (names, adjectives, demonyms, metonyms) -> ISO 3166-1
// alpha-2. Written for this project.
struct CountryRef {
  std::string_view phrase;
  std::string_view code;
};
constexpr std::array kCountryRefs = std::to_array<CountryRef>({
    {"u.s.", "US"}, {"us", "US"}, {"u.s", "US"}, {"usa", "US"}, {"united states", "US"}, {"america", "US"},
    {"american", "US"}, {"washington", "US"}, {"pentagon", "US"}, {"white house", "US"},
    {"state department", "US"}, {"south korea", "KR"}, {"south korean", "KR"}, {"republic of korea", "KR"},
    {"seoul", "KR"}, {"north korea", "KP"}, {"north korean", "KP"}, {"pyongyang", "KP"}, {"dprk", "KP"},
    {"japan", "JP"}, {"japanese", "JP"}, {"tokyo", "JP"}, {"china", "CN"}, {"chinese", "CN"},
    {"beijing", "CN"}, {"russia", "RU"}, {"russian", "RU"}, {"moscow", "RU"}, {"kremlin", "RU"},
    {"soviet", "RU"}, {"ukraine", "UA"}, {"ukrainian", "UA"}, {"kyiv", "UA"}, {"kiev", "UA"},
    {"britain", "GB"}, {"british", "GB"}, {"united kingdom", "GB"}, {"uk", "GB"}, {"u.k.", "GB"},
    {"england", "GB"}, {"english", "GB"}, {"scotland", "GB"}, {"scottish", "GB"}, {"downing street", "GB"},
    {"france", "FR"}, {"french", "FR"}, {"elysee", "FR"}, {"germany", "DE"}, {"german", "DE"},
    {"italy", "IT"}, {"italian", "IT"}, {"spain", "ES"}, {"spanish", "ES"}, {"portugal", "PT"},
    {"portuguese", "PT"}, {"netherlands", "NL"}, {"dutch", "NL"}, {"belgium", "BE"}, {"belgian", "BE"},
    {"switzerland", "CH"}, {"swiss", "CH"}, {"austria", "AT"}, {"austrian", "AT"}, {"poland", "PL"},
    {"polish", "PL"}, {"sweden", "SE"}, {"swedish", "SE"}, {"norway", "NO"}, {"norwegian", "NO"},
    {"denmark", "DK"}, {"danish", "DK"}, {"finland", "FI"}, {"finnish", "FI"}, {"greece", "GR"},
    {"greek", "GR"}, {"turkey", "TR"}, {"turkish", "TR"}, {"iran", "IR"}, {"iranian", "IR"}, {"iraq", "IQ"},
    {"iraqi", "IQ"}, {"syria", "SY"}, {"syrian", "SY"}, {"israel", "IL"}, {"israeli", "IL"},
    {"palestinian", "PS"}, {"egypt", "EG"}, {"egyptian", "EG"}, {"saudi arabia", "SA"}, {"saudi", "SA"},
    {"india", "IN"}, {"indian", "IN"}, {"pakistan", "PK"}, {"pakistani", "PK"}, {"afghanistan", "AF"},
    {"afghan", "AF"}, {"taiwan", "TW"}, {"taiwanese", "TW"}, {"vietnam", "VN"}, {"vietnamese", "VN"},
    {"philippines", "PH"}, {"philippine", "PH"}, {"filipino", "PH"}, {"indonesia", "ID"},
    {"indonesian", "ID"}, {"malaysia", "MY"}, {"malaysian", "MY"}, {"thailand", "TH"}, {"thai", "TH"},
    {"singapore", "SG"}, {"australia", "AU"}, {"australian", "AU"}, {"new zealand", "NZ"},
    {"canada", "CA"}, {"canadian", "CA"}, {"mexico", "MX"}, {"mexican", "MX"}, {"brazil", "BR"},
    {"brazilian", "BR"}, {"argentina", "AR"}, {"argentine", "AR"}, {"venezuela", "VE"},
    {"venezuelan", "VE"}, {"colombia", "CO"}, {"colombian", "CO"}, {"chile", "CL"}, {"chilean", "CL"},
    {"cuba", "CU"}, {"cuban", "CU"}, {"nigeria", "NG"}, {"nigerian", "NG"}, {"south africa", "ZA"},
    {"south african", "ZA"}, {"kenya", "KE"}, {"kenyan", "KE"}, {"ethiopia", "ET"}, {"ethiopian", "ET"},
    {"belarus", "BY"}, {"belarusian", "BY"}, {"serbia", "RS"}, {"serbian", "RS"}, {"hungary", "HU"},
    {"hungarian", "HU"}, {"romania", "RO"}, {"romanian", "RO"}, {"czech", "CZ"}, {"ireland", "IE"},
    {"irish", "IE"}, {"lebanon", "LB"}, {"lebanese", "LB"}, {"jordan", "JO"}, {"jordanian", "JO"},
    {"qatar", "QA"}, {"qatari", "QA"}, {"yemen", "YE"}, {"yemeni", "YE"}, {"libya", "LY"},
    {"libyan", "LY"}, {"mongolia", "MN"}, {"mongolian", "MN"}, {"georgia", "GE"}, {"georgian", "GE"},
    {"armenia", "AM"}, {"armenian", "AM"}, {"azerbaijan", "AZ"}, {"kazakhstan", "KZ"}, {"kazakh", "KZ"},
});
constexpr std::size_t kMaxCountryWords = 3;

// Media organisations (lower-cased), written for this project.
constexpr std::array<std::string_view, 26> kMedia = {
    "reuters", "ria", "ria novosti", "tass", "interfax", "xinhua", "yonhap", "kcna", "kyodo", "nhk",
    "afp", "ap", "associated press", "agence france-presse", "bloomberg", "bbc", "cnn", "al jazeera",
    "new york times", "washington post", "wall street journal", "financial times", "the guardian",
    "nikkei", "dpa", "efe"};

// Lower-case title words that may precede a name ("Kremlin spokesman Dmitry Peskov").
constexpr std::array<std::string_view, 40> kTitleWords = {
    "president", "minister", "secretary", "chairman", "chairwoman", "chair", "general", "gen.", "chief",
    "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "premier", "chancellor",
    "governor", "mayor", "senator", "sen.", "king", "queen", "prince", "admiral", "commander", "director",
    "head", "deputy", "adviser", "advisor", "official", "officer", "coach", "judge", "prosecutor",
    "colonel", "captain", "lieutenant", "staff"};

// Heads of organisation noun phrases ("the South's defence ministry").
constexpr std::array<std::string_view, 18> kOrgHeads = {
    "ministry", "agency", "service", "military", "government", "army", "navy", "department",
    "office", "council", "parliament", "police", "command", "forces", "embassy", "cabinet",
    "administration", "intelligence"};

bool eqNoCase(std::string_view a, std::string_view b) { return text::equalsIgnoreCase(a, b); }
template <class Array>
bool inList(const Array& list, std::string_view w) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view x) { return eqNoCase(x, w); });
}

// kCountryRefs by phrase; a phrase listed twice keeps its last code (as a scan would).
class CountryIndex {
 public:
  CountryIndex() {
    std::vector<std::pair<std::string_view, std::string_view>> phrases;
    std::vector<std::pair<std::string_view, bool>> firsts;
    for (const auto& c : kCountryRefs) {
      phrases.emplace_back(c.phrase, c.code);
      firsts.emplace_back(c.phrase.substr(0, c.phrase.find(' ')), true);
      maxLen_ = std::max(maxLen_, c.phrase.size());
    }
    map_ = text::WordTable<std::string_view>(phrases);
    firstWords_ = text::WordTable<bool>(firsts);
  }
  std::string_view find(std::string_view phrase) const {
    const std::string_view* code = map_.find(phrase);
    return code ? *code : std::string_view{};
  }
  /// Whether some phrase starts with this (lower-case) word.
  bool startsPhrase(std::string_view word) const { return firstWords_.find(word) != nullptr; }
  std::size_t maxLen() const { return maxLen_; }

 private:
  text::WordTable<std::string_view> map_;
  text::WordTable<bool> firstWords_;
  std::size_t maxLen_ = 0;
};
const CountryIndex& countryIndex() {
  static const CountryIndex kIndex;  // immutable after its thread-safe construction
  return kIndex;
}

/// Country code of the longest country reference starting at token t (words joined by one
/// space, "’" normalised); sets `words` to the number of tokens used. "" when none.
std::string_view countryAt(const Tokenized& toks, std::size_t t, std::size_t end, std::size_t& words) {
  const CountryIndex& index = countryIndex();
  char buf[64];
  std::size_t len = 0;
  std::string_view best;
  words = 0;
  for (std::size_t k = 0; k < kMaxCountryWords && t + k < end; ++k) {
    const Token& tok = toks.tokens[t + k];
    if (tok.has(kPunct) || tok.has(kPossessive)) break;
    // A phrase longer than every listed one can match nothing, now or with more words.
    if (len + (k ? 1 : 0) + tok.text.size() > std::min(sizeof buf, index.maxLen())) break;
    if (k) buf[len++] = ' ';
    for (char c : tok.text) buf[len++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (k == 0 && !index.startsPhrase(std::string_view(buf, len))) break;  // most tokens
    const std::string_view code = index.find(std::string_view(buf, len));
    if (!code.empty()) {
      best = code;
      words = k + 1;
    }
  }
  return best;
}

std::string_view countryIn(const Tokenized& toks, std::size_t first, std::size_t end) {
  for (std::size_t t = first; t < end; ++t) {
    std::size_t w = 0;
    const auto cc = countryAt(toks, t, end, w);
    if (!cc.empty()) return cc;
  }
  return {};
}

struct Mention {
  Span span;
  std::size_t first = 0, end = 0;  ///< tokens
  EntityType type = EntityType::PER;
};

std::size_t tokenAt(const Tokenized& toks, std::uint32_t cp) {
  auto it = std::lower_bound(toks.tokens.begin(), toks.tokens.end(), cp,
                             [](const Token& t, std::uint32_t c) { return t.span.end <= c; });
  return static_cast<std::size_t>(it - toks.tokens.begin());
}

/// The title written before a name ending just before token `first`, as token range.
std::pair<std::size_t, std::size_t> titleBefore(const Tokenized& toks, std::size_t first,
                                                const std::vector<char>& inEntity) {
  std::size_t b = first;
  const std::uint32_t sentence = first < toks.tokens.size() ? toks.tokens[first].sentence : 0;
  while (b > 0) {
    const Token& tok = toks.tokens[b - 1];
    if (tok.sentence != sentence) break;
    const bool ok = tok.has(kCapitalised) || tok.has(kAllCaps) || tok.has(kPossessive) ||
                    tok.text == "of" || tok.text == "the" || inList(kTitleWords, tok.text);
    if (!ok || tok.has(kQuoteMark) || (inEntity[b - 1] == 'P')) break;
    --b;
  }
  // Trim leading function words.
  while (b < first && (toks.tokens[b].text == "of" || eqNoCase(toks.tokens[b].text, "the") ||
                       toks.tokens[b].has(kPossessive)))
    ++b;
  bool hasTitleWord = false;
  for (std::size_t k = b; k < first; ++k) hasTitleWord |= inList(kTitleWords, toks.tokens[k].text) ||
                                                          toks.tokens[k].text == "Minister";
  if (!hasTitleWord) return {first, first};
  return {b, first};
}

}  // namespace

std::vector<Actor> buildActors(const Document& doc, const Tokenized& toks) {
  std::vector<Actor> actors;
  const std::size_t nt = toks.tokens.size();
  std::vector<char> inEntity(nt, 0);  // 'P' person, 'O' org, 'L' loc, 'M' misc
  std::vector<Mention> mentions;
  for (const Entity& e : doc.entities) {
    // "HALIFAX —": the dateline is a place, even when the tagger reads the capitals as an organisation.
    if (e.type != EntityType::PER && doc.meta.datelineSpan && e.span.overlaps(*doc.meta.datelineSpan)) continue;
    Mention m;
    m.span = e.span;
    m.type = e.type;
    m.first = tokenAt(toks, e.span.start);
    m.end = tokenAt(toks, e.span.end);
    if (m.first >= m.end) continue;
    for (std::size_t t = m.first; t < m.end && t < nt; ++t) inEntity[t] = "POLM"[static_cast<int>(e.type)];
    mentions.push_back(m);
  }
  const auto textOf = [&](const Mention& m) { return doc.slice(m.span); };

  // Byline and credits: reporters and editors.
  std::vector<std::string> metaNames = doc.meta.byline;
  metaNames.insert(metaNames.end(), doc.meta.editors.begin(), doc.meta.editors.end());
  const auto isCreditSentence = [&](std::size_t tok) {
    const Sentence& s = toks.sentences[toks.tokens[tok].sentence];
    for (std::size_t k = s.firstToken; k < s.endToken && k < tok; ++k) {
      const std::string_view w = toks.tokens[k].text;
      if (eqNoCase(w, "reporting") || eqNoCase(w, "editing") || eqNoCase(w, "writing") ||
          (k == s.firstToken && eqNoCase(w, "by")))
        return true;
    }
    return false;
  };
  for (const std::string& name : metaNames) {
    Actor a;
    a.name = name;
    a.kind = ActorKind::Person;
    a.metadataOnly = true;
    actors.push_back(std::move(a));
  }

  // Persons: full names first, then single-token mentions merged with a matching full name.
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return (mentions[a].end - mentions[a].first) > (mentions[b].end - mentions[b].first);
  });
  std::vector<Id> personOf(mentions.size(), kNone);
  for (std::size_t oi : order) {
    const Mention& m = mentions[oi];
    if (m.type != EntityType::PER) continue;
    const std::string name = textOf(m);
    Id found = kNone;
    for (std::size_t a = 0; a < actors.size() && found == kNone; ++a) {
      if (actors[a].kind != ActorKind::Person) continue;
      if (eqNoCase(actors[a].name, name)) found = static_cast<Id>(a);
    }
    if (found == kNone && m.end - m.first == 1) {
      // Surname (or East Asian family name) of a story actor's full name: nearest before, else after.
      Id before = kNone, after = kNone;
      for (std::size_t a = 0; a < actors.size(); ++a) {
        const Actor& act = actors[a];
        if (act.kind != ActorKind::Person || act.metadataOnly || act.mentions.empty()) continue;
        const std::string_view full = act.name;
        const auto sp = full.rfind(' ');
        if (sp == std::string_view::npos) continue;
        const bool last = full.substr(sp + 1) == name;
        const bool firstWord = full.substr(0, full.find(' ')) == name && act.name.find('-') != std::string::npos;
        if (!last && !firstWord) continue;
        const std::uint32_t firstMention = act.mentions.front().start;
        if (firstMention < m.span.start) before = static_cast<Id>(a);
        else if (after == kNone) after = static_cast<Id>(a);
      }
      found = before != kNone ? before : after;
    }
    if (found == kNone && isCreditSentence(m.first)) {
      Actor a;
      a.name = name;
      a.metadataOnly = true;
      actors.push_back(std::move(a));
      found = static_cast<Id>(actors.size() - 1);
    }
    if (found == kNone) {
      Actor a;
      a.name = name;
      a.kind = ActorKind::Person;
      actors.push_back(std::move(a));
      found = static_cast<Id>(actors.size() - 1);
    }
    Actor& act = actors[static_cast<std::size_t>(found)];
    act.mentions.push_back(m.span);
    std::sort(act.mentions.begin(), act.mentions.end());
    if (name.size() > act.name.size()) act.name = name;
    personOf[oi] = found;
    // Title and affiliation from the words written before the name.
    if (!act.metadataOnly) {
      const auto [tb, te] = titleBefore(toks, m.first, inEntity);
      if (te > tb && act.title.empty()) {
        const Span ts{toks.tokens[tb].span.start, toks.tokens[te - 1].span.end};
        act.title = doc.slice(ts);
        if (act.countryCode.empty()) act.countryCode = std::string(countryIn(toks, tb, te));
      }
    }
  }

  // Organisations and media from ORG entities, grouped by their text.
  for (const Mention& m : mentions) {
    if (m.type != EntityType::ORG) continue;
    const std::string name = textOf(m);
    Id found = kNone;
    for (std::size_t a = 0; a < actors.size(); ++a)
      if ((actors[a].kind == ActorKind::Organisation || actors[a].kind == ActorKind::Media) &&
          eqNoCase(actors[a].name, name))
        found = static_cast<Id>(a);
    if (found == kNone) {
      Actor a;
      a.name = name;
      a.kind = inList(kMedia, name) ? ActorKind::Media : ActorKind::Organisation;
      // "news agency RIA", "the Yonhap news agency"
      for (std::size_t k = m.first >= 2 ? m.first - 2 : 0; k < std::min(m.end + 2, nt); ++k)
        if ((k < m.first || k >= m.end) && eqNoCase(toks.tokens[k].text, "agency") && k > 0 &&
            eqNoCase(toks.tokens[k - 1].text, "news"))
          a.kind = ActorKind::Media;
      std::size_t w = 0;
      std::string_view cc = countryIn(toks, m.first, m.end);
      if (cc.empty() && m.first > 0) {
        // "Russian news agency RIA", "South Korea's Foreign Ministry"
        const std::size_t from = m.first >= 4 ? m.first - 4 : 0;
        for (std::size_t k = from; k < m.first && cc.empty(); ++k)
          if (toks.tokens[k].sentence == toks.tokens[m.first].sentence) cc = countryAt(toks, k, m.first, w);
      }
      a.countryCode = std::string(cc);
      actors.push_back(std::move(a));
      found = static_cast<Id>(actors.size() - 1);
    }
    actors[static_cast<std::size_t>(found)].mentions.push_back(m.span);
  }

  // Organisation noun phrases: "<country ref>['s] <modifiers> <ministry|agency|...>".
  const bool mentionsSouthKorea = countryIn(toks, 0, nt) == "KR" || doc.text.find("South Korea") != std::string::npos;
  const bool mentionsNorthKorea = doc.text.find("North Korea") != std::string::npos;
  for (std::size_t t = 0; t < nt; ++t) {
    std::size_t w = 0;
    std::string cc(countryAt(toks, t, nt, w));
    if (cc.empty() && (toks.tokens[t].text == "South" || toks.tokens[t].text == "North") && t + 1 < nt &&
        toks.tokens[t + 1].has(kPossessive) && t > 0 && eqNoCase(toks.tokens[t - 1].text, "the")) {
      // "the South's", "the North's" in Korea stories.
      if (toks.tokens[t].text == "South" && mentionsSouthKorea) cc = "KR", w = 1;
      if (toks.tokens[t].text == "North" && mentionsNorthKorea) cc = "KP", w = 1;
    }
    if (cc.empty()) continue;
    std::size_t k = t + w;
    const bool possessive = k < nt && toks.tokens[k].has(kPossessive);
    if (possessive) ++k;
    std::size_t head = k;
    bool foundHead = false;
    for (std::size_t q = k; q < nt && q < k + 3; ++q) {
      const Token& tok = toks.tokens[q];
      if (tok.has(kPunct) || tok.sentence != toks.tokens[t].sentence) break;
      if (inList(kOrgHeads, tok.text)) {
        head = q;
        foundHead = true;
        // Prefer the last head of a run ("intelligence service").
        if (q + 1 < nt && inList(kOrgHeads, toks.tokens[q + 1].text)) continue;
        break;
      }
      if (inEntity[q] == 'P') break;
    }
    if (!foundHead) continue;
    // Skip persons' titles ("Japanese Foreign Minister" is not caught: "minister" is no head).
    std::size_t start = t;
    if (start > 0 && eqNoCase(toks.tokens[start - 1].text, "the")) --start;
    const Span span{toks.tokens[start].span.start, toks.tokens[head].span.end};
    const std::string restWritten = doc.slice({toks.tokens[k].span.start, toks.tokens[head].span.end});
    const std::string rest = text::asciiLowered(restWritten);
    const bool korea = countryAt(toks, t, nt, w).empty();  // "the South's"
    const std::string canonical =
        (korea ? std::string(cc == "KR" ? "South Korea" : "North Korea") + std::string(toks.tokens[t + 1].text) + " " +
                     restWritten
               : doc.slice({toks.tokens[t].span.start, toks.tokens[head].span.end}));
    // Already an ORG entity overlapping? Attach the country there.
    Id found = kNone;
    for (std::size_t a = 0; a < actors.size() && found == kNone; ++a) {
      Actor& act = actors[a];
      if (act.kind != ActorKind::Organisation) continue;
      for (const Span& s : act.mentions)
        if (s.overlaps(span)) found = static_cast<Id>(a);
    }
    if (found == kNone) {
      for (std::size_t a = 0; a < actors.size() && found == kNone; ++a) {
        const Actor& act = actors[a];
        if (act.kind == ActorKind::Organisation && act.countryCode == cc && act.title == rest)
          found = static_cast<Id>(a);
      }
    }
    if (found == kNone) {
      Actor a;
      a.kind = ActorKind::Organisation;
      a.name = canonical;
      a.title = rest;  // the generic part, used to merge later mentions; cleared below
      actors.push_back(std::move(a));
      found = static_cast<Id>(actors.size() - 1);
    }
    Actor& act = actors[static_cast<std::size_t>(found)];
    if (act.countryCode.empty()) act.countryCode = cc;
    if (canonical.size() > act.name.size() && canonical.find(act.name) != std::string::npos) act.name = canonical;
    if (act.title.empty()) act.title = rest;
    const Span nameSpan{toks.tokens[t].span.start, toks.tokens[head].span.end};
    if (std::none_of(act.mentions.begin(), act.mentions.end(), [&](const Span& s) { return s.overlaps(nameSpan); }))
      act.mentions.push_back(nameSpan);
    t = head;
  }
  // "the defence ministry": the generic part of exactly one organisation found above.
  for (std::size_t t = 0; t + 1 < nt; ++t) {
    if (!eqNoCase(toks.tokens[t].text, "the")) continue;
    for (std::size_t h = t + 1; h < nt && h <= t + 3; ++h) {
      if (toks.tokens[h].has(kPunct)) break;
      if (!inList(kOrgHeads, toks.tokens[h].text)) continue;
      const Span s{toks.tokens[t + 1].span.start, toks.tokens[h].span.end};
      const std::string rest = text::asciiLowered(doc.slice(s));
      Id match = kNone;
      int count = 0;
      for (std::size_t a = 0; a < actors.size(); ++a)
        if (actors[a].kind == ActorKind::Organisation && actors[a].title == rest) match = static_cast<Id>(a), ++count;
      if (count != 1) break;
      Actor& act = actors[static_cast<std::size_t>(match)];
      const Span full{toks.tokens[t].span.start, toks.tokens[h].span.end};
      if (std::none_of(act.mentions.begin(), act.mentions.end(), [&](const Span& m) { return m.overlaps(full); }))
        act.mentions.push_back(s);
      break;
    }
  }
  // Organisation names without a title: clear the merge key kept in `title`.
  for (Actor& a : actors)
    if (a.kind == ActorKind::Organisation) a.title.clear();

  // Countries: from resolved places, else from LOC entities naming a known country.
  for (std::size_t p = 0; p < doc.places.size(); ++p) {
    const Place& pl = doc.places[p];
    if (pl.kind != PlaceKind::Country) continue;
    Actor a;
    a.kind = ActorKind::Country;
    a.name = pl.name;
    a.countryCode = pl.countryCode;
    a.place = static_cast<Id>(p);
    for (const auto& pm : pl.mentions) a.mentions.push_back(pm.span);
    actors.push_back(std::move(a));
  }
  if (doc.places.empty()) {
    for (const Mention& m : mentions) {
      if (m.type != EntityType::LOC) continue;
      std::size_t w = 0;
      const auto cc = countryAt(toks, m.first, m.end, w);
      if (cc.empty() || m.first + w != m.end) continue;
      auto it = std::find_if(actors.begin(), actors.end(),
                             [&](const Actor& a) { return a.kind == ActorKind::Country && a.countryCode == cc; });
      if (it == actors.end()) {
        Actor a;
        a.kind = ActorKind::Country;
        a.name = textOf(m);
        a.countryCode = std::string(cc);
        actors.push_back(std::move(a));
        it = actors.end() - 1;
      }
      it->mentions.push_back(m.span);
    }
  }
  // Metadata actors that never appeared as entities keep no mentions; persons keep sorted mentions.
  for (Actor& a : actors) std::sort(a.mentions.begin(), a.mentions.end());
  return actors;
}

}  // namespace wiremap::extract
