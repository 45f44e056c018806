// Typed links from trigger words and the place/actor mentions around them, and the place
// association of quotes. Token-based; no regex and no per-token allocation.
#include "extract/links.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/quote_lexicon.hpp"

namespace wiremap::extract {
namespace {

// A place or actor mention with what it refers to; code-point span.
struct Mention {
  Span span;
  Id place = kNone;
  Id actor = kNone;
};

struct Trigger {
  LinkType type = LinkType::Other;
  int extra = 0;  // extra tokens the trigger covers after the first ("held talks" -> 1)
};

bool startsWith(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// The link type a (lower-cased) word triggers, Other when none.
LinkType triggerType(std::string_view l) {
  if (l == "met" || l == "meet" || l == "meets" || l == "meeting" || l == "meetings" || l == "summit" ||
      l == "summits" || l == "talks")
    return LinkType::Meeting;
  if (l == "visit" || l == "visits" || l == "visited" || l == "visiting" || l == "trip" || l == "arrived" ||
      l == "arrives" || l == "arrive" || l == "toured" || l == "tour")
    return LinkType::Visit;
  if (startsWith(l, "deploy") || startsWith(l, "dispatch") || l == "send" || l == "sends" || l == "sent" ||
      l == "sending" || l == "stationed")
    return LinkType::Deployment;
  if (l == "drill" || l == "drills" || l == "exercise" || l == "exercises" || l == "manoeuvres" || l == "maneuvers" ||
      l == "wargames")
    return LinkType::Exercise;
  if (l == "pact" || l == "alliance" || l == "treaty" || l == "agreed" || l == "accord" || l == "agreement" ||
      l == "allies" || l == "partnership")
    return LinkType::Alliance;
  if (l == "war" || startsWith(l, "attack") || l == "strike" || l == "strikes" || l == "invasion" ||
      startsWith(l, "invade") || l == "offensive" || l == "shelling" || l == "airstrike" || l == "airstrikes" ||
      l == "bombed" || l == "bombing")
    return LinkType::Conflict;
  if (l == "deterrence" || l == "deter" || l == "deterrent") return LinkType::Deterrence;
  return LinkType::Other;
}

bool isForceNoun(std::string_view l) {
  static constexpr std::string_view kForces[] = {"troops", "soldiers", "forces", "engineers", "builders", "workers",
                                                 "personnel", "bomber", "bombers", "warships", "jets", "missiles",
                                                 "weapons", "units", "battalion", "brigade", "marines", "advisers",
                                                 "fighters", "aircraft", "ships", "submarine", "carrier"};
  for (std::string_view f : kForces)
    if (l == f) return true;
  return false;
}

class LinkFinder {
 public:
  LinkFinder(const Document& doc, const Tokenized& toks) : doc_(doc), toks_(toks) {
    for (std::size_t p = 0; p < doc.places.size(); ++p)
      for (const PlaceMention& m : doc.places[p].mentions) mentions_.push_back({m.span, static_cast<Id>(p), kNone});
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
      if (doc.actors[a].metadataOnly) continue;
      for (const Span& m : doc.actors[a].mentions) {
        bool merged = false;
        for (Mention& x : mentions_)
          if (x.span.overlaps(m) && x.actor == kNone) {
            x.actor = static_cast<Id>(a);
            merged = true;
          }
        if (!merged) mentions_.push_back({m, doc.actors[a].place, static_cast<Id>(a)});
      }
    }
    // Country actors carry their place.
    for (Mention& x : mentions_)
      if (x.actor != kNone && x.place == kNone) x.place = doc.actors[static_cast<std::size_t>(x.actor)].place;
    std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  }

  std::vector<Link> run() {
    std::vector<Link> out;
    if (mentions_.empty()) return out;
    const auto& tk = toks_.tokens;
    for (const Sentence& s : toks_.sentences) {
      // Mentions in this sentence.
      const auto lo = std::lower_bound(mentions_.begin(), mentions_.end(), s.span.start,
                                       [](const Mention& m, std::uint32_t cp) { return m.span.start < cp; });
      auto hi = lo;
      while (hi != mentions_.end() && hi->span.start < s.span.end) ++hi;
      if (lo == hi) continue;
      bool usedType[9] = {};
      for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
        const Token& t = tk[i];
        if (!lex::isWord(t)) continue;
        char buf[lex::kMaxWord];
        const std::string_view l = lex::lower(t.text, buf);
        if (l.empty()) continue;
        LinkType type = triggerType(l);
        if (type == LinkType::Other) continue;
        if (l == "talks" && !(i > s.firstToken && lex::ieq(tk[i - 1].text, "held"))) continue;
        std::string label;
        if (type == LinkType::Deployment) {
          // "send" needs forces nearby; every deployment gets the forces as its label.
          for (std::uint32_t k = i > s.firstToken + 6 ? i - 6 : s.firstToken; k < s.endToken && k < i + 8; ++k) {
            char b2[lex::kMaxWord];
            const std::string_view l2 = lex::lower(tk[k].text, b2);
            if (isForceNoun(l2)) {
              label = std::string(l2);
              break;
            }
          }
          if (label.empty() && startsWith(l, "sen")) continue;
          if (label.empty()) label = "deployment";
        }
        const auto idx = static_cast<std::size_t>(type);
        if (usedType[idx] && type != LinkType::Deployment) continue;
        Link link;
        link.type = type;
        link.trigger = t.span;
        link.sentence = s.span;
        // "held (an annual) meeting", "held talks": the trigger starts at "held".
        for (std::uint32_t k = i > s.firstToken + 3 ? i - 3 : s.firstToken; k < i; ++k)
          if (lex::ieq(tk[k].text, "held")) {
            link.trigger.start = tk[k].span.start;
            break;
          }
        for (std::uint32_t k = i > s.firstToken + 3 ? i - 3 : s.firstToken; k < i; ++k)
          if (lex::isHedge(tk[k].text)) link.hypothetical = true;
        if (!fillEndpoints(link, lo, hi, s, i)) continue;
        link.directed = type != LinkType::Meeting && type != LinkType::Alliance && type != LinkType::Exercise;
        link.label = label.empty() ? defaultLabel(type) : label;
        usedType[idx] = true;
        out.push_back(std::move(link));
      }
    }
    return out;
  }

 private:
  const Document& doc_;
  const Tokenized& toks_;
  std::vector<Mention> mentions_;

  static std::string defaultLabel(LinkType t) {
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

  static Endpoint endpointOf(const Mention& m) { return {m.actor, m.place}; }

  // The word right before a mention ("to", "in", "against").
  std::string_view wordBefore(const Mention& m, const Sentence& s) const {
    const auto& tk = toks_.tokens;
    std::string_view prev;
    for (std::uint32_t k = s.firstToken; k < s.endToken && tk[k].span.end <= m.span.start; ++k)
      if (lex::isWord(tk[k]) && !tk[k].has(kPossessive)) prev = tk[k].text;
    return prev;
  }

  bool fillEndpoints(Link& link, std::vector<Mention>::const_iterator lo, std::vector<Mention>::const_iterator hi,
                     const Sentence& s, std::uint32_t trig) const {
    const std::uint32_t at = toks_.tokens[trig].span.start;
    const Mention* before = nullptr;  // nearest mention before the trigger
    const Mention* firstBefore = nullptr;
    const Mention* after = nullptr;   // preferred mention after the trigger
    for (auto it = lo; it != hi; ++it) {
      if (it->span.end <= at) {
        before = &*it;
        if (!firstBefore) firstBefore = &*it;
        continue;
      }
      if (it->span.start < at) continue;
      const std::string_view w = wordBefore(*it, s);
      const bool marked = lex::ieq(w, "to") || lex::ieq(w, "in") || lex::ieq(w, "into") || lex::ieq(w, "against") ||
                          lex::ieq(w, "on") || lex::ieq(w, "at") || lex::ieq(w, "toward") || lex::ieq(w, "towards");
      if (!after) {
        after = &*it;
        if (!marked) continue;
      }
      // A more specific place right after the chosen one ("Russia's Kursk region").
      if (after && it->span.start >= after->span.end && it->span.start <= after->span.end + 20 && it->place != kNone &&
          after->place != kNone) {
        const Place& a = doc_.places[static_cast<std::size_t>(after->place)];
        const Place& b = doc_.places[static_cast<std::size_t>(it->place)];
        if (a.kind == PlaceKind::Country && b.kind != PlaceKind::Country) after = &*it;
      }
    }
    const bool fromSubject = link.type == LinkType::Meeting || link.type == LinkType::Exercise ||
                             link.type == LinkType::Alliance;
    if (fromSubject && firstBefore) before = firstBefore;
    if (before) link.from = endpointOf(*before);
    if (after) link.to = endpointOf(*after);
    if (!after && before && fromSubject) {
      // "the two countries ... a pact": the first two distinct mentions.
      for (auto it = lo; it != hi; ++it)
        if (&*it != before && (it->place != before->place || it->actor != before->actor) && it->span.end <= at) {
          link.to = endpointOf(*it);
          break;
        }
    }
    const bool hasFrom = link.from.actor != kNone || link.from.place != kNone;
    const bool hasTo = link.to.actor != kNone || link.to.place != kNone;
    if (hasFrom && hasTo && link.from.actor == link.to.actor && link.from.place == link.to.place) return false;
    return hasFrom || hasTo;
  }
};

}  // namespace

std::vector<Link> findLinks(const Document& doc, const Tokenized& toks) {
  LinkFinder f(doc, toks);
  return f.run();
}

void associatePlaces(Document& doc, const Tokenized& toks) {
  // Place mentions, sorted by start.
  struct PM {
    Span span;
    Id place;
  };
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
    for (const PM& m : pms)
      if (m.span.start >= q.content.start && m.span.end <= q.content.end) addUnique(q.about, m.place);
    if (q.continues != kNone && static_cast<std::size_t>(q.continues) < qi) {
      q.saidAt = doc.quotes[static_cast<std::size_t>(q.continues)].saidAt;
      continue;
    }
    if (toks.sentences.empty()) continue;
    const std::uint32_t anchor = q.cue ? q.cue->start : q.content.start;
    const std::size_t si = sentenceOf(anchor);
    const Sentence& s = toks.sentences[si];
    // 1. A place in the quote's own sentence, outside the content, after "in"/"at".
    for (const PM& m : pms) {
      if (m.span.start < s.span.start || m.span.end > s.span.end || q.content.overlaps(m.span)) continue;
      std::string_view prev;
      for (std::uint32_t k = s.firstToken; k < s.endToken && toks.tokens[k].span.end <= m.span.start; ++k)
        if (lex::isWord(toks.tokens[k])) prev = toks.tokens[k].text;
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
    }
    // 3. The dateline.
    if (q.saidAt.empty() && doc.meta.datelinePlace != kNone) addUnique(q.saidAt, doc.meta.datelinePlace);
    // A statement made at an explicit place by a known actor is a link too.
    if (q.speaker != kNone && !q.saidAt.empty() && q.saidAt.front() != doc.meta.datelinePlace) {
      Link l;
      l.type = LinkType::Statement;
      l.from.actor = q.speaker;
      l.to.place = q.saidAt.front();
      l.trigger = q.cue.value_or(q.content);
      l.sentence = s.span;
      l.label = "statement";
      doc.links.push_back(std::move(l));
    }
  }
}

}  // namespace wiremap::extract
