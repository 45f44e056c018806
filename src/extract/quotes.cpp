// Quote extraction: quotation-mark segments, reporting cues with their source noun phrase
// and content clause, paragraph-level merging of direct quotes, continuation and speaker
// resolution. The finder's parts are in quote_finder.hpp, quote_phrases.cpp and quote_cues.cpp;
// this file holds the segments, the speaker resolver and the run over the document.
#include "extract/quotes.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extract/given_names.hpp"
#include "extract/ingest.hpp"
#include "extract/quote_finder.hpp"

namespace wiremap::extract {
namespace quote_detail {

int QuoteFinder::markWidth(int i) const {
  // Two adjacent apostrophes or backticks are one double mark ('' or ``).
  if (i + 1 < n() && (w(i) == "'" || w(i) == "`") && w(i + 1) == w(i) && t(i + 1).span.start == t(i).span.end)
    return 2;
  return 1;
}

MarkKind QuoteFinder::markKind(int i) const {
  if (!t(i).has(kQuoteMark)) return MarkKind::None;
  const std::string_view s = w(i);
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB" || s == "\xE2\x80\x9E") return MarkKind::Open;    // “ « „
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB" || s == "\xE2\x80\x9F") return MarkKind::Close;  // ” » ‟
  if (s == "\"") return MarkKind::Either;
  if ((s == "'" || s == "`") && markWidth(i) == 2) return MarkKind::Either;
  return MarkKind::None;  // single marks: apostrophes and nested quotes are ignored
}

void QuoteFinder::findSegments() {
  segOf_.assign(tk_.size(), kNo);
  int open = kNo;  // token index of the current opening mark
  int nested = 0;  // curly marks opened inside a straight quotation and not yet closed
  const auto closeAt = [&](int last) {
    nested = 0;
    Segment sg;
    sg.first = open;
    sg.last = last;
    for (int k = open; k <= last; ++k)
      if (lex::isWord(t(k))) ++sg.words;
    const int id = static_cast<int>(segs_.size());
    for (int k = open; k <= last; ++k) segOf_[static_cast<std::size_t>(k)] = id;
    segs_.push_back(sg);
    open = kNo;
  };
  for (int i = 0; i < n(); ++i) {
    if (open != kNo && t(i).has(kParagraphStart)) {
      // An unclosed quote continues only when the new paragraph opens with a mark.
      const MarkKind k = markKind(i);
      if (k == MarkKind::Open || k == MarkKind::Either) {
        i += markWidth(i) - 1;
        continue;
      }
      closeAt(i - 1);
    }
    const MarkKind k = markKind(i);
    if (k == MarkKind::None) continue;
    const int width = markWidth(i);
    if (open == kNo) {
      if (k == MarkKind::Close) continue;  // stray closing mark
      // A straight mark glued to the previous word with a space after it closes nothing
      // and opens nothing ("the '90s" style noise).
      const int after = i + width;
      const bool gluedLeft = i > 0 && t(i - 1).span.end == t(i).span.start && lex::isWord(t(i - 1));
      const bool spacedRight = after >= n() || t(after).span.start > t(i + width - 1).span.end;
      if (k == MarkKind::Either && gluedLeft && spacedRight) {
        i += width - 1;
        continue;
      }
      open = i;
      i += width - 1;
    } else {
      // An opening mark typed for a closing one ('"Is it true?" he asked' with both marks
      // opening): glued to the end punctuation before it, with a space or the end after it.
      const bool typedForClose = k == MarkKind::Open && i > 0 && t(i - 1).span.end == t(i).span.start &&
                                 (w(i - 1) == "?" || w(i - 1) == "!" || w(i - 1) == "." || w(i - 1) == ",") &&
                                 (i + width >= n() || t(i + width).span.start > t(i + width - 1).span.end);
      if (k == MarkKind::Open && !typedForClose) {
        // A nested opening mark inside an outer straight one ('"It is not about “fair play”
        // anymore."') pairs with the next closing curly mark, which closes nothing outside.
        // A curly mark glued to the straight one ('"“You ...') only doubles it.
        if (markKind(open) == MarkKind::Either && i > open + markWidth(open)) ++nested;
        i += width - 1;
        continue;  // nested or repeated opening mark: keep the outer one
      }
      if (k == MarkKind::Close && nested > 0) {
        --nested;
        i += width - 1;
        continue;
      }
      closeAt(i + width - 1);
      i += width - 1;
    }
  }
  if (open != kNo) closeAt(n() - 1);
}

struct Resolver {
  const Document& doc;
  const Tokenized& toks;
  std::string lastPerson;  // most recent named (non-pronoun) person-like speaker
  std::string lastOther;   // most recent organisation-like speaker ("the ministry")
  Id lastPersonId = kNone;  // actors of the two above, when resolved
  Id lastOtherId = kNone;
  bool lastPersonUnresolved = false;  // the latest person speaker is a name no actor holds

  static bool nameLike(std::string_view s) {
    if (s.empty()) return false;
    const char c = s[0];
    return c >= 'A' && c <= 'Z' && s.find(' ') != std::string_view::npos;
  }
  /// A person's name as a source: capitalised words only ("Dorn", "Will Dorn"), not an
  /// acronym ("NATO"), a plural ("Officials", "Critics") or an organisation noun ("Police").
  static bool personName(std::string_view s) {
    if (s.empty() || s.size() > 40) return false;
    std::size_t words = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (i > 0 && s[i - 1] != ' ') continue;
      const char c = s[i];
      if (!(c >= 'A' && c <= 'Z')) return false;
      if (i + 1 < s.size() && s[i + 1] >= 'A' && s[i + 1] <= 'Z') return false;  // acronym
      ++words;
    }
    if (words == 1 && s.size() > 3 && s.back() == 's') return false;  // a plural opening the sentence
    for (std::string_view org : {"Police", "Government", "Staff", "Management", "Parliament", "Congress"})
      if (s == org) return false;
    return true;
  }
  static std::string_view lastWord(std::string_view s) {
    const auto p = s.find_last_of(' ');
    return p == std::string_view::npos ? s : s.substr(p + 1);
  }

  /// "Transportation Minister", "Premier": whether one of the title's words is `word`.
  static bool titleHasWord(std::string_view title, std::string_view word) {
    if (word.size() < 3) return false;
    std::size_t i = 0;
    while (i < title.size()) {
      const std::size_t e = std::min(title.find(' ', i), title.size());
      if (lex::ieq(title.substr(i, e - i), word)) return true;
      i = e + 1;
    }
    return false;
  }

  // Actor with a mention overlapping `src`, else kNone.
  Id actorAt(Span src) const {
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
      if (doc.actors[a].metadataOnly) continue;
      for (const Span& m : doc.actors[a].mentions)
        if (m.overlaps(src)) return static_cast<Id>(a);
    }
    return kNone;
  }
  // Most recent actor mentioned before `pos` that satisfies `pred`.
  template <class Pred>
  // Mentions inside `skip` (the quote's own words) do not count: '"Savage," she said' is not Savage.
  Id recentActor(std::uint32_t pos, Pred pred, Span skip = {}) const {
    Id best = kNone;
    std::uint32_t bestEnd = 0;
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
      const Actor& ac = doc.actors[a];
      if (ac.metadataOnly || ac.name.empty() || !pred(ac)) continue;
      for (const Span& m : ac.mentions)
        if (m.end <= pos && !(skip.end > skip.start && skip.start <= m.start && m.end <= skip.end) &&
            (best == kNone || m.end > bestEnd)) {
          best = static_cast<Id>(a);
          bestEnd = m.end;
        }
    }
    return best;
  }

  /// "Analysts in Seoul", "a spokesperson for the embassy in X": a common-noun head with a
  /// prepositional tail. Returns the head ("Analysts") or an empty view.
  static std::string_view commonNounHead(std::string_view src) {
    std::size_t cut = std::string_view::npos;
    for (std::string_view prep : {" in ", " for ", " at ", " from ", " with ", " of "}) cut = std::min(cut, src.find(prep));
    if (cut == std::string_view::npos || cut == 0) return {};
    const std::string_view head = src.substr(0, cut);
    std::size_t word = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
      if (i > 0 && head[i - 1] != ' ') continue;
      const auto c = static_cast<unsigned char>(head[i]);
      if (word > 0 && !(c >= 'a' && c <= 'z')) return {};  // "U.S. Chairman of ..." is a title, not a common noun
      ++word;
    }
    return word <= 3 ? head : std::string_view();
  }

  void resolve(Quote& q, std::string_view srcText, bool pronoun, bool person, bool determinerHead,
               std::optional<Span> nameAt = std::nullopt) {
    q.speakerName = std::string(srcText);
    bool genderMismatch = false;  // the previous speaker is of the other gender than "he"/"she" says
    // The name part of the source ("Critics" in "Critics, including owners on Main Street"):
    // an actor named only in an apposition is not the speaker.
    const Span nameSpan =
        nameAt     ? *nameAt
        : q.source ? Span{q.source->start,
                          std::min(q.source->end, q.source->start + static_cast<std::uint32_t>(utf8::length(srcText)))}
                   : Span{};
    if (!pronoun && q.source && actorAt(nameSpan) != kNone) {
      if (const std::string_view head = commonNounHead(srcText); !head.empty()) {
        // The actor named in the tail ("Seoul" in "Analysts in Seoul") is not the speaker.
        bool headIsActor = false;
        const Span headSpan{q.source->start, q.source->start + static_cast<std::uint32_t>(utf8::length(head))};
        for (const Actor& ac : doc.actors)
          for (const Span& m : ac.mentions) headIsActor |= !ac.metadataOnly && m.overlaps(headSpan);
        if (!headIsActor) {
          q.speakerName = std::string(head);
          return;
        }
      }
    }
    if (!doc.actors.empty() && q.source) {
      Id a = actorAt(nameSpan);
      // "she" is no man known as one, "he" no woman; a person of unknown gender may be either.
      const Gender said = pronoun && person ? pronounGender(srcText) : Gender::Unknown;
      const auto fits = [said](const Actor& ac) {
        return said == Gender::Unknown || ac.gender == Gender::Unknown || ac.gender == said;
      };
      // A pronoun continues the previous compatible speaker before any other antecedent.
      if (a == kNone && pronoun) a = person ? lastPersonId : lastOtherId;
      if (a != kNone && pronoun && !fits(doc.actors[static_cast<std::size_t>(a)])) {
        a = kNone;
        genderMismatch = true;
      }
      if (a == kNone && pronoun && (!(person && lastPersonUnresolved) || genderMismatch)) {
        a = person ? recentActor(
                         q.source->start, [&](const Actor& ac) { return ac.kind == ActorKind::Person && fits(ac); },
                         q.content)
                   : recentActor(q.source->start, [](const Actor& ac) { return ac.kind != ActorKind::Person; }, q.content);
      }
      if (a == kNone && determinerHead) {
        const std::string_view head = lastWord(srcText);
        a = recentActor(q.source->start, [&](const Actor& ac) {
          return ac.name.size() >= head.size() && lex::ieq(lastWord(ac.name), head);
        });
      }
      // "the premier told the crowd" after "Premier Nadia Okonkwo announced": "the" and a role noun
      // is the latest person whose title holds that word ("a judge", "its president", "the Granite
      // State" are not).
      if (a == kNone && determinerHead && srcText.size() > 4 && lex::ieq(srcText.substr(0, 4), "the ")) {
        const std::string_view head = lastWord(srcText);
        if (head[0] >= 'a' && head[0] <= 'z')
          a = recentActor(
              q.source->start,
              [&](const Actor& ac) { return ac.kind == ActorKind::Person && titleHasWord(ac.title, head); }, q.content);
      }
      // "The agency said" after "the Korea Coast Guard said": an organisation noun with a
      // determiner refers back to the previous non-person speaker, never to an actor named later.
      // "The premier's office said" names a new one.
      const bool possessive = srcText.find("'s ") != std::string_view::npos ||
                              srcText.find("\xE2\x80\x99s ") != std::string_view::npos;
      if (a == kNone && determinerHead && lastOtherId != kNone && !possessive) {
        static constexpr std::string_view kOrgNouns[] = {"agency", "ministry", "office", "department", "service", "government",
                                                         "company", "group", "organisation", "organization", "council",
                                                         "committee", "commission", "police", "army", "military", "embassy",
                                                         "authority", "authorities", "firm", "spokesman", "spokeswoman", "spokesperson"};
        const std::string_view head = lastWord(srcText);
        for (std::string_view n : kOrgNouns)
          if (lex::ieq(head, n)) a = lastOtherId;
      }
      if (a == kNone && !pronoun && !determinerHead) {
        const std::string_view last = lastWord(srcText);
        for (std::size_t k = 0; k < doc.actors.size(); ++k)
          if (!doc.actors[k].metadataOnly && lex::ieq(lastWord(doc.actors[k].name), last)) {
            a = static_cast<Id>(k);
            break;
          }
      }
      if (a != kNone && !doc.actors[static_cast<std::size_t>(a)].name.empty()) {
        q.speaker = a;
        q.speakerName = doc.actors[static_cast<std::size_t>(a)].name;
      }
    }
    if (q.speaker == kNone) {
      if (pronoun) {
        if (person && !lastPerson.empty() && !genderMismatch) q.speakerName = lastPerson;
        else if (!person && !lastOther.empty()) q.speakerName = lastOther;
      } else if (determinerHead && !lastOther.empty() && lex::ieq(lastWord(lastOther), lastWord(srcText))) {
        q.speakerName = lastOther;
      } else if (!determinerHead && !lastPerson.empty() && lex::ieq(lastWord(lastPerson), lastWord(srcText)) &&
                 lastPerson.size() > srcText.size()) {
        q.speakerName = lastPerson;
      }
    }
    if (!pronoun && q.speaker != kNone) {
      if (doc.actors[static_cast<std::size_t>(q.speaker)].kind == ActorKind::Person) {
        lastPersonId = q.speaker;
        lastPersonUnresolved = false;
      } else {
        lastOtherId = q.speaker;
      }
    }
    if (!pronoun && !determinerHead && q.speaker == kNone && personName(srcText)) {
      // "Dorn says ...", where Dorn is no actor: a later "he" is Dorn, not an earlier actor.
      lastPersonId = kNone;
      lastPerson = q.speakerName;
      lastPersonUnresolved = true;
    }
    if (!pronoun) {
      if (determinerHead) lastOther = q.speakerName;
      else if (nameLike(q.speakerName) || q.speaker != kNone) lastPerson = q.speakerName;
      if (q.speaker != kNone && doc.actors[static_cast<std::size_t>(q.speaker)].kind != ActorKind::Person)
        lastOther = q.speakerName;
    }
  }
};

std::vector<Quote> QuoteFinder::run() {
  findSegments();
  // The splitter ends a sentence after an abbreviation's period even when a comma follows
  // ("Ann Lee (D-Ohio.), who ..."): such a comma-led piece continues the sentence before it.
  std::vector<Sentence> sentences;
  sentences.reserve(toks_.sentences.size());
  for (const Sentence& s : toks_.sentences) {
    const int f = static_cast<int>(s.firstToken);
    if (!sentences.empty() && s.endToken > s.firstToken && sentences.back().paragraph == s.paragraph &&
        (w(f) == "," || w(f) == ";" || w(f) == ":") && !inQuote(f)) {
      sentences.back().endToken = s.endToken;
      sentences.back().span.end = s.span.end;
      continue;
    }
    // '"Why now?" he asked.', '"Who are they?" Lee said of the firm.', '"Why?" Ann Lee, a
    // nurse, said softly.': a quotation ending in "?" or "!" closes the splitter's sentence,
    // but a short cue sentence after it belongs to it.
    if (!sentences.empty() && s.endToken > s.firstToken && sentences.back().paragraph == s.paragraph && f >= 2 &&
        isClosingMark(f - 1) && (w(f - 2) == "?" || w(f - 2) == "!") && !inQuote(f) && lex::isWord(t(f))) {
      const int len = static_cast<int>(s.endToken - s.firstToken);
      bool cue = t(f).has(kLower);
      for (int k = f + 1; !cue && k < f + std::min(len, 12); ++k)
        cue = !inQuote(k) && t(k).has(kLower) && (lex::cueFlags(w(k)) & lex::kCueFinite) != 0 &&
              (t(k - 1).has(kCapitalised) || t(k - 1).has(kAllCaps) || isComma(k - 1));
      // 'Lee was asked, "Why?" He answered, "..."': a sentence with a quotation of its own is
      // an answer, not the question's cue.
      bool ownQuote = false;
      for (int k = f; k < static_cast<int>(s.endToken) && !ownQuote; ++k) ownQuote = inQuote(k);
      if (cue && len <= 16 && !ownQuote) {
        sentences.back().endToken = s.endToken;
        sentences.back().span.end = s.span.end;
        continue;
      }
    }
    sentences.push_back(s);
  }
  for (const Sentence& s : sentences) {
    const std::size_t before = attrs_.size();
    findAttributions(s);
    dropCuesInsideCues(before);
  }
  // A later attribution in the same sentence ends an earlier content that runs into its
  // source after a comma or a conjunction ("X reported that A, although Y said B").
  // Pairs are only looked for among attributions whose cues lie near the content (the lists
  // are sorted by cue), so a document with thousands of quotes stays linear in practice.
  std::vector<std::size_t> byCue(attrs_.size());
  for (std::size_t i = 0; i < byCue.size(); ++i) byCue[i] = i;
  std::stable_sort(byCue.begin(), byCue.end(),
                   [&](std::size_t x, std::size_t y) { return attrs_[x].cueFirst < attrs_[y].cueFirst; });
  const auto cuesIn = [&](int lo, int hi, auto&& fn) {
    auto it = std::lower_bound(byCue.begin(), byCue.end(), lo,
                               [&](std::size_t x, int v) { return attrs_[x].cueFirst < v; });
    for (; it != byCue.end() && attrs_[*it].cueFirst <= hi; ++it) fn(attrs_[*it]);
  };
  constexpr int kMaxSourceToCue = 100;  // tokens from a source's start to its cue, at most
  for (Attribution& a : attrs_)
    cuesIn(a.conFirst, a.conLast + kMaxSourceToCue, [&](const Attribution& b) {
      if (&a == &b || b.srcFirst == kNo || b.srcFirst <= a.conFirst || b.srcFirst > a.conLast) return;
      if (b.cueFirst < b.srcFirst || b.conFirst < b.srcFirst) return;  // b's content must follow its cue
      // "Lately, she said, she has noticed X": a cue set off inside its own content (the hull of
      // both sides) keeps the clause after it whole, with the later report nested in it.
      if (a.cueFirst != kNo && a.cueFirst > a.conFirst && a.cueLast < a.conLast &&
          b.srcFirst > a.cueLast && !inQuote(a.conFirst)) {
        const int head = a.srcFirst != kNo ? std::min(a.srcFirst, a.cueFirst) : a.cueFirst;
        int words = 0;
        for (int k = a.conFirst; k < head && words <= 2; ++k)
          if (lex::isWord(t(k))) ++words;
        if (words <= 2 && isComma(head - 1)) return;
      }
      // "As the Gazette reported, on Friday, the council was refusing to X": the opening
      // "as" clause reports the whole main clause, whose subject is b's source.
      if (a.srcFirst != kNo && a.srcFirst >= 1 && a.srcLast < a.cueFirst && is(a.srcFirst - 1, "as") &&
          t(a.srcFirst - 1).has(kSentenceStart) && a.conFirst == a.cueLast + 2 && isComma(a.cueLast + 1) &&
          !inQuote(a.conFirst))
        return;
      int k = b.srcFirst - 1;
      bool boundary = false;
      // "X urged A, which he said was B": a relative clause that reports someone's words is
      // its own attribution.
      if (k - 1 > a.conFirst && (is(k, "which") || is(k, "who")) && isComma(k - 1) && !inQuote(k)) --k;
      while (k > a.conFirst && (isComma(k) || is(k, "although") || is(k, "though") || is(k, "but") ||
                                is(k, "while") || is(k, "whereas") || is(k, "and"))) {
        boundary = true;
        --k;
      }
      if (boundary && k > a.conFirst && !relativeClauseResumes(k + 1, a.conLast)) a.conLast = k;
    });
  // "Lee agreed to A, officials said": a report whose cue lies inside the content of a later
  // attribution and whose content runs on into that attribution's source ends before it
  // (and is then nested in the later one).
  for (Attribution& a : attrs_)
    cuesIn(a.conFirst, a.conLast + kMaxSourceToCue,
           [&](const Attribution& b) { endBeforeLaterSource(a, b); });
  // A second cue coordinated with the first one ends its content: "X said A, adding B",
  // "X said A and called B", "A, according to B". The second cue's source lies outside the
  // first content (it is shared, or follows the cue); a cue with its own subject inside the
  // content is a nested attribution and stays inside.
  for (Attribution& a : attrs_)
    cuesIn(a.conFirst + 1, a.conLast, [&](const Attribution& b) {
      if (&a == &b || b.cueFirst <= a.conFirst || b.cueFirst > a.conLast || inQuote(b.cueFirst)) return;
      if (a.cueFirst != kNo && b.cueFirst <= a.cueLast) return;
      if (endAtSubordinateQuotation(a, b)) return;
      if (b.srcFirst != kNo && b.srcFirst > a.conFirst && b.srcFirst < b.cueFirst) return;
      if (stateVerbContinues(b)) return;
      int k = b.cueFirst - 1;
      while (k > a.conFirst && lex::isCueModifier(w(k)) && !is(k, "has") && !is(k, "had") && !is(k, "have")) --k;
      // 'insisted that he "widened the party," claiming B': the quotation's closing mark ends A.
      if (k - 1 > a.conFirst && commaInsideClosing(k) && !inQuote(k + 1)) {
        a.conLast = std::min(a.conLast, k);
        return;
      }
      bool boundary = false;
      while (k > a.conFirst && (isComma(k) || w(k) == ";" || is(k, "and") || is(k, "but"))) {
        boundary = true;
        --k;
      }
      if (boundary && k > a.conFirst && !inQuote(k + 1)) a.conLast = std::min(a.conLast, k);
    });
  for (Attribution& a : attrs_) endAtCoordinatedParticiple(a);
  for (Attribution& a : attrs_) endAtSubjectRelativeClause(a);
  // "Despite Lee's claims that X": the preposition opening the sentence is no part of the owner.
  for (Attribution& a : attrs_)
    if (a.srcFirst != kNo && a.srcFirst < a.srcLast && is(a.srcFirst, "despite") && !inQuote(a.srcFirst))
      ++a.srcFirst;
  // An indirect content ends at a semicolon, or before a trailing ", according to X".
  for (Attribution& a : attrs_) {
    if (a.conFirst == kNo || inQuote(a.conFirst)) continue;
    for (int k = a.conFirst + 2; k < a.conLast; ++k) {
      if (inQuote(k)) continue;
      if (w(k) == ";" || (isComma(k) && is(k + 1, "according") && is(k + 2, "to") && k + 1 != a.cueFirst)) {
        a.conLast = k - 1;
        break;
      }
    }
  }
  std::erase_if(attrs_, [&](const Attribution& a) {
    return a.cueFirst != kNo && a.conFirst != kNo &&
           ((a.conLast < a.cueFirst &&
             (openingPhraseOnly(a.conFirst, a.conLast) || verblessShortContent(a) ||
              (a.srcFirst != kNo && a.srcFirst > a.conLast && openingClauseOnly(a.conFirst, a.conLast)))) ||
            participlePhraseOnly(a));
  });
  std::sort(attrs_.begin(), attrs_.end(), [](const Attribution& a, const Attribution& b) { return a.conFirst < b.conFirst; });

  // Quotation segments no attribution covers: merge into a direct attribution of the same
  // paragraph (the hull convention of '"A," he said. "B."'), else keep as their own quote.
  std::vector<int> wordsBefore(static_cast<std::size_t>(n()) + 1, 0);  // words in tokens [0, k)
  for (int k = 0; k < n(); ++k)
    wordsBefore[static_cast<std::size_t>(k) + 1] = wordsBefore[static_cast<std::size_t>(k)] + (lex::isWord(t(k)) ? 1 : 0);
  struct Item {
    Attribution a;
    bool attributed;
  };
  std::vector<Item> items;
  items.reserve(attrs_.size() + segs_.size());
  for (const Attribution& a : attrs_) items.push_back({a, true});
  // Items by the sentences their content touches, and attributed items by the sentence of
  // their cue, so that each segment looks only at nearby items (a document with a hundred
  // thousand quotations stays linear); candidates are visited in item order, as before.
  const std::size_t nSent = toks_.sentences.size();
  const auto sentOf = [&](int tok) { return static_cast<std::size_t>(t(tok).sentence); };
  std::vector<std::vector<std::size_t>> bySent(nSent), byCueSent(nSent);
  std::vector<std::size_t> noCue;
  const auto registerContent = [&](std::size_t idx, int from, int to) {
    for (std::size_t q = sentOf(from); q <= sentOf(to) && q < nSent; ++q)
      if (bySent[q].empty() || bySent[q].back() != idx) bySent[q].push_back(idx);
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    registerContent(i, items[i].a.conFirst, items[i].a.conLast);
    if (items[i].a.cueFirst != kNo) byCueSent[sentOf(items[i].a.cueFirst)].push_back(i);
    else noCue.push_back(i);
  }
  std::vector<std::size_t> near;
  for (const Segment& sg : segs_) {
    bool covered = false;
    for (std::size_t q = sentOf(sg.first); q <= sentOf(sg.last) && !covered; ++q)
      for (std::size_t i : bySent[q])
        if (items[i].a.conFirst <= sg.last && sg.first <= items[i].a.conLast) {
          covered = true;
          break;
        }
    if (covered) continue;
    const std::uint32_t para = toks_.sentences[t(sg.first).sentence].paragraph;
    // Scare quotes: short quoted words inside a longer sentence.
    if (sg.words < 4) {
      const Sentence& s = toks_.sentences[t(sg.first).sentence];
      const int outside = static_cast<int>(s.endToken - s.firstToken) - (sg.last - sg.first + 1);
      if (outside > 2) continue;
    }
    // Titles of shows, books and campaigns ('host of "The Late Hour with Ann Lee."'): every
    // content word is capitalised, in a sentence that goes on outside the marks.
    {
      int content = 0, caps = 0;
      bool slogan = false;  // "Lock her up!", "NOT OK": chants and signs are someone's words
      for (int k = sg.first; k <= sg.last; ++k) {
        if (w(k) == "!" || (t(k).has(kAllCaps) && w(k).size() > 1)) slogan = true;
        if (!lex::isWord(t(k)) || t(k).has(kHasDigit) || (lex::isStopWord(w(k)) && t(k).has(kLower)) ||
            lex::isDeterminer(w(k)))
          continue;
        ++content;
        if (t(k).has(kCapitalised) || t(k).has(kAllCaps)) ++caps;
      }
      const Sentence& s = toks_.sentences[t(sg.first).sentence];
      const int outside = static_cast<int>(s.endToken - s.firstToken) - (sg.last - sg.first + 1);
      if (content >= 2 && caps == content && outside > 2 && !slogan) continue;
    }
    // Words of the quotation's sentence before its opening mark, and outside its marks (prefix
    // counts, so a long sentence with many quotations stays linear).
    int narrationBefore = 0, narrationAround = 0;
    {
      const Sentence& fs = toks_.sentences[t(sg.first).sentence];
      const Sentence& ls = toks_.sentences[t(sg.last).sentence];
      narrationBefore = wordsBefore[static_cast<std::size_t>(sg.first)] - wordsBefore[fs.firstToken];
      narrationAround = std::max(0, wordsBefore[static_cast<std::size_t>(sg.first)] - wordsBefore[ls.firstToken]) +
                        wordsBefore[ls.endToken] - wordsBefore[static_cast<std::size_t>(sg.last) + 1];
    }
    // Merge into the nearest attribution of this paragraph whose content is a quotation.
    // Only one whose cue (or content end) lies within a sentence of the segment can qualify.
    near = noCue;
    for (std::size_t q = sentOf(sg.first) > 0 ? sentOf(sg.first) - 1 : 0; q <= sentOf(sg.last) + 1 && q < nSent; ++q)
      near.insert(near.end(), byCueSent[q].begin(), byCueSent[q].end());
    std::sort(near.begin(), near.end());
    Item* host = nullptr;
    std::size_t hostIndex = 0;
    int bestDist = 1 << 30;
    bool inRelative = false;
    for (std::size_t ni : near) {
      Item& it = items[ni];
      if (!it.attributed || it.a.paragraph != para) continue;
      if (!inQuote(it.a.conFirst) && !inQuote(it.a.conLast)) continue;
      {
        // Only a quotation in the cue's own sentence or the one next to it joins the hull.
        constexpr int kMaxSent = 1;
        const int hs = static_cast<int>(t(it.a.cueFirst != kNo ? it.a.cueFirst : it.a.conLast).sentence);
        const int ss = it.a.conLast < sg.first ? static_cast<int>(t(sg.first).sentence) : static_cast<int>(t(sg.last).sentence);
        if (std::abs(ss - hs) > kMaxSent) continue;
        // 'X said. Later, Lee starred in "The Long Night!"': a quotation inside the next
        // sentence's narration is no continuation of the hull.
        if (it.a.conLast < sg.first && ss != hs && narrationBefore > 8) continue;
        // 'Critics called it "a farce" on Friday. "We will not back down," Lee said': nor does
        // one inside the previous sentence's narration open the next sentence's hull.
        if (it.a.conFirst > sg.last && ss != hs && narrationAround > 2) continue;
        // '"A," said Lee, a nurse who waited in an "endless line ..."': a quotation inside a
        // relative clause after the source and cue is that clause's, not the hull's.
        if (it.a.conLast < sg.first && ss == hs && it.a.cueFirst != kNo && sg.first > 0 &&
            t(sg.first - 1).has(kLower) && lex::isWord(t(sg.first - 1)) &&
            relativeBetween(std::max(it.a.cueLast, it.a.srcLast) + 1, sg.first)) {
          inRelative = true;  // ... nor a quotation of its own
          continue;
        }
      }
      // A quotation continues the attribution before it ('"A," Lee said. "B." Kim said C')
      // before it opens the one after it.
      const int dist = it.a.conLast < sg.first ? sg.first - it.a.conLast : (it.a.conFirst - sg.last) + (1 << 20);
      if (dist >= 0 && dist < bestDist) {
        bestDist = dist;
        host = &it;
        hostIndex = ni;
      }
    }
    if (host) {
      host->a.conFirst = std::min(host->a.conFirst, sg.first);
      host->a.conLast = std::max(host->a.conLast, sg.last);
      registerContent(hostIndex, host->a.conFirst, host->a.conLast);
      continue;
    }
    if (inRelative) continue;
    Attribution a;
    a.conFirst = sg.first;
    a.conLast = sg.last;
    a.paragraph = para;
    colonIntroSubject(sg.first, a);
    items.push_back({a, false});
    registerContent(items.size() - 1, a.conFirst, a.conLast);
  }
  std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    return x.a.conFirst != y.a.conFirst ? x.a.conFirst < y.a.conFirst : x.a.cueFirst < y.a.cueFirst;
  });

  std::vector<Quote> out;
  out.reserve(items.size());
  Resolver res{doc_, toks_, {}, {}, kNone, kNone};
  // Resolution runs in text order of the source (or content when there is none).
  for (const Item& it : items) {
    const Attribution& a = it.a;
    Quote q;
    q.content = spanOf(a.conFirst, a.conLast);
    q.direct = t(a.conFirst).has(kQuoteMark) || t(a.conLast).has(kQuoteMark);
    if (a.cueFirst != kNo) q.cue = spanOf(a.cueFirst, a.cueLast);
    if (a.srcFirst != kNo) {
      int sf = a.srcFirst, sl = a.srcLast;
      while (sl > sf && t(sl).has(kPossessive)) --sl;
      q.source = spanOf(sf, sl);
      // The name ends before a trailing parenthetical ("Ann Lee (D-Ohio)").
      int nl = sl;
      if (w(nl) == ")") {
        while (nl > sf && w(nl) != "(") --nl;
        nl = nl > sf ? nl - 1 : sl;
      }
      // ... and before an apposition or aside ("Ann Lee, 44", "the judge -- who ...").
      int nf = sf;
      for (int k = sf + 1; k <= nl; ++k)
        if (isComma(k) || w(k) == "(") {
          // "The party leader, Ann Lee,": a name in apposition to a common noun is the name.
          int e = k + 1;
          while (e <= sl && (t(e).has(kCapitalised) || t(e).has(kAllCaps) || t(e).has(kPossessive) || w(e) == ".") &&
                 !isComma(e) && e - k <= 5)
            ++e;
          // So is one after a possessive role ("Ford's spokesperson, Ivana Yelich,").
          const bool possessiveRole =
              (t(sf).has(kPossessive) || t(sf + 1).has(kPossessive) || t(sf + 2).has(kPossessive)) && k - sf <= 5;
          // ... or after a role with its organisation ("A spokesperson for the Ministry of
          // Health, Claire Dubois,").
          bool roleOf = false;
          for (int r = sf; r + 1 < k && !roleOf; ++r)
            roleOf = roleNoun(r) && (is(r + 1, "for") || is(r + 1, "at") || is(r + 1, "of") || is(r + 1, "from") ||
                                     is(r + 1, "with"));
          const bool appositionName = isComma(k) && (lex::isDeterminer(w(sf)) || possessiveRole) &&
                                      (t(k - 1).has(kLower) || roleOf) && e > k + 1 &&
                                      (e > sl || isComma(e)) && (t(e - 1).has(kCapitalised) || t(e - 1).has(kAllCaps));
          if (appositionName) {
            nf = k + 1;
            nl = e - 1;
          } else {
            nl = k - 1;
          }
          break;
        }
      const std::string_view srcText(doc_.text.data() + t(nf).byteStart, t(nl).byteEnd - t(nf).byteStart);
      const bool single = sf == sl;
      const bool possessivePronoun = single && (lex::ieq(w(sf), "his") || lex::ieq(w(sf), "her") ||
                                                lex::ieq(w(sf), "their") || lex::ieq(w(sf), "its") ||
                                                lex::ieq(w(sf), "my") || lex::ieq(w(sf), "our"));
      // "She’d told", "We’ve argued": a pronoun with a contracted auxiliary in one token.
      const bool contracted = single && contractedPronoun(sf);
      bool pronoun =
          single && (lex::isSourcePronoun(w(sf)) || lex::ieq(w(sf), "that") || possessivePronoun || contracted);
      bool person = pronoun && (lex::isPersonPronoun(w(sf)) || lex::ieq(w(sf), "his") || lex::ieq(w(sf), "her") ||
                                lex::ieq(w(sf), "my") || lex::ieq(w(sf), "our") ||
                                (contracted && !(w(sf).size() > 4 && lex::ieq(w(sf).substr(0, 4), "they"))));
      if (pronoun && (lex::ieq(w(sf), "who") || lex::ieq(w(sf), "which") || lex::ieq(w(sf), "that"))) {
        // Relative pronoun: the noun phrase before the comma is the antecedent.
        int k = sf - 1;
        while (k >= 0 && isComma(k)) --k;
        const int sentFirst = static_cast<int>(toks_.sentences[t(sf).sentence].firstToken);
        int f = k >= 0 ? leftNp(k, sentFirst) : kNo;
        // "Ann Lee, a nurse in Brandon, who ...": the name before an apposition is the antecedent.
        int m = k;
        while (m > sentFirst && k - m < 9 && !isComma(m) && lex::cueFlags(w(m)) == 0 && !inQuote(m)) --m;
        if (f != kNo && m > sentFirst + 1 && m < k && isComma(m) && lex::isDeterminer(w(m + 1)) &&
            (t(m - 1).has(kCapitalised) || t(m - 1).has(kAllCaps))) {
          int g = leftNp(m - 1, sentFirst);
          while (g != kNo && g < m - 1 && t(g).has(kLower)) ++g;  // "said Imre, a planner, who"
          if (g != kNo && !lex::isSourcePronoun(w(g))) {
            k = m - 1;
            f = g;
          }
        }
        if (f != kNo && !lex::isSourcePronoun(w(f))) {
          Quote tmp;
          tmp.source = spanOf(f, k);
          const std::string_view ante(doc_.text.data() + t(f).byteStart, t(k).byteEnd - t(f).byteStart);
          res.resolve(tmp, ante, false, true, lex::isDeterminer(w(f)) || t(k).has(kLower));
          q.speaker = tmp.speaker;
          q.speakerName = tmp.speakerName;
          asides_.push_back(relativeAside(a) ? 1 : 0);
          out.push_back(std::move(q));
          continue;
        }
        person = lex::ieq(w(sf), "who");
      }
      const bool detHead = !pronoun && (lex::isDeterminer(w(sf)) || t(sl).has(kLower));
      res.resolve(q, srcText, pronoun, person, detHead && nf == sf,
                  nf != sf ? std::optional<Span>(spanOf(nf, nl)) : std::nullopt);
    } else if (!it.attributed && !out.empty()) {
      // A quotation with no attribution of its own continues the previous quote when that
      // one is in this or the previous paragraph.
      const Quote& prev = out.back();
      const std::uint32_t prevPara = toks_.sentences[toks_.tokens[0].sentence].paragraph;
      (void)prevPara;
      std::size_t pi = out.size() - 1;
      const Token& prevLast = *std::lower_bound(tk_.begin(), tk_.end(), prev.content.end - 1,
                                                [](const Token& x, std::uint32_t cp) { return x.span.end <= cp; });
      const std::uint32_t pp = toks_.sentences[prevLast.sentence].paragraph;
      if (a.paragraph <= pp + 1 && !prev.speakerName.empty()) {
        q.continues = static_cast<Id>(pi);
        q.speaker = prev.speaker;
        q.speakerName = prev.speakerName;
      }
    }
    const bool askedAside = a.cueFirst != kNo && a.cueFirst > 0 && is(a.cueFirst, "asked") &&
                            (isComma(a.cueFirst - 1) || is(a.cueFirst - 1, "when"));
    const bool participle = it.attributed && a.cueFirst != kNo && a.cueFirst > 0 &&
                            (isComma(a.cueFirst - 1) || askedAside) && t(a.cueFirst).has(kLower) &&
                            (ingForm(a.cueFirst) || askedAside) &&
                            a.conFirst > a.cueLast && !inQuote(a.conFirst);
    asides_.push_back(participle || (it.attributed && relativeAside(a)) ? 1 : 0);
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace quote_detail

using quote_detail::QuoteFinder;
using quote_detail::kNo;

std::vector<Quote> findQuotes(const Document& doc, const Tokenized& toks) {
  if (toks.tokens.empty()) return {};
  QuoteFinder f(doc, toks);
  std::vector<Quote> qs = f.run();
  // Content that runs from the top of the story starts after the dateline ("SEOUL (Wire) -
  // Ships from ..., the coast guard said"): the dateline is no one's words.
  if (const Span zone = datelineZone(doc, toks); zone.end > zone.start) {
    const auto after = std::lower_bound(toks.tokens.begin(), toks.tokens.end(), zone.end,
                                        [](const Token& t, std::uint32_t c) { return t.span.start < c; });
    const std::uint32_t start = after != toks.tokens.end() ? after->span.start : zone.end;
    for (Quote& q : qs)
      if (q.content.start >= zone.start && q.content.start < zone.end && start < q.content.end) q.content.start = start;
  }
  // A quote nested inside another quote is either one attribution found twice (a clause and
  // the object inside it) or a report inside a report ("The paper reported that X said Y"):
  // keep the outer one, the attribution a reader sees.
  std::vector<Id> newIndex(qs.size(), kNone);
  // Sweep by start (longer first): a quote is nested when an earlier, different span already
  // reaches its end.
  std::vector<std::size_t> order(qs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return qs[x].content.start != qs[y].content.start ? qs[x].content.start < qs[y].content.start
                                                      : qs[x].content.end > qs[y].content.end;
  });
  std::vector<char> nested(qs.size(), 0);
  std::uint32_t maxEnd = 0;  // furthest end among spans before the current group of equal spans
  std::size_t outer = 0;     // the quote that reaches maxEnd
  const std::vector<char>& asides = f.participleAsides();
  bool any = false;
  for (std::size_t g = 0; g < order.size();) {
    std::size_t h = g;
    while (h < order.size() && qs[order[h]].content == qs[order[g]].content) ++h;
    const Span sp = qs[order[g]].content;
    // A participle aside in the narration of a direct hull ('"A," he said, noting that B.
    // "C."') is an attribution of its own, not a report inside the quotation.
    const bool inside = any && maxEnd >= sp.end;
    for (std::size_t k = g; k < h; ++k)
      nested[order[k]] = inside && !(asides[order[k]] && qs[outer].direct && !qs[order[k]].direct) ? 1 : 0;
    if (!any || sp.end > maxEnd) {
      maxEnd = sp.end;
      outer = order[g];
    }
    any = true;
    g = h;
  }
  std::vector<Quote> kept;
  kept.reserve(qs.size());
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (nested[i]) continue;
    newIndex[i] = static_cast<Id>(kept.size());
    kept.push_back(std::move(qs[i]));
  }
  for (Quote& q : kept)
    if (q.continues != kNone) q.continues = newIndex[static_cast<std::size_t>(q.continues)];
  return kept;
}

}  // namespace wiremap::extract
