#pragma once
// The quote finder's internals, shared by its translation units (not a public API):
// quotes.cpp (quotation-mark segments, the quote list, speaker resolution), quote_phrases.cpp
// (source noun phrases, subjects and object ends) and quote_cues.cpp (reporting cues and their
// attributions, sentence by sentence). Works on tokens only (no regex, no per-token allocation).
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "extract/quote_lexicon.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract::quote_detail {

constexpr int kNo = -1;
constexpr int kMaxNpTokens = 14;

// A run of text between quotation marks. Token indices are inclusive; a segment that opens
// and never closes runs to the end of its paragraph (or on through the next paragraphs
// when each of them opens with a new mark, the newspaper convention).
struct Segment {
  int first = 0;  // the opening mark token
  int last = 0;   // the closing mark token, or the paragraph's last token when unclosed
  int words = 0;  // word tokens inside
};

enum class Mode { None, After, Before, Hull };

// One reporting cue with its source and content, as token ranges (inclusive).
struct Attribution {
  int cueFirst = kNo, cueLast = kNo;
  int srcFirst = kNo, srcLast = kNo;
  int conFirst = kNo, conLast = kNo;
  std::uint32_t paragraph = 0;
};

enum class MarkKind { None, Open, Close, Either };

class QuoteFinder {
 public:
  QuoteFinder(const Document& doc, const Tokenized& toks) : doc_(doc), toks_(toks), tk_(toks.tokens) {}

  std::vector<Quote> run();
  /// Per quote of run(): a participle cue after a comma ('"...," X said, noting that ...'),
  /// whose content is its own attribution even inside a direct hull.
  const std::vector<char>& participleAsides() const { return asides_; }

 private:
  const Document& doc_;
  const Tokenized& toks_;
  const std::vector<Token>& tk_;
  std::vector<Segment> segs_;
  std::vector<int> segOf_;  // token -> segment index or kNo
  std::vector<Attribution> attrs_;
  std::vector<char> asides_;

  int n() const { return static_cast<int>(tk_.size()); }
  // Out of range, a token is an empty non-word with no flags: the rules look a few tokens
  // ahead and behind, and a look past either end of the text must read nothing.
  const Token& t(int i) const {
    static const Token kOutside = [] {
      Token o;
      o.flags = kPunct;
      return o;
    }();
    return i >= 0 && i < n() ? tk_[static_cast<std::size_t>(i)] : kOutside;
  }
  std::string_view w(int i) const { return t(i).text; }
  // The length test first: most comparisons fail on it, without a call.
  bool is(int i, std::string_view s) const { return i >= 0 && i < n() && w(i).size() == s.size() && lex::ieq(w(i), s); }
  bool isComma(int i) const { return i >= 0 && i < n() && (w(i) == "," || w(i) == "\xE2\x80\x94" || w(i) == "--" || isDash(i)); }
  // A spaced en dash used as a dash ("endorsed her – they appeared"), not a range ("1990–2000").
  bool enDash(int i) const {
    if (w(i) != "\xE2\x80\x93") return false;
    return !(i > 0 && t(i - 1).span.end == t(i).span.start) && !(i + 1 < n() && t(i + 1).span.start == t(i).span.end);
  }
  // A hyphen used as a dash: spaced (" - ") or doubled ("--").
  bool isDash(int i) const {
    if (w(i) != "-") return false;
    const bool glueL = i > 0 && t(i - 1).span.end == t(i).span.start;
    const bool glueR = i + 1 < n() && t(i + 1).span.start == t(i).span.end;
    if (!glueL && !glueR) return true;
    return (glueL && w(i - 1) == "-") || (glueR && w(i + 1) == "-");
  }
  bool inQuote(int i) const { return i >= 0 && i < n() && segOf_[static_cast<std::size_t>(i)] != kNo; }
  int markWidth(int i) const;
  // A lower-case "-ly" word that is an adverb ("publicly"), not a noun ("the family", "an ally").
  // A word that makes a clause rather than a phrase: a subject pronoun, "there", a cue word, an
  // auxiliary or a lower-case -ed form.
  bool clauseWord(int k) const {
    return lex::isSourcePronoun(w(k)) || is(k, "there") || lex::cueFlags(w(k)) != 0 || auxiliary(k) ||
           (t(k).has(kLower) && w(k).size() > 4 && w(k).substr(w(k).size() - 2) == "ed");
  }
  // A lower-case -ing form ("saying", "noting"): a participle or a gerund.
  bool ingForm(int k) const { return t(k).has(kLower) && w(k).size() > 4 && w(k).substr(w(k).size() - 3) == "ing"; }
  // A capitalised participle opening a phrase ("Speaking on the radio, ...").
  bool participleOpener(int k) const {
    return t(k).has(kCapitalised) && w(k).size() > 5 && w(k).substr(w(k).size() - 3) == "ing";
  }
  // "showed Lee had won", "found Farmers favored Ames": a capitalised name right before an
  // auxiliary, a modal or a finite "-ed"/"-s" verb opens a clause.
  bool nameThenAuxiliary(int k, int end) const {
    if (k + 1 >= end || inQuote(k) || !t(k).has(kCapitalised) || lex::isStopWord(w(k))) return false;
    const int v = t(k + 1).has(kCapitalised) && k + 2 < end ? k + 2 : k + 1;  // "Ann Lee"
    return is(v, "had") || is(v, "has") || is(v, "was") || is(v, "is") || is(v, "would") || is(v, "will") ||
           is(v, "could") || is(v, "can") || is(v, "should") || is(v, "might") || is(v, "were") || is(v, "must") ||
           (t(v).has(kLower) && w(v).size() > 4 && !lex::isStopWord(w(v)) &&
            (w(v).substr(w(v).size() - 2) == "ed" || (w(v).back() == 's' && w(v)[w(v).size() - 2] != 's')));
  }
  // "showed the race was tightening": a determiner, up to three plain words and an auxiliary or
  // modal open a clause.
  bool nounPhraseThenAuxiliary(int k, int end) const {
    if (k >= end || inQuote(k) || is(k, "that") || is(k, "this") || is(k, "one")) return false;
    // "thought tax deals had stalled": no determiner, a plural noun right before the auxiliary.
    const bool bare = !lex::isDeterminer(w(k));
    if (bare && (!t(k).has(kLower) || !lex::isWord(t(k)) || lex::isStopWord(w(k)) || lex::cueFlags(w(k)) != 0 ||
                 lyAdverb(k) || ingForm(k)))
      return false;
    for (int v = k + 1; v < end && v <= k + 4 && !inQuote(v); ++v) {
      if (is(v, "had") || is(v, "has") || is(v, "was") || is(v, "is") || is(v, "would") || is(v, "will") ||
          is(v, "could") || is(v, "can") || is(v, "should") || is(v, "might") || is(v, "were") || is(v, "are") ||
          is(v, "must") || is(v, "have"))
        return bare ? (is(v, "had") || is(v, "were") || is(v, "are") || is(v, "have") || is(v, "would") ||
                       is(v, "will") || is(v, "could")) &&
                          w(v - 1).size() > 3 && w(v - 1).back() == 's' && t(v - 1).has(kLower)
                    : v > k + 1;
      if (!lex::isWord(t(v)) || lex::isStopWord(w(v)) || lex::cueFlags(w(v)) != 0) return false;
    }
    return false;
  }
  // A subject pronoun: he, she, it, we, they, I.
  bool subjectPronoun(int k) const {
    return is(k, "he") || is(k, "she") || is(k, "they") || is(k, "we") || is(k, "it") || is(k, "i");
  }
  // An adverb of frequency or degree between a subject and its verb that does not end in
  // "-ly" ("seldom speaks", "no longer backs").
  bool preCueAdverb(int i) const {
    return t(i).has(kLower) && (is(i, "seldom") || (is(i, "longer") && is(i - 1, "no")));
  }
  bool lyAdverb(int i) const {
    if (i < 0 || i >= n() || !t(i).has(kLower) || w(i).size() <= 4 || w(i).substr(w(i).size() - 2) != "ly") return false;
    if (i > 0 && (lex::isDeterminer(w(i - 1)) || t(i - 1).has(kPossessive) ||
                  (t(i - 1).has(kCapitalised) && !subjectPronoun(i - 1))))
      return false;
    static constexpr std::string_view kNouns[] = {"family", "assembly", "supply", "rally", "monopoly", "anomaly",
                                                  "bully", "belly", "tally", "folly", "reply", "homily", "panoply"};
    for (std::string_view nn : kNouns)
      if (lex::ieq(w(i), nn)) return false;
    return true;
  }
  MarkKind markKind(int i) const;
  // A quotation inside a phrase: after a preposition or a possessive ('to chants of "...",',
  // 'on CNN's "State of the Union,"'), not opening the sentence or a clause.
  bool embeddedQuotation(int seg, int sFirst) const {
    const int f = segs_[static_cast<std::size_t>(seg)].first;
    if (f <= sFirst) return false;
    const int p = f - 1;
    return t(p).has(kPossessive) || is(p, "of") || is(p, "on") || is(p, "in") || is(p, "to") || is(p, "with") ||
           is(p, "from") || is(p, "at");
  }
  // 'But even as the coach claimed that "...," the players said X': a quotation after "that"
  // in an opening subordinate clause (or one closing that clause with a comma: 'When she
  // called it "a farce," X said Y', 'Asked whether it was "fair," X said Y') is that clause's
  // report, not the later cue's content.
  bool quotedInOpeningSubordinate(int seg, int sFirst) const {
    const int f = segs_[static_cast<std::size_t>(seg)].first;
    if (f - 1 <= sFirst) return false;
    // After "that", inside the clause's predicate ('Although Lee admitted he had "been close,"'),
    // or a quotation that closes its clause with a comma ('said he would "fix it," the crowd
    // ...'); not a nickname or title inside a name.
    if (!is(f - 1, "that") && !(lex::isWord(t(f - 1)) && t(f - 1).has(kLower))) {
      const int l = segs_[static_cast<std::size_t>(seg)].last;
      if (!(w(l - 1) == "," || isComma(l + 1))) return false;
    }
    int k = sFirst;
    while (k < f && (is(k, "but") || is(k, "and") || is(k, "yet") || is(k, "even") || is(k, "just"))) ++k;
    // 'Asked whether Lee "can win,"': two words before the quotation are enough after "asked".
    if (k >= f - (is(k, "asked") && (is(k + 1, "whether") || is(k + 1, "if")) ? 2 : 3)) return false;
    return is(k, "as") || is(k, "while") || is(k, "although") || is(k, "though") || is(k, "when") ||
           is(k, "because") || is(k, "whereas") || is(k, "after") || is(k, "since") || is(k, "once") ||
           is(k, "before") || is(k, "until") || is(k, "asked") || is(k, "having");
  }
  // 'As X claimed that "...," Y said Z': the opening clause's report ends at the quotation's
  // closing mark right before the main clause's source. Returns whether it ended `a`.
  bool endAtSubordinateQuotation(Attribution& a, const Attribution& b) const {
    const int m = b.srcFirst == kNo ? kNo : b.srcFirst - 1;
    if (m == kNo || m <= a.conFirst || m > a.conLast || !isClosingMark(m) || !inQuote(m) || b.cueFirst <= b.srcFirst)
      return false;
    const int sFirst = static_cast<int>(toks_.sentences[t(m).sentence].firstToken);
    if (!quotedInOpeningSubordinate(segOf_[static_cast<std::size_t>(m)], sFirst)) return false;
    a.conLast = m;
    return true;
  }
  // A lower-case noun for a person's role ("spokesman", "director", "official").
  bool roleNoun(int i) const {
    if (i < 0 || i >= n() || !lex::isWord(t(i))) return false;
    // Lower case, or capitalised only because it opens the sentence ("Lawyers for the city said").
    if (!t(i).has(kLower) && !(t(i).has(kSentenceStart) && t(i).has(kCapitalised))) return false;
    const std::string_view s = w(i);
    if (s.size() > 5 && (s.ends_with("man") || s.ends_with("person"))) return true;  // spokesman, chairwoman
    // ... and plurals ("lawyers", "workers").
    const std::string_view one = s.size() > 3 && s.back() == 's' ? s.substr(0, s.size() - 1) : s;
    static constexpr std::string_view kRoles[] = {"director", "official", "chief", "head", "member", "adviser",
                                                  "advisor", "aide", "lawyer", "attorney", "president", "secretary",
                                                  "minister", "analyst", "professor", "researcher", "economist",
                                                  "strategist", "representative", "manager", "executive", "officer",
                                                  "leader", "chair", "founder", "partner", "editor", "worker",
                                                  "employee", "resident", "organizer", "organiser", "prosecutor"};
    for (std::string_view r : kRoles)
      if (lex::ieq(s, r) || lex::ieq(one, r)) return true;
    return false;
  }
  // First token of the main clause: after an opening phrase and its comma ("In April, X ...",
  // "For months, X ...") or a dateline ("CITY, July 25 (Wire) -- X ..."), else `sFirst`.
  // The comma closing a short adverbial that opens a sentence and cannot be its subject:
  // "Likewise,", "Essentially,", "By contrast,", "By early May,", "Hours later,", "Two days
  // earlier,"; kNo when `f` opens no such phrase.
  int adverbialOpenerComma(int f, int limit) const {
    if (f + 1 >= limit || !t(f).has(kCapitalised)) return kNo;
    if (isComma(f + 1) && w(f + 1) == "," &&
        (sentenceAdverb(f) || is(f, "especially") || (w(f).size() > 4 && w(f).substr(w(f).size() - 2) == "ly")))
      return f + 1;
    if (is(f, "by")) {
      for (int k = f + 2; k < limit && k <= f + 4; ++k) {
        if (inQuote(k) || (lex::isWord(t(k)) && lex::isSourcePronoun(w(k)))) return kNo;
        if (w(k) == ",") return k;
      }
      return kNo;
    }
    for (int k = f + 1; k + 1 < limit && k <= f + 3; ++k) {
      if (inQuote(k) || !lex::isWord(t(k))) return kNo;
      if ((is(k, "later") || is(k, "earlier") || is(k, "ago")) && w(k + 1) == ",") return k + 1;
    }
    return kNo;
  }
  // A lower-case past form that ends a subject noun phrase: "-ed" or a common irregular one
  // ("Ray angered ...", "Lee put out ...", "the board met ...").
  bool pastVerbForm(int k) const {
    if (!t(k).has(kLower)) return false;
    const std::string_view x = w(k);
    if (x.size() > 3 && x.substr(x.size() - 2) == "ed") return true;
    for (std::string_view v : {"put", "sent", "gave", "took", "wrote", "held", "won", "lost", "left", "began", "spent",
                               "stood", "met", "spoke", "told", "said", "ran", "led", "heard", "kept", "brought", "saw",
                               "found", "knew", "thought", "sat", "rose", "fell", "grew", "drew", "chose", "sought",
                               "read", "went", "came", "made", "became", "struck", "shot", "shook"})
      if (x == v) return true;
    return false;
  }
  // The comma closing the rest of a list that a source before `comma` opens ("friends, aides
  // and allies,", "the mayor, the council, and the union,"): short items of nouns, the last
  // after "and"/"or", then a comma before the clause; kNo when no such list follows.
  int sourceListEnd(int comma, int sEnd) const {
    if (comma >= sEnd || w(comma) != ",") return kNo;
    int k = comma + 1;
    for (int items = 0; items < 3; ++items) {
      const int start = k;
      bool joined = is(k, "and") || is(k, "or");
      if (joined) ++k;
      while (k < sEnd && k - start <= 5 && lex::isWord(t(k)) && !inQuote(k) && !lex::isSourcePronoun(w(k)) &&
             !auxiliary(k) && lex::cueFlags(w(k)) == 0 && !pastVerbForm(k) && !is(k, "that")) {
        if (k > start && (is(k, "and") || is(k, "or"))) joined = true;
        ++k;
      }
      if (k == start || k >= sEnd || w(k) != "," || k + 1 >= sEnd || !lex::isWord(t(k + 1))) return kNo;
      if (joined)
        return subjectPronoun(k + 1) || lex::isArticle(w(k + 1)) || t(k + 1).has(kCapitalised) ? k : kNo;
      ++k;
    }
    return kNo;
  }
  // A verb that takes an "-ing" complement ("began dismissing", "kept saying", "stopped
  // backing"): the participle's subject comes before it, and the verb is no noun.
  bool catenativeVerb(int k) const {
    for (std::string_view v : {"began", "begin", "begins", "begun", "started", "start", "starts", "kept", "keep",
                               "keeps", "stopped", "stop", "stops", "quit", "resumed", "continued", "continues",
                               "avoided", "avoids", "risked", "risks", "finished", "spent", "spends"})
      if (is(k, v)) return true;
    return false;
  }
  // The first token of the subject of a subordinate clause ("as he took the stage", "when
  // Lee thanked the crowd") that runs on to the "and" at `j` with no comma, quotation or
  // second subordinator in between, or kNo.
  int subordinateSubjectBefore(int j, int sFirst) const {
    for (int k = j - 1; k > sFirst && j - k <= 14; --k) {
      if (isComma(k) || inQuote(k) || w(k) == ";" || is(k, "and") || is(k, "but") || is(k, "who") ||
          is(k, "which") || is(k, "that"))
        return kNo;
      if (!(is(k, "as") || is(k, "when") || is(k, "while") || is(k, "after") || is(k, "because") ||
            is(k, "before") || is(k, "until") || is(k, "since") || is(k, "once") || is(k, "although") ||
            is(k, "though")))
        continue;
      const int f = k + 1;
      if (f + 1 >= j) return kNo;
      // "although at the mention of it she laughed and admitted X": a phrase before the
      // subordinate clause's pronoun subject and its verb right before "and".
      if (lex::isPhraseOpener(w(f)) && j - 2 > f && subjectPronoun(j - 2) && t(j - 1).has(kLower) &&
          pastVerbForm(j - 1))
        return j - 2;
      const int last = lex::isSourcePronoun(w(f)) ? f : rightNp(f, j);
      if (last == kNo || last + 1 >= j) return kNo;
      // The subject is followed by its verb: a past form or a present "-s" form.
      const int v = last + 1;
      const bool verb = t(v).has(kLower) && (pastVerbForm(v) || (lex::isSourcePronoun(w(f)) && w(v).size() > 2));
      return verb && (lex::isSourcePronoun(w(f)) || t(f).has(kCapitalised) || lex::isDeterminer(w(f))) ? f : kNo;
    }
    return kNo;
  }
  // A report verb at `c` followed by "from" and a capitalised place with no "that" clause
  // after it in the sentence.
  bool reportedFromPlace(int c, int sEnd) const {
    if (!(is(c, "reported") || is(c, "reporting") || is(c, "reports")) || !is(c + 1, "from") || c + 2 >= sEnd ||
        !t(c + 2).has(kCapitalised) || inQuote(c + 2))
      return false;
    for (int k = c + 3; k < sEnd; ++k)
      if (is(k, "that") || inQuote(k)) return false;
    return true;
  }
  // "in Dayton, Ohio," / "in Keene, N.H.,": a capitalised town before the comma `k` and a
  // state or province name (or its abbreviation) after it, closed by another comma. Returns the
  // state's last token, or kNo.
  int stateAfterTown(int k, int limit) const {
    if (k < 2 || !t(k - 1).has(kCapitalised) || inQuote(k - 1)) return kNo;
    static constexpr std::string_view kStates[] = {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "Wisconsin", "Wyoming", "Ontario", "Quebec", "Alberta", "Saskatchewan", "Manitoba",
        "Newfoundland", "Labrador", "Yukon", "Nunavut", "Ont.", "Que.", "Alta.", "Sask.", "Man.", "Ala.", "Ariz.",
        "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.",
        "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.",
        "Va.", "Vt.", "Wash.", "Wis.", "Wyo."};
    static constexpr std::string_view kFirst[] = {"New", "North", "South", "West", "Rhode", "British", "Nova",
                                                  "Prince"};
    const int g = k + 1;
    if (g + 1 >= limit || inQuote(g) || !t(g).has(kCapitalised)) return kNo;
    const auto stateWord = [&](int i) {
      for (std::string_view x : kStates)
        if (w(i) == x) return true;
      // Abbreviations with inner dots: "N.H.", "S.C.", "B.C."
      const std::string_view x = w(i);
      return x.size() >= 4 && x.size() <= 5 && x[1] == '.' && x.back() == '.';
    };
    int last = kNo;
    if (stateWord(g)) {
      last = g;
      // A period token split off an abbreviation ("Va" ".") stays with it.
      if (w(g + 1) == "." && g + 2 < limit && isComma(g + 2)) last = g + 1;
    } else {
      bool first = false;
      for (std::string_view x : kFirst) first |= w(g) == x;
      int e = g + 1;
      while (first && e < limit && e - g <= 2 && t(e).has(kCapitalised) && !inQuote(e) && !isComma(e + 1)) ++e;
      if (first && e < limit && t(e).has(kCapitalised) && !inQuote(e)) last = e;
    }
    if (last == kNo || last + 1 >= limit || !isComma(last + 1)) return kNo;
    return last;
  }
  int mainClauseStart(int sFirst, int limit) const {
    int f = sFirst;
    while (f < limit && !lex::isWord(t(f))) ++f;
    if (f >= limit) return sFirst;
    if (const int comma = adverbialOpenerComma(f, limit); comma != kNo && comma + 1 < limit)
      return mainClauseStart(comma + 1, limit);
    // "Arriving at the scene, police ...": an opening participle phrase with no finite verb.
    const bool participle = participleOpener(f);
    const bool opener = lex::isPhraseOpener(w(f)) || is(f, "for") || is(f, "with") || is(f, "as") || is(f, "after") ||
                        is(f, "while") || is(f, "since") || is(f, "despite") || is(f, "having") ||
                        is(f, "shortly") || is(f, "soon") || is(f, "eventually") || is(f, "finally") ||
                        is(f, "ultimately") || is(f, "meanwhile") || is(f, "initially") ||
                        (is(f, "along") && is(f + 1, "with")) || (t(f).has(kAllCaps) && w(f).size() > 2) ||
                        participle;
    const bool alongWith = is(f, "along") && is(f + 1, "with");
    // "Asked whether the board would resign, Lund said ...": the question runs to its comma.
    const bool asked = is(f, "asked") && t(f).has(kCapitalised);
    if (!opener && !asked) return sFirst;
    for (int k = f + 1; k < limit && k - f <= (asked ? 30 : 14); ++k) {
      if (inQuote(k)) break;
      if (participle && (auxiliary(k) || lex::isSourcePronoun(w(k)))) break;
      // "Despite the delay she said X", "Along with her son he has Y": with no comma after the
      // opening phrase, a subject pronoun inside it opens the main clause.
      if ((alongWith || is(f, "despite")) && k > f + 2 && subjectPronoun(k) && t(k).has(kLower) && k + 1 < limit &&
          lex::isWord(t(k + 1)) && t(k + 1).has(kLower) && !isComma(k - 1))
        return k;
      if (isComma(k) || w(k) == "--") {
        int g = k + 1;
        // A dateline's comma is followed by its date and agency before the dash.
        if (t(f).has(kAllCaps)) {
          int d = g;
          while (d < limit && d - g < 10 && w(d) != "--" && !isDash(d) && w(d) != "\xE2\x80\x94") ++d;
          if (d < limit && d - g < 10) g = d + 1;
        }
        // ... and a short aside after it ("In Ohio, for example, the mayor ...").
        if (g + 2 < limit && isComma(g + 2) &&
            ((is(g, "for") && (is(g + 1, "example") || is(g + 1, "instance"))) || (is(g, "in") && is(g + 1, "fact")) ||
             (is(g, "of") && is(g + 1, "course"))))
          g += 3;
        else if (g + 1 < limit && isComma(g + 1) && (is(g, "however") || is(g, "meanwhile") || is(g, "moreover")))
          g += 2;
        else if (const int st = stateAfterTown(k, limit); st != kNo)
          g = st + 2;  // "At a rally in Dayton, Ohio, Lee said": the state is part of the place
        // "Along with her son, Ed Roy, a dentist, she has X": the companion's apposition runs on
        // to the pronoun subject.
        if (alongWith)
          for (int p = g + 1; p < limit && p - g <= 12 && !inQuote(p); ++p)
            if (isComma(p - 1) && subjectPronoun(p) && t(p).has(kLower)) {
              g = p;
              break;
            }
        return g < limit ? g : sFirst;
      }
    }
    return sFirst;
  }
  // A person pronoun with a contracted auxiliary ("she'll", "he’d", "they're"): a clause.
  bool contractedPronoun(int i) const {
    if (i < 0 || i >= n()) return false;
    const std::string_view s = w(i);
    for (const std::string_view p : {"he", "she", "they", "we", "i", "you"}) {
      if (s.size() <= p.size() || !lex::ieq(s.substr(0, p.size()), p)) continue;
      const std::string_view rest = s.substr(p.size());
      if (rest[0] == '\'' || rest.substr(0, 3) == "\xE2\x80\x99") return true;
    }
    return false;
  }
  // A capitalised function word inside a name ("Will Dorn", "Theresa May", "Sen. Ann Even"):
  // mid-sentence and next to another capitalised word.
  bool nameWord(int i) const {
    if (i < 0 || i >= n() || !t(i).has(kCapitalised) || t(i).has(kSentenceStart) || lex::isDeterminer(w(i)) ||
        lex::isSourcePronoun(w(i)))
      return false;
    const auto cap = [&](int k) {
      return k >= 0 && k < n() && t(k).has(kCapitalised) && lex::isWord(t(k)) && !inQuote(k);
    };
    return (cap(i - 1) && !t(i - 1).has(kSentenceStart)) || (cap(i + 1) && !lex::isStopWord(w(i + 1)));
  }
  bool isClosingMark(int i) const { return i >= 0 && i < n() && t(i).has(kQuoteMark) && segOf_[static_cast<std::size_t>(i)] != kNo && segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(i)])].last == i; }
  // Whether the closing mark ending at `m` (one token, or the second of a two-token '' mark)
  // has a comma right inside it ('"a disaster,"', "''a disaster,''").
  bool commaInsideClosing(int m) const {
    if (!isClosingMark(m)) return false;
    const int f = closingStart(m);
    return f > 0 && w(f - 1) == "," && inQuote(f - 1);
  }
  // The first token of the closing mark that ends at `m` (m - 1 for a two-token '' mark).
  int closingStart(int m) const {
    if (m > 0 && (w(m) == "'" || w(m) == "`") && w(m - 1) == w(m) && t(m - 1).span.end == t(m).span.start) return m - 1;
    return m;
  }

  void findSegments();
  void findAttributions(const Sentence& s);
  int leftNp(int head, int limit) const;
  int rightNp(int first, int limit) const;
  int sourceModifier(int last, int limit) const;
  void copulaColon(const Sentence& s);
  int skipObject(int i, int end) const;
  int skipShortObject(int i, int end) const;
  int thatAfterHearer(int i, int end) const;
  // The "whether", "if", "why" or "how" opening an indirect question after a hearer with an
  // adjunct or an aside ("asked the former mayor during a radio call whether ...", "asked the
  // parties - A, B and C - why ..."): no clause, subordinator, "that" or "to" comes between;
  // else kNo.
  int questionAfterHearer(int first, int end) const {
    for (int k = first + 1; k < end && k - first <= 24; ++k) {
      if (inQuote(k) || w(k) == "." || w(k) == ";" || w(k) == ":" || is(k, "that") || is(k, "to") || is(k, "who") ||
          lex::isSourcePronoun(w(k)) || is(k, "there") || auxiliary(k) || is(k, "when") || is(k, "while") ||
          is(k, "as") || is(k, "because"))
        break;
      if (is(k, "whether") || is(k, "if") || is(k, "why") || is(k, "how")) return k;
    }
    return kNo;
  }
  int appositionSubject(int sFirst, int comma, bool afterQuote = false) const;
  bool addAttribution(Attribution a, const Sentence& s, Mode mode, int after, int before, int beforeFirst = kNo,
                      bool objectOnly = false);
  int objectEnd(int first, int sLast) const;
  int soundedCueLast(int c, int sEnd) const;
  int stanceOutLast(int c) const;
  int relativeGapReport(int c, const Sentence& s);
  int phrasalCueLast(int c, int sEnd) const;
  int mainSubject(int sFirst, int end, int& first) const;
  bool relativeAside(const Attribution& a) const;
  bool stanceAdjectiveBefore(int c, int sFirst) const;
  int coordinatedSubject(int first, int sFirst) const;
  int postmodifiedSubject(int j, int sFirst) const;
  int headBeforeTail(int first, int sFirst) const;
  bool afterQuotationAndSubject(int c) const;
  // Whether a portrayal verb ("cast", "paint", "frame", "present", "position") at `c` takes
  // an object and "as" ("casting him as a false reformer"): "as" follows within five plain
  // words.
  bool castAs(int c, int sEnd) const {
    if (!(is(c, "cast") || is(c, "casts") || is(c, "casting") || is(c, "painted") || is(c, "paints") ||
          is(c, "paint") || is(c, "painting") || is(c, "framed") || is(c, "frames") || is(c, "frame") ||
          is(c, "framing") || is(c, "presented") || is(c, "presents") || is(c, "present") ||
          is(c, "presenting") || is(c, "positioned") || is(c, "positions") || is(c, "positioning")) ||
        !t(c).has(kLower))
      return false;
    for (int k = c + 2; k < sEnd && k <= c + 6; ++k) {
      if (inQuote(k) || !lex::isWord(t(k)) || is(k - 1, "ballots") || is(k - 1, "ballot") || is(k - 1, "votes") ||
          is(k - 1, "vote") || is(k - 1, "doubt") || is(k - 1, "shadow") || is(k - 1, "eye") || is(k - 1, "eyes"))
        return false;
      // "as well", "as soon as": no portrayal.
      if (is(k, "as"))
        return !(is(k + 1, "well") || is(k + 1, "soon") || is(k + 1, "long") ||
                 is(k + 1, "much") || is(k + 1, "many") || is(k + 1, "far") || is(k + 1, "recently"));
    }
    return false;
  }
  // Whether a relative pronoun ("who", "which", "whose", "where") opens a clause between
  // `from` and `to` (at most 40 tokens apart; a longer stretch counts as none).
  bool relativeBetween(int from, int to) const {
    if (to - from > 40) return false;
    for (int k = std::max(from, 0); k < to; ++k)
      if (!inQuote(k) && (is(k, "who") || is(k, "which") || is(k, "whose") || is(k, "where"))) return true;
    return false;
  }
  // A short title-case quotation that closes right before the cue `c` and follows a word of
  // the same clause ('a host of "The Early Desk," said'): part of the subject, no content.
  // Whether only an adjunct follows the cue `c` to the sentence's end ("said on Friday.",
  // "confirmed on Facebook Friday."): at most six words, no clause, quotation or infinitive.
  bool clauseEndsAfterCue(int c, int sEnd) const {
    int k = c + 1;
    if (k >= sEnd || w(k) == "." || w(k) == "!" || w(k) == "?") return true;
    // "..., her aide, Tom Reed, told The Courier.": a hearer object alone closes the sentence.
    if ((lex::cueFlags(w(c)) & lex::kCueObject) != 0 && !inQuote(k) &&
        (t(k).has(kCapitalised) || lex::isDeterminer(w(k)) || is(k, "reporters"))) {
      const int ol = rightNp(k, sEnd);
      if (ol != kNo && (ol + 1 >= sEnd || w(ol + 1) == "." || w(ol + 1) == "!")) return true;
    }
    if (!lex::isPhraseOpener(w(k)) && !lex::isTimeWord(w(k))) return false;
    for (int words = 0; k < sEnd; ++k) {
      if (inQuote(k) || is(k, "that") || is(k, "to") || isComma(k) || w(k) == ":" || w(k) == ";") return false;
      if (lex::isWord(t(k)) && ++words > 6) return false;
    }
    return true;
  }
  // The first token of "NP1, NP2," ending at the comma `comma` after a content ("..., the
  // airline, Nordair, said"): two noun phrases each set off by commas, the second a name.
  int postposedApposition(int comma, int sFirst) const {
    int k2 = comma - 1;
    while (k2 > sFirst && comma - k2 <= 6 && !isComma(k2) && lex::isWord(t(k2)) && !inQuote(k2)) --k2;
    if (!isComma(k2) || inQuote(k2) || rightNp(k2 + 1, comma) != comma - 1 || !t(comma - 1).has(kCapitalised))
      return kNo;
    int k3 = k2 - 1;
    while (k3 > sFirst && k2 - k3 <= 8 && !isComma(k3) && (lex::isWord(t(k3)) || t(k3).has(kPossessive)) &&
           !inQuote(k3))
      --k3;
    if (!isComma(k3) || inQuote(k3) || k3 < sFirst + 3 || !lex::isDeterminer(w(k3 + 1)) ||
        npWithTail(k3 + 1, k2) != k2 - 1)
      return kNo;
    for (int k = k3 + 1; k < k2; ++k)
      if (looksFiniteVerb(k) || lex::cueFlags(w(k)) != 0) return kNo;
    return k3 + 1;
  }
  bool embeddedShortQuoteBeforeCue(int c, int sFirst) const {
    if (!isClosingMark(c - 1)) return false;
    const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(c - 1)])];
    const int p = sg.first - 1;
    if (!(sg.words <= 5 && p > sFirst && lex::isWord(t(p)) && t(p).has(kLower) && !inQuote(p) &&
          lex::cueFlags(w(p)) == 0))
      return false;
    // Inside a relative clause set off after the subject's comma ("X, who called it ...").
    for (int k = p - 1; k > sFirst && p - k <= 12 && !inQuote(k); --k) {
      if (is(k, "who") || is(k, "which") || is(k, "whose")) return isComma(k - 1);
      if (isComma(k) || w(k) == ";" || w(k) == ":") return false;
    }
    return false;
  }
  bool titleBeforeCue(int c, int sFirst) const {
    if (!isClosingMark(c - 1)) return false;
    const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(c - 1)])];
    const int p = sg.first - 1;
    if (sg.words > 5 || p <= sFirst || !lex::isWord(t(p)) || inQuote(p) || lex::cueFlags(w(p)) != 0) return false;
    int words = 0;
    for (int k = sg.first; k <= sg.last; ++k) {
      if (w(k) == "." || w(k) == "!" || w(k) == "?" || w(k) == ":") return false;
      if (!lex::isWord(t(k)) || t(k).has(kHasDigit)) continue;
      ++words;
      if (!t(k).has(kCapitalised) && !t(k).has(kAllCaps) && !(lex::isStopWord(w(k)) && k > sg.first + 1)) return false;
    }
    return words > 0;
  }
  // "the unions that backed the mayor", "firms that argue CLAUSE": "that" right before the
  // finite cue `c`, after a name or a plural noun, is a relative subject, not a determiner.
  // Only on a noun phrase after the sentence's verb: a relative clause inside the subject
  // ("The unions that backed Lee say ...") would run on into the main clause.
  bool relativeThat(int c, int sFirst, std::uint8_t flags) const {
    const int j = c - 1;
    if (!((flags & lex::kCueFinite) != 0 && is(j, "that") && j - 1 >= sFirst && lex::isWord(t(j - 1)) &&
          !lex::isStopWord(w(j - 1)) && lex::cueFlags(w(j - 1)) == 0 && !inQuote(j - 1) &&
          (t(j - 1).has(kCapitalised) || (w(j - 1).size() > 3 && w(j - 1).back() == 's'))))
      return false;
    const int np = leftNp(j - 1, sFirst);
    return np != kNo && np > mainClauseStart(sFirst, j) + 1;
  }
  // Last token of the noun phrase at `first` with its prepositional and coordinated tails
  // ("two members of the council from Ohio", "the delegate and union organizer"), before
  // `limit`; kNo when none starts there.
  int npWithTail(int first, int limit) const {
    int last = rightNp(first, limit);
    if (ingForm(first) || participleOpener(first)) return last;
    for (int guard = 0; guard < 4 && last != kNo && last + 2 < limit; ++guard) {
      const int p = last + 1;
      if (!(is(p, "of") || is(p, "from") || is(p, "in") || is(p, "for") || is(p, "at") || is(p, "and")) ||
          inQuote(p))
        break;
      // The tail follows a noun ("members of", "Ann Lee and"), not a verb ("stood at"; a
      // lower-case word right after a name is one unless it is a plural noun).
      if (t(last).has(kLower) &&
          (looksFiniteVerb(last) || lex::cueFlags(w(last)) != 0 || ingForm(last) ||
           (last > first && t(last - 1).has(kCapitalised) && !t(last - 1).has(kSentenceStart) &&
            !lex::isDeterminer(w(last - 1)) && w(last).back() != 's')))
        break;
      const int next = rightNp(p + 1, limit);
      if (next == kNo || lex::isSourcePronoun(w(p + 1))) break;
      last = next;
    }
    return last;
  }
  // A sentence adverb that opens a sentence before its comma ("Still,", "Meanwhile,",
  // "Even so,", "Separately,"): a link to what came before, never a content.
  bool sentenceAdverb(int k) const {
    static constexpr std::string_view kAdverbs[] = {
        "still", "yet", "now", "however", "meanwhile", "instead", "indeed", "moreover", "so", "also", "similarly",
        "likewise", "nonetheless", "nevertheless", "overall", "ultimately", "besides", "again", "otherwise",
        "currently", "today", "finally", "separately", "additionally", "furthermore", "thus", "hence", "therefore",
        "consequently", "rather", "even", "then", "clearly", "obviously", "fortunately", "unfortunately",
        "notably", "importantly", "privately", "publicly", "previously", "initially", "eventually", "apparently",
        "ironically", "historically", "traditionally", "generally", "typically", "frankly", "honestly",
        "personally", "politically", "increasingly", "recently", "later", "earlier", "first", "second", "third",
        "lastly", "anyway", "regardless", "plus"};
    for (std::string_view a : kAdverbs)
      if (is(k, a)) return true;
    return false;
  }
  // The head of a source "Name, apposition,": the last token before its first comma outside
  // a quotation, or `last` when the source holds no comma.
  int appositionHead(int first, int last) const {
    for (int k = first + 1; k < last; ++k)
      if (isComma(k) && !inQuote(k)) return k - 1;
    return last;
  }
  // A transcript's upper-case speaker label ("LANE: A. B. C.") speaks to the end of its
  // paragraph: the content of its turn runs on over the sentences after the first.
  void labelTurnEnd(Attribution& a) const {
    if (a.conLast == kNo || a.conLast < a.conFirst) return;
    int k = a.conLast + 1;
    while (k < n() && !t(k).has(kParagraphStart)) ++k;
    --k;
    while (k > a.conLast && !lex::isWord(t(k)) && !t(k).has(kQuoteMark)) --k;
    a.conLast = k;
  }
  // Whether the dash at `k` opens an elaboration that runs to the end of the sentence ("that",
  // "particularly", "especially", "including", "namely", "specifically" after it, and no
  // second dash).
  bool dashElaboration(int k, int sLast) const {
    int nx = k + 1;
    if (w(k) == "-" && nx <= sLast && w(nx) == "-") ++nx;  // "--"
    if (nx > sLast || inQuote(nx) ||
        !(is(nx, "that") || is(nx, "particularly") || is(nx, "especially") || is(nx, "including") ||
          is(nx, "namely") || is(nx, "specifically")))
      return false;
    for (int q = nx + 1; q <= sLast; ++q)
      if (!inQuote(q) && w(q) != "," && (isComma(q) || enDash(q))) return false;
    return true;
  }
  // The mark closing a short aside that opens at the comma or dash `k` inside an object, when the
  // object's complement goes on after it ("rejected a bid by Ann Lee, the port director, to
  // sell X", "cast the mayor, in particular, as Y", "urged all towns - large and small - to
  // act"): up to eight plain words, then the same kind of mark, then "to", "as" or "for" (after
  // a dash also "of", "with" or "from"). Returns the closing mark, or kNo.
  int asideBeforeComplement(int k, int sLast) const {
    if (inQuote(k)) return kNo;
    const bool comma = w(k) == ",";
    if (!comma && !(isComma(k) || enDash(k))) return kNo;
    // A doubled hyphen ("--") is two tokens.
    const auto doubled = [&](int i) { return w(i) == "-" && i + 1 <= sLast && w(i + 1) == "-" && isDash(i + 1); };
    const int open = !comma && doubled(k) ? k + 1 : k;
    for (int q = open + 1; q <= sLast && q <= open + 9; ++q) {
      if (inQuote(q)) return kNo;
      const bool close = comma ? w(q) == "," : (isComma(q) || enDash(q)) && w(q) != ",";
      if (close) {
        const int mark = !comma && doubled(q) ? q + 1 : q;
        if (q == open + 1 || mark + 1 > sLast || inQuote(mark + 1)) return kNo;
        const int c = mark + 1;
        // "as" after a dash opens a clause ("- the first of many - as the firm ...").
        const bool complement = is(c, "to") || is(c, "for") || (comma && is(c, "as")) ||
                                (!comma && (is(c, "of") || is(c, "with") || is(c, "from")));
        return complement ? mark : kNo;
      }
      if (!lex::isWord(t(q)) && !t(q).has(kPossessive) && !(w(q) == "-" && !isDash(q))) return kNo;
    }
    return kNo;
  }
  // An infinitive content ends at a single dash ("vowed to fight on - the party had other
  // plans"); a pair of dashes encloses an aside inside it ("to ban X - all of them - from Y").
  int infinitiveDashEnd(int first, int last) const {
    int dash = kNo;
    for (int k = first + 2; k < last; ++k) {
      if (inQuote(k) || !isComma(k) || w(k) == ",") continue;
      if (dash != kNo) return last;
      dash = k;
    }
    return dash != kNo ? dash - 1 : last;
  }
  // An object ends before a phrase naming the medium or occasion of the words ("the deal in a
  // tweet on Friday", "his plan during a radio interview", "the vote on Twitter"). Returns
  // the new last token.
  int mediumAdjunctEnd(int first, int last) const {
    if (first > 0 && w(first - 1).size() > 4 && lex::ieq(w(first - 1).substr(0, 4), "blam")) return last;
    for (int k = first + 1; k < last; ++k) {
      if (inQuote(k) || !(is(k, "in") || is(k, "on") || is(k, "during") || is(k, "at"))) continue;
      // The medium right after the preposition ("on Twitter"), or after a determiner and up to
      // two words ("in a Sunday tweet", "during his radio interview").
      int m = k + 1;
      if (m <= last && !lex::isMediumNoun(w(m))) {
        if (!lex::isArticle(w(m)) && !is(m, "other")) continue;
        ++m;
        while (m <= last && m - k <= 4 && lex::isWord(t(m)) && !inQuote(m) && !lex::isMediumNoun(w(m)) &&
               !lex::isStopWord(w(m)))
          ++m;
      }
      if (m <= last && lex::isMediumNoun(w(m)) && !inQuote(m) && (m == last || !is(m + 1, "of"))) return k - 1;
    }
    return occasionAdjunctEnd(first, last);
  }
  // A short object then "at" or "during" an occasion ("thanked supporters at a victory rally in
  // X", "laid out an agenda at a news conference Tuesday"): the object ends before it.
  int occasionAdjunctEnd(int first, int last) const {
    static constexpr std::string_view kOccasions[] = {"rally", "rallies", "conference", "debate", "forum",
                                                      "hearing", "fundraiser", "luncheon", "dinner", "breakfast",
                                                      "ceremony", "summit", "briefing", "gathering"};
    for (int k = first + 1; k <= last && k - first <= 4; ++k) {
      if (inQuote(k) || !lex::isWord(t(k))) return last;
      if (!(is(k, "at") || is(k, "during"))) continue;
      if (k + 1 > last || !lex::isArticle(w(k + 1))) return last;
      for (int m = k + 2; m <= last && m - k <= 5; ++m) {
        if (inQuote(m) || !lex::isWord(t(m))) return last;
        for (std::string_view o : kOccasions)
          if (is(m, o)) return k - 1;
      }
      return last;
    }
    return last;
  }
  // '"Only you," she said, would do that', '"It was bad luck," he said, that both men ...': a
  // quotation opening the sentence and cut by its comma, then the cue and a comma, and the
  // sentence goes on with its verb or "that": one content around the cue.
  bool quotationGoesOnAfterCue(int lead, int after, int sFirst, int sLast) const {
    if (!isClosingMark(lead) || lead - 1 < sFirst || !commaInsideClosing(lead)) return false;
    const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(lead)])];
    int f = sFirst;
    while (f < sg.first && !lex::isWord(t(f))) ++f;
    if (f != sg.first || !isComma(after) || after + 3 > sLast || w(after) != ",") return false;
    const int v = after + 1;
    if (inQuote(v) || !t(v).has(kLower)) return false;
    return is(v, "that") || is(v, "would") || is(v, "will") || is(v, "could") || is(v, "can") || is(v, "should") ||
           is(v, "is") || is(v, "was") || is(v, "are") || is(v, "were") || is(v, "has") || is(v, "had") ||
           is(v, "have") || is(v, "must") || is(v, "might") || is(v, "may");
  }
  // A cue in an aside inside the subject ("Lee, suggesting X, was tepid about Y", "Lee, who
  // declined to comment, was born in Z"): the content ends at the comma that closes the aside
  // before the main clause's verb. Returns the last token of the content.
  int asideContentEnd(const Attribution& a, int first, int last) const {
    if (a.cueFirst == kNo || a.cueFirst < 2 || inQuote(first)) return last;
    const int c = a.cueFirst;
    const bool participle = isComma(c - 1) && ingForm(c);
    const bool relative = a.srcFirst == a.srcLast && a.srcFirst != kNo && a.srcFirst < c &&
                          (is(a.srcFirst, "who") || is(a.srcFirst, "which")) && isComma(a.srcFirst - 1);
    if (!participle && !relative) return last;
    const int open = participle ? c - 1 : a.srcFirst - 1;
    // The first comma or dash in the content must close the aside, with the mark that opened it.
    for (int k = first + 1; k < last; ++k) {
      if (inQuote(k) || !isComma(k)) continue;
      if (w(k) != w(open)) return last;
      const int v = k + 1;
      if (auxiliary(v) || (relative && looksFiniteVerb(v))) return k - 1;
      return last;
    }
    return last;
  }
  // A lower-case subject pronoun ("he", "they", "there") not governed by a preposition.
  bool subjectPronounAfterPhrase(int k) const {
    if (inQuote(k) || !t(k).has(kLower) || !lex::isWord(t(k - 1))) return false;
    if (lex::isStopWord(w(k - 1)) && !lex::isTimeWord(w(k - 1))) return false;
    return subjectPronoun(k) || is(k, "there");
  }
  // "Lee wrote in a blog post that ...": a cue word whose source and cue both lie inside another
  // attribution's cue phrase ("a blog" + "post") is part of that phrase, not an attribution.
  void dropCuesInsideCues(std::size_t from) {
    std::size_t out = from;
    for (std::size_t i = from; i < attrs_.size(); ++i) {
      const Attribution& a = attrs_[i];
      bool inside = false;
      for (std::size_t j = from; j < attrs_.size() && !inside && a.srcFirst != kNo; ++j)
        inside = j != i && attrs_[j].cueFirst < a.srcFirst && a.srcFirst < a.cueFirst && a.cueLast <= attrs_[j].cueLast;
      if (!inside) attrs_[out++] = attrs_[i];
    }
    attrs_.resize(out);
  }
  // "they will not back the plan, as has the mayor": a comparative "as" with an auxiliary after a
  // comma adds a second subject; the content ends before it.
  int comparativeAsEnd(int first, int last) const {
    if (inQuote(first)) return last;
    for (int k = first + 1; k + 2 <= last; ++k) {
      if (inQuote(k) || !isComma(k) || !is(k + 1, "as")) continue;
      const int v = k + 2;
      if (is(v, "has") || is(v, "have") || is(v, "had") || is(v, "did") || is(v, "does") || is(v, "do")) return k - 1;
    }
    return last;
  }
  // Up to four words before the cue with no verb ("Last month, Lee sought ...", "And Trump,
  // said X, ..."): no content, unless it is the subject of a passive report ("Her death was
  // confirmed by X", "a practice endorsed by Y").
  bool verblessShortContent(const Attribution& a) const {
    if (inQuote(a.conFirst) || inQuote(a.conLast)) return false;
    int words = 0;
    for (int k = a.conFirst; k <= a.conLast; ++k) {
      if (inQuote(k) || !lex::isWord(t(k))) continue;
      if (++words > 4 || clauseWord(k))
        return false;
    }
    const int nx = a.conLast + 1;
    return !(is(nx, "is") || is(nx, "are") || is(nx, "was") || is(nx, "were") || is(nx, "has") || is(nx, "have") ||
             is(nx, "had") || is(nx, "been") || is(a.cueLast + 1, "by"));
  }
  // A short opening phrase before the source ("In her speech, she said ...", "After the
  // attack, according to X, ...") is no content on its own: a preposition and at most five
  // more words, with no verb or subject pronoun.
  bool openingPhraseOnly(int first, int last) const {
    if (inQuote(first) || !t(first).has(kCapitalised)) return false;
    if (!(is(first, "in") || is(first, "on") || is(first, "at") || is(first, "during") || is(first, "after") ||
          is(first, "before") || is(first, "since") || is(first, "over") || is(first, "amid") || is(first, "under") ||
          is(first, "throughout") || is(first, "following")))
      return false;
    int words = 0;
    for (int k = first; k <= last; ++k) {
      if (inQuote(k)) return false;
      if (!lex::isWord(t(k))) continue;
      if (++words > 6 || clauseWord(k))
        return false;
    }
    return true;
  }
  // "Cruz made an unprompted call for X", "Lee posted several negative comments about Y": an
  // article or possessive with only adjectives before a noun-like cue makes the cue the
  // head of that noun phrase, not a verb; its owner speaks (the possessive, else the
  // sentence's subject). Leaves the source alone otherwise.
  void nounCueOwner(Attribution& a, int c, int sFirst) const {
    const int f = a.srcFirst;
    if (f >= c - 1 || inQuote(f) || !t(c).has(kLower) || (w(c).size() > 2 && w(c).substr(w(c).size() - 2) == "ed"))
      return;
    const bool possessive = is(f, "his") || is(f, "her") || is(f, "their") || is(f, "its");
    if (!(lex::isArticle(w(f)) || possessive || is(f, "several") || is(f, "some") || is(f, "many"))) return;
    if (is(f, "that") || is(f, "this") || is(f, "these") || is(f, "those")) return;
    for (int k = f + 1; k < c; ++k) {
      const std::string_view x = w(k);
      if (!t(k).has(kLower) || !lex::isWord(t(k)) || lex::isStopWord(x) || lex::cueFlags(x) != 0 ||
          (x.size() > 3 && x.back() == 's') || auxiliary(k))
        return;
    }
    // The word before the cue reads as an adjective ("unprompted", "negative", "furious").
    const std::string_view adj = w(c - 1);
    if (adj.size() < 6 || !(adj.ends_with("ed") || adj.ends_with("ive") || adj.ends_with("ous") ||
                            adj.ends_with("ful") || adj.ends_with("less")))
      return;
    if (possessive) {
      a.srcLast = f;
      return;
    }
    int first = kNo;
    const int last = f > sFirst ? mainSubject(sFirst, f, first) : kNo;
    if (last != kNo && last < f - 1) {
      a.srcFirst = first;
      a.srcLast = last;
    }
  }
  // "said pleasantly into the phone.", "wrote angrily on Twitter.": a manner adverb and a
  // short phrase of place or medium ending the sentence, with no clause, are no content.
  // "ten days ago", "a year ago": a span of time counted back opens at `k`.
  bool agoPhrase(int k, int sEnd) const {
    for (int q = k; q < sEnd && q <= k + 3; ++q) {
      if (is(q, "ago")) return q > k;
      if (inQuote(q) || !lex::isWord(t(q)) || !(t(q).has(kLower) || t(q).has(kHasDigit))) return false;
    }
    return false;
  }
  bool mannerTail(int k, int sEnd) const {
    if (k + 1 >= sEnd || inQuote(k) || !lyAdverb(k)) return false;
    const int p = k + 1;
    if (!(is(p, "into") || is(p, "to") || is(p, "in") || is(p, "on") || is(p, "at") || is(p, "from") ||
          is(p, "over") || is(p, "during") || is(p, "after") || is(p, "before") || is(p, "outside")))
      return false;
    int words = 0;
    for (int q = p; q < sEnd; ++q) {
      if (w(q) == "." || w(q) == "!" || w(q) == "?") return q + 1 == sEnd || q > p;
      if (inQuote(q) || is(q, "that") || w(q) == ":" || isComma(q) || clauseWord(q)) return false;
      if (lex::isWord(t(q)) && ++words > 6) return false;
      if (is(q, "to") && q + 1 < sEnd && t(q + 1).has(kLower) && !lex::isDeterminer(w(q + 1))) return false;
    }
    return true;
  }
  // "The mayor released the following statement: "..."", "He then listed his reasons:\n\n"..."":
  // a quotation with no cue of its own right after a colon is the words of the subject of the
  // clause the colon ends, when that subject is a name or a person pronoun.
  void colonIntroSubject(int open, Attribution& a) const {
    const int colon = open - 1;
    if (colon < 1 || w(colon) != ":" || inQuote(colon)) return;
    const int sFirst = static_cast<int>(toks_.sentences[t(colon).sentence].firstToken);
    if (colon - sFirst < 2) return;
    int first = kNo;
    const int last = mainSubject(sFirst, colon, first);
    if (last == kNo || first == kNo || last >= colon - 1 || inQuote(first)) return;
    const bool pronoun = first == last && (is(first, "he") || is(first, "she") || is(first, "they") ||
                                           is(first, "we") || is(first, "i"));
    const bool name = t(last).has(kCapitalised) && !t(last).has(kSentenceStart) && !lex::isStopWord(w(last));
    // "Lund leaned in and boomed:": a single capitalised word opening the sentence before a
    // past verb is its subject too.
    const bool opener = first == last && t(last).has(kCapitalised) && !lex::isStopWord(w(last)) &&
                        !lex::isDeterminer(w(last)) && last + 1 < colon &&
                        (pastVerbForm(last + 1) || ((is(last + 1, "then") || is(last + 1, "also") ||
                                                     lyAdverb(last + 1)) &&
                                                    last + 2 < colon && pastVerbForm(last + 2)));
    if (!pronoun && !name && !opener) return;
    // The subject's verb follows it: no second clause or quotation in between.
    for (int k = last + 1; k < colon; ++k)
      if (inQuote(k)) return;
    a.srcFirst = first;
    a.srcLast = last;
  }
  // A bare -ed form right after a noun with only a prepositional phrase after it is a passive
  // participle ("the costs projected over the decade", "a letter posted to his website",
  // "a salary estimated at X, according to Y"): the phrase is no content. With an auxiliary
  // ("that were disclosed during the trial") or a "that" in the phrase it is left alone.
  bool participlePhraseOnly(const Attribution& a) const {
    const int c = a.cueFirst, f = a.conFirst;
    if (c == kNo || c != a.cueLast || f != c + 1 || c < 1 || inQuote(f) || !t(c).has(kLower) || w(c).size() < 5 ||
        w(c).substr(w(c).size() - 2) != "ed" || !lex::isWord(t(c - 1)) || !t(c - 1).has(kLower) ||
        lex::isStopWord(w(c - 1)) || lex::isCueModifier(w(c - 1)) || lex::isSourcePronoun(w(c - 1)) ||
        lyAdverb(c - 1) || auxiliary(c - 1) || is(c - 1, "been") || is(c - 1, "be") || is(c - 1, "twice") ||
        is(c - 1, "never") || is(c - 1, "once"))
      return false;
    const bool prep = is(f, "over") || is(f, "according") || is(f, "in") || is(f, "into") || is(f, "under") ||
                      is(f, "during") || is(f, "from") ||
                      (is(f, "to") && f + 1 <= a.conLast &&
                       (lex::isArticle(w(f + 1)) || t(f + 1).has(kCapitalised) || t(f + 1).has(kAllCaps)));
    if (!prep) return false;
    for (int k = f; k <= a.conLast; ++k)
      if (is(k, "that") || inQuote(k)) return false;
    return true;
  }
  // An opening subordinate clause or phrase with no comma before the source ("As the crowd
  // cheered, the reporter wrote ...", "Not long after the vote, Lee asked ...", "But at a
  // later rally, she showed ..."): it sets the scene for the main clause and is no content on
  // its own. A subject pronoun after the opening's own subject starts the main clause inside
  // it ("After the sale closed he moved ..., records show"), which is a content.
  bool openingClauseOnly(int first, int last) const {
    int f = first;
    while (f < last && (is(f, "but") || is(f, "and") || is(f, "yet") || is(f, "or") || is(f, "so") || is(f, "still") ||
                        is(f, "just") || is(f, "only") || is(f, "even") || (is(f, "not") && is(f + 1, "long"))))
      f += is(f, "not") ? 2 : 1;
    if (f >= last || inQuote(first) || !t(first).has(kCapitalised)) return false;
    const bool opener = is(f, "as") || is(f, "when") || is(f, "while") || is(f, "after") || is(f, "before") ||
                        is(f, "although") || is(f, "though") || is(f, "because") || is(f, "since") ||
                        is(f, "until") || is(f, "once") || is(f, "whereas") || is(f, "in") || is(f, "on") ||
                        is(f, "at") || is(f, "during") || is(f, "amid") || is(f, "throughout") ||
                        (f == first && lex::ieq(w(f), "speaking"));
    if (!opener) return false;
    for (int k = first; k <= last; ++k) {
      if (inQuote(k) || isComma(k) || w(k) == ";" || w(k) == ":") return false;
      if (k > f + 1 && lex::isPersonPronoun(w(k)) && !is(k, "who") && !is(k, "you")) return false;
    }
    return true;
  }
  // An object or infinitive content ends before "and"/"but" that opens a new clause with its
  // own subject (a pronoun, a determiner's phrase, or a name after a comma) and an auxiliary
  // ("talked about X and his campaign did not respond", "called it Y, and his team has
  // tried to Z"), or before a subordinate clause with a pronoun subject ("sought to calm the
  // crowd as she toured X"). Returns the last token of the content.
  int clauseAfterAndEnd(int first, int last) const {
    const auto verb = [&](int v) {
      return v <= last && t(v).has(kLower) &&
             (auxiliary(v) || is(v, "said") || is(v, "says"));
    };
    for (int k = first + 1; k + 2 <= last; ++k) {
      if (is(k, "that") && !inQuote(k)) return last;  // a clause inside ("told X that A and B")
      // "to stoke energy as he toured the office": a subordinate clause with a pronoun subject.
      if (!inQuote(k) && (is(k, "as") || is(k, "because") || is(k, "while") || is(k, "when") ||
                          is(k, "although") || is(k, "though") || is(k, "after") || is(k, "before") ||
                          is(k, "since") || is(k, "until")) &&
          (is(k + 1, "he") || is(k + 1, "she") || is(k + 1, "they") || is(k + 1, "we"))) {
        int e = k - 1;
        while (e > first && isComma(e)) --e;
        return e;
      }
      if (inQuote(k) || !(is(k, "and") || is(k, "but"))) continue;
      int m = k + 1;
      if (subjectPronoun(m)) {
        ++m;
      } else if (lex::isArticle(w(m)) || ((t(m).has(kCapitalised) || t(m).has(kAllCaps)) && isComma(k - 1))) {
        const bool caps = !lex::isArticle(w(m));
        ++m;
        while (m <= last && m - k <= 4 && lex::isWord(t(m)) && !inQuote(m) && !verb(m) && !lex::isStopWord(w(m)) &&
               (caps ? (t(m).has(kCapitalised) || t(m).has(kAllCaps)) : true))
          ++m;
      } else {
        continue;
      }
      if (verb(m)) {
        int e = k - 1;
        while (e > first && isComma(e)) --e;
        return e;
      }
    }
    return last;
  }
  // "But Ann Lee, a port spokeswoman, told reporters": a sentence-opening coordinator right
  // before a capitalised name (not a phrase opener) belongs to no opening phrase.
  bool coordinatorBeforeName(int start, int comma) const {
    if (!is(start, "but") && !is(start, "and") && !is(start, "yet")) return false;
    const int nx = start + 1;
    return nx < comma && !isComma(nx) && lex::isWord(t(nx)) && t(nx).has(kCapitalised) &&
           !lex::isPhraseOpener(w(nx)) && !lex::isStopWord(w(nx));
  }
  // A lower-case word that reads as a finite verb after a noun phrase: an auxiliary, a past
  // form in -ed (not after a determiner: "the proposed plan"), a negated auxiliary or a common
  // irregular past.
  bool looksFiniteVerb(int v) const {
    if (v < 0 || v >= n() || !t(v).has(kLower) || inQuote(v)) return false;
    const std::string_view x = w(v);
    if (x.size() > 4 && x.substr(x.size() - 2) == "ed" && v > 0 && (lex::isDeterminer(w(v - 1)) || lex::isStopWord(w(v - 1))))
      return false;
    if (auxiliary(v) || (x.size() > 4 && x.substr(x.size() - 2) == "ed") || x.ends_with("n't") ||
        x.ends_with("n\xE2\x80\x99t"))
      return true;
    for (const std::string_view past : {"said", "says", "won", "lost", "went", "made", "took", "became", "came", "left",
                                        "ran", "led", "began", "held", "got", "gave", "told", "drew"})
      if (is(v, past)) return true;
    return false;
  }
  // "Lee's refusal to publish the report angered staff": the last token before the sentence's
  // main verb, scanning a subject phrase from `first` (kNo when no verb follows in the clause).
  int beforeMainVerb(int first, int sEnd) const {
    for (int k = first + 1; k < sEnd && k - first <= 25; ++k) {
      if (inQuote(k) || isComma(k) || w(k) == "." || w(k) == ";" || w(k) == ":" || w(k) == "?" || w(k) == "!") return kNo;
      if (is(k, "that") || is(k, "who") || is(k, "which")) return kNo;
      // A past form in -ed before a bare noun may be an adjective ("11 million undocumented
      // people"); before an article, pronoun or preposition it is the verb.
      const bool ed = w(k).size() > 4 && w(k).substr(w(k).size() - 2) == "ed";
      if (ed && k + 1 < sEnd && !(lex::isDeterminer(w(k + 1)) || lex::isStopWord(w(k + 1)))) continue;
      if (looksFiniteVerb(k)) return k - 1 > first ? k - 1 : kNo;
    }
    return kNo;
  }
  // "Lee, who has argued that fares are too high, won the seat": a cue in a relative clause on
  // the sentence's subject; its content ends at the comma that closes the clause before the
  // main verb.
  void endAtSubjectRelativeClause(Attribution& a) const {
    if (a.cueFirst == kNo || a.conFirst == kNo || a.conFirst <= a.cueFirst || inQuote(a.conFirst)) return;
    int k = a.cueFirst - 1;
    while (k > 0 && a.cueFirst - k <= 3 && (lyAdverb(k) || is(k, "also") || is(k, "has") || is(k, "have") ||
                                            is(k, "had") || is(k, "long") || is(k, "once")))
      --k;
    if (!is(k, "who") || k < 2 || !isComma(k - 1) || inQuote(k - 1)) return;
    const int sFirst = static_cast<int>(toks_.sentences[t(k).sentence].firstToken);
    const int np = leftNp(k - 2, sFirst);
    if (np == kNo || !(np == sFirst || (np == sFirst + 1 && (is(sFirst, "but") || is(sFirst, "and") ||
                                                              is(sFirst, "so") || is(sFirst, "yet")))))
      return;
    for (int q = a.conFirst + 1; q < a.conLast; ++q) {
      if (inQuote(q) || !isComma(q)) continue;
      int v = q + 1;
      if (lyAdverb(v)) ++v;
      if (v > a.conLast || !t(v).has(kLower)) continue;
      if (!looksFiniteVerb(v)) continue;
      a.conLast = q - 1;
      return;
    }
  }
  // Whether a cue coordinated after a content ("said she was tired of it and wanted a change",
  // "said A but thinks B") is a verb of wanting, needing or thinking: it goes on with the same
  // report rather than making a second one, so the first content keeps it.
  bool stateVerbContinues(const Attribution& b) const {
    if (b.cueFirst == kNo || b.cueLast != b.cueFirst) return false;
    const int k = b.cueFirst;
    if (!is(k - 1, "and") && !is(k - 1, "but")) return false;
    return is(k, "wanted") || is(k, "wants") || is(k, "needed") || is(k, "needs") || is(k, "thought") ||
           is(k, "thinks");
  }
  // Whether the relative clause after the comma that ends at `from` - 1 (", who invoked X,")
  // closes with a comma before a verb that goes on with the outer clause ("that Lee, who
  // invoked X, is now cooperating"): the content holds the relative clause then.
  bool relativeClauseResumes(int from, int conLast) const {
    int r = from;
    while (r <= conLast && isComma(r)) ++r;
    if (!is(r, "who") && !is(r, "which")) return false;
    for (int q = r + 2; q < conLast; ++q) {
      if (inQuote(q) || !isComma(q)) continue;
      const int v = q + 1;
      if (auxiliary(v)) return true;
    }
    return false;
  }
  // A pronoun or a name as the whole object, then an adjunct of time, place or occasion
  // ("endorsed her early", "opposed him at the hearing on Friday", "defended Lee in an
  // interview", "opposed it on those grounds"; "blamed it on X" keeps its complement): the
  // object ends before the adjunct. Returns the new last token.
  int shortObjectEnd(int first, int last) const {
    int k = first;
    const bool pronoun = is(k, "him") || is(k, "her") || is(k, "it") || is(k, "them") || is(k, "us") || is(k, "me");
    if (pronoun) {
      ++k;
    } else {
      // "endorsed Lee Wednesday": a capitalised day after the name is an adjunct, not part of it.
      while (k <= last && k - first < 4 && lex::isWord(t(k)) && !inQuote(k) && !lex::isDeterminer(w(k)) &&
             (t(k).has(kCapitalised) || t(k).has(kAllCaps)) && !(k > first && lex::isTimeWord(w(k))))
        ++k;
    }
    if (k > last || k == first) return last;
    const bool adjunct = is(k, "in") || is(k, "at") || is(k, "during") || is(k, "amid") || is(k, "via") ||
                         (pronoun && is(k, "on") && !(first > 0 && w(first - 1).size() > 4 &&
                                                       lex::ieq(w(first - 1).substr(0, 4), "blam"))) ||
                         is(k, "early") || is(k, "yesterday") || is(k, "today") || is(k, "tonight") || is(k, "here") ||
                         ((is(k, "last") || is(k, "this")) && k + 1 == last && lex::isTimeWord(w(k + 1))) ||
                         lex::isTimeWord(w(k));
    return adjunct ? k - 1 : last;
  }
  // A content that opens with "by" and no gerund is a passive's agent ("was confirmed by the
  // Senate", "a view endorsed by the crowd") or a phrase ("By contrast, ..."), never what was
  // said; "responded by saying X" keeps its gerund.
  bool passiveAgent(int first) const {
    if (!is(first, "by") || inQuote(first) || first + 1 >= n()) return false;
    int k = first + 1;
    if (lyAdverb(k)) ++k;
    return k < n() && !ingForm(k);
  }
  // "urged the council to act", "encouraged voters to stay home": the one urged is part of
  // the content of an urging cue. Returns the content's first token.
  int urgedObjectStart(const Attribution& a, int first) const {
    if (a.cueLast == kNo || !is(first, "to") || first <= a.cueLast + 1 || first - a.cueLast > 8) return first;
    const std::string_view c = w(a.cueLast);
    const auto stem = [&](std::string_view s) { return c.size() >= s.size() && lex::ieq(c.substr(0, s.size()), s); };
    if (!stem("urg") && !stem("encourag") && !stem("ask")) return first;
    for (int k = a.cueLast + 1; k < first; ++k)
      if (inQuote(k) || (!lex::isWord(t(k)) && !t(k).has(kPossessive))) return first;
    return a.cueLast + 1;
  }
  // "and" before a second verb with its own object ("echoed the themes and took the stage",
  // "blamed X and cast Y as ..."): a lower-case word right before an article or an object
  // pronoun is a verb, not a noun coordinated with the object.
  // A gerund ("for keeping X and making Y"), an infinitive ("to do X and release Y") or a
  // relative clause before it ("in which X buys and moves") keeps the "and" inside the object.
  bool secondVerbAfterAnd(int first, int k, int sLast) const {
    if (!is(k, "and") || k + 2 > sLast || inQuote(k + 1)) return false;
    const int v = k + 1, o = k + 2;
    if (!t(v).has(kLower) || t(v).has(kHasDigit) || lex::isStopWord(w(v)) || lex::isDeterminer(w(v)) || lyAdverb(v) ||
        ingForm(v))
      return false;
    for (int q = first; q < k; ++q)
      if (is(q, "which") || is(q, "who") || is(q, "that") || is(q, "where") || is(q, "to")) return false;
    return lex::isArticle(w(o)) || is(o, "him") || is(o, "them") || is(o, "it") || is(o, "us");
  }
  // "X praised it, noting A and suggesting B": a participle cue after "and" shares the source
  // of the participle cue it is coordinated with (the latest one before it in the sentence).
  void coordinatedParticipleSource(Attribution& a, int c, int sFirst) const {
    const Attribution* prev = nullptr;
    for (auto it = attrs_.rbegin(); it != attrs_.rend() && it->cueLast >= sFirst; ++it)
      if (it->cueLast < c && c - it->cueLast <= 40 && (prev == nullptr || it->cueLast > prev->cueLast)) prev = &*it;
    if (prev == nullptr || prev->srcFirst == kNo) return;
    if (!ingForm(prev->cueFirst) && !ingForm(prev->cueLast)) return;
    for (int k = prev->cueLast + 1; k < c; ++k)
      if (w(k) == ";" || w(k) == ":") return;
    a.srcFirst = prev->srcFirst;
    a.srcLast = prev->srcLast;
  }
  // "drawing complaints that the rules were too strict", "amid accusations that the firm hid
  // losses": a speech-act noun without an owner whose "that" opens a full clause (a subject
  // follows) reports words of an unnamed source. A form that is also a cue verb ("claims
  // that", "..., but warning that") needs an article before it to be a noun.
  bool sourcelessClaimNoun(int c, int sFirst, int sEnd) const {
    if (!t(c).has(kLower) || !is(c + 1, "that") || !lex::isClaimNoun(w(c)) || c + 3 >= sEnd || inQuote(c + 1) ||
        c - 1 < sFirst)
      return false;
    const bool article = lex::isArticle(w(c - 1)) || (t(c - 1).has(kLower) && c - 2 >= sFirst && lex::isArticle(w(c - 2)));
    if (lex::cueFlags(w(c)) != 0 && !article) return false;
    if (t(c - 1).has(kPossessive) || lex::isMediumNoun(w(c))) return false;  // "said in a statement that"
    // "The belief that X is common": a that-clause on the sentence's subject is a topic.
    if (c - 1 == sFirst || (c - 2 == sFirst && article)) return false;
    const int h = c + 2;
    if (inQuote(h) || !lex::isWord(t(h))) return false;
    return lex::isArticle(w(h)) || subjectPronoun(h) || is(h, "you") || is(h, "there") || t(h).has(kHasDigit) ||
           (t(h).has(kCapitalised) && !lex::isStopWord(w(h)));
  }
  // "the mayor's attacks on the judge", "his sharply personal attacks against rivals": an
  // owned "attack(s) on/against" names its target as the content and the owner as source.
  // Nouns of a verbal assault ("his tirade against the board", "a swipe against the mayor")
  // name their target after "against" the same way, owned or not.
  bool ownedAttackOn(int c, int sFirst, int sEnd, Attribution& a) const {
    const bool verbal = is(c, "onslaught") || is(c, "broadside") || is(c, "broadsides") || is(c, "tirade") ||
                        is(c, "tirades") || is(c, "diatribe") || is(c, "diatribes") || is(c, "backlash") ||
                        is(c, "swipe") || is(c, "swipes");
    if (!is(c, "attacks") && !is(c, "attack") && !verbal) return false;
    if (!t(c).has(kLower) || c + 2 >= sEnd || !(is(c + 1, "against") || (!verbal && is(c + 1, "on"))) ||
        inQuote(c + 1) || !lex::isWord(t(c + 2)))
      return false;
    a.cueFirst = c;
    a.cueLast = c + 1;
    if (nounOwner(c, sFirst, a)) return true;
    if (!verbal) return false;
    // "a furious backlash against X": an article over at most two modifiers, no owner.
    for (int k = c - 1; k >= sFirst && c - k <= 3 && !inQuote(k) && t(k).has(kLower) && lex::isWord(t(k)); --k)
      if (lex::isArticle(w(k))) {
        a.srcFirst = a.srcLast = kNo;
        return true;
      }
    return false;
  }
  // "the council's plan", "his sharp, personal attacks": the owner before a noun (over up to
  // four modifiers) as the source: a possessive pronoun or a noun phrase with "'s".
  bool nounOwner(int c, int sFirst, Attribution& a) const {
    int k = c - 1;
    while (k > sFirst && c - k <= 5 && !inQuote(k) && !t(k).has(kPossessive) &&
           ((t(k).has(kLower) && lex::isWord(t(k)) && !lex::isStopWord(w(k)) && lex::cueFlags(w(k)) == 0) ||
            isComma(k)))
      --k;
    if (k < sFirst || inQuote(k)) return false;
    if (is(k, "his") || is(k, "her") || is(k, "their")) {
      a.srcFirst = a.srcLast = k;
      return true;
    }
    if (!t(k).has(kPossessive) || k - 1 < sFirst || lex::isSourcePronoun(w(k - 1))) return false;
    const int f = leftNp(k - 1, sFirst);
    if (f == kNo) return false;
    a.srcFirst = f;
    a.srcLast = k - 1;
    return true;
  }
  // 'an ad titled "Safe Streets"', 'the so-called "harbour tax"', 'under the slogan "Fix the
  // ferries"': a short quotation named by a title word is an unattributed content. Adds the
  // attribution and returns the quotation's last token, or kNo.
  int quotedTitle(int c, const Sentence& s) {
    const int sEnd = static_cast<int>(s.endToken);
    if (!t(c).has(kLower) && !t(c).has(kCapitalised)) return kNo;
    const bool soCalled = (is(c, "called") && (is(c - 1, "so") || (w(c - 1) == "-" && is(c - 2, "so")))) ||
                          is(c, "so-called");
    if (!soCalled && !is(c, "titled") && !is(c, "entitled") && !is(c, "slogan")) return kNo;
    int q = c + 1;
    if (q < sEnd && isComma(q)) ++q;
    if (q >= sEnd || !inQuote(q) || inQuote(c)) return kNo;
    const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(q)])];
    if (sg.first != q || sg.words > 8 || sg.words < 1) return kNo;
    Attribution a;
    a.cueFirst = is(c, "called") ? (is(c - 1, "so") ? c - 1 : c - 2) : c;
    a.cueLast = c;
    return addAttribution(a, s, Mode::Before, q, sg.last, q, true) ? sg.last : kNo;
  }
  // "As reported by the Gazette, CLAUSE" and "CLAUSE, as first reported by the Gazette.": a
  // passive "as reported by X" names the source of the clause after or before it. Adds the
  // attribution and returns the agent's last token, or kNo.
  int asReportedBy(int c, const Sentence& s) {
    const int sFirst = static_cast<int>(s.firstToken), sEnd = static_cast<int>(s.endToken);
    if (!is(c, "as") || inQuote(c)) return kNo;
    int v = c + 1;
    if (is(v, "first") || is(v, "previously") || is(v, "originally") || is(v, "earlier")) ++v;
    if (!is(v, "reported") && !is(v, "disclosed") && !is(v, "revealed")) return kNo;
    int by = v + 1;
    if (lex::isTimeWord(w(by)) || is(by, "earlier") || is(by, "today") || is(by, "yesterday")) ++by;
    if (!is(by, "by") || by + 1 >= sEnd) return kNo;
    const int agentLast = rightNp(by + 1, sEnd);
    if (agentLast == kNo) return kNo;
    int k = agentLast + 1;
    // A date or time after the agent ("on Tuesday", "last week").
    for (int guard = 0; guard < 3 && k < sEnd && !inQuote(k) &&
                        (lex::isTimeWord(w(k)) || is(k, "on") || is(k, "last") || is(k, "this") || is(k, "earlier"));
         ++guard)
      ++k;
    Attribution a;
    a.cueFirst = c;
    a.cueLast = v;
    a.srcFirst = by + 1;
    a.srcLast = agentLast;
    if (c == sFirst && k < sEnd && isComma(k)) return addAttribution(a, s, Mode::After, k + 1, kNo) ? agentLast : kNo;
    const bool end = k >= sEnd || w(k) == "." || w(k) == "!" || w(k) == ";";
    if (c - 1 > sFirst && isComma(c - 1) && end)
      return addAttribution(a, s, Mode::Before, c, c - 2, sFirst) ? agentLast : kNo;
    return kNo;
  }
  // "her pledge to cut fares", "the board's refusal to publish the report": an owned promise,
  // proposal, call or refusal with an infinitive; the owner is the source and the infinitive
  // clause the content.
  bool ownedNounInfinitive(int c, int sFirst, int sEnd, Attribution& a) const {
    static constexpr std::string_view kNouns[] = {"promise", "promises", "pledge", "pledges", "vow",
                                                  "vows",    "threat",   "threats", "proposal", "proposals",
                                                  "refusal", "call",     "calls",   "demand",   "demands"};
    if (!t(c).has(kLower) || !is(c + 1, "to") || c + 3 >= sEnd || inQuote(c + 1)) return false;
    bool noun = false;
    for (std::string_view n : kNouns) noun = noun || is(c, n);
    const int v = c + 2;
    if (!noun || !t(v).has(kLower) || !lex::isWord(t(v)) || lex::isStopWord(w(v)) || lex::isDeterminer(w(v)) ||
        t(v).has(kHasDigit))
      return false;
    a.cueFirst = a.cueLast = c;
    return nounOwner(c, sFirst, a);
  }
  // "The key question is whether voters will turn out", "the hope was that rates would fall":
  // a question or speech-act noun as the subject of "is/was" with a clause as its complement
  // reports an unattributed content. Returns the token opening the clause, or kNo.
  int questionIsClause(int c, int sEnd) const {
    if (!t(c).has(kLower) || !(is(c, "question") || lex::isClaimNoun(w(c)))) return kNo;
    if (!(is(c - 1, "the") || (c - 2 >= 0 && is(c - 2, "the") && t(c - 1).has(kLower) && lex::isWord(t(c - 1)) &&
                                !lex::isStopWord(w(c - 1)))))
      return kNo;
    int k = c + 1;
    if (is(k, "now") || is(k, "still")) ++k;
    if (!is(k, "is") && !is(k, "was") && !is(k, "remains")) return kNo;
    ++k;
    if (k < sEnd && isComma(k)) ++k;
    const bool wh = is(k, "whether") || (is(c, "question") && (is(k, "if") || is(k, "how") || is(k, "why") ||
                                                                 is(k, "what") || is(k, "who") || is(k, "when") ||
                                                                 is(k, "where")));
    if (!wh && !(is(k, "that") && !is(c, "question"))) return kNo;
    if (k + 2 >= sEnd || inQuote(k) || !lex::isWord(t(k + 1))) return kNo;
    return k;
  }
  // "Ann Lee, who won Ohio, is calling for X", "Ann Lee, the mayor, has been urging Y": a
  // progressive cue after an apposition or a relative clause set off by commas; the name
  // before the first comma speaks.
  void progressiveAppositionSource(Attribution& a, int c, int sFirst, int& lead, bool& participleUse) const {
    int k = c - 1;
    while (k > sFirst && (lyAdverb(k) || is(k, "also") || is(k, "now") || is(k, "still"))) --k;
    if (is(k, "been") && (is(k - 1, "has") || is(k - 1, "have") || is(k - 1, "had"))) --k;
    else if (!is(k, "is") && !is(k, "was") && !is(k, "are") && !is(k, "were")) return;
    if (k - 1 <= sFirst || !isComma(k - 1) || inQuote(k - 1)) return;
    const int appo = appositionSubject(sFirst, k - 1, true);
    if (appo == kNo) return;
    a.srcFirst = appo;
    a.srcLast = k - 2;
    a.cueFirst = k;  // the auxiliaries belong to the cue ("is calling for")
    lead = appo - 1;
    participleUse = false;
  }
  // A participle cue's content ends before a second participle coordinated with the cue
  // ("attacking the plan and visiting the site", "noting X and suggesting Y").
  void endAtCoordinatedParticiple(Attribution& a) const {
    if (a.cueFirst == kNo || a.conFirst <= a.cueLast || inQuote(a.conFirst)) return;
    if (!ingForm(a.cueLast) && !ingForm(a.cueFirst)) return;
    for (int k = a.conFirst + 1; k + 1 <= a.conLast; ++k) {
      // "responsible for cleaning X and putting Y": a gerund inside the content takes the
      // coordinated one.
      if (ingForm(k) && (is(k - 1, "for") || is(k - 1, "of") || is(k - 1, "by") || is(k - 1, "about") ||
                     is(k - 1, "without")))
        return;
      if (inQuote(k) || !(is(k, "and") || is(k, "but"))) continue;
      int v = k + 1;
      if (lyAdverb(v) || is(v, "then")) ++v;
      if (v <= a.conLast && ingForm(v) && !is(k - 1, "is") && !is(k - 1, "was") && !is(k - 1, "are") &&
          !is(k - 1, "were")) {
        int e = k - 1;
        while (e > a.conFirst && isComma(e)) --e;
        a.conLast = e;
        return;
      }
    }
  }
  // Ends `a`'s content before the source of `b` when `b` reports the clause that holds `a`'s
  // cue ("Lee agreed to A, officials said Tuesday", "He sold it in 2010, records show").
  void endBeforeLaterSource(Attribution& a, const Attribution& b) const {
    if (&a == &b || b.srcFirst == kNo || a.cueFirst == kNo || a.conFirst <= a.cueLast) return;
    if (b.conLast == kNo || b.conLast >= b.srcFirst || b.conFirst > a.cueFirst || b.srcFirst <= a.conFirst + 1 ||
        b.srcFirst > a.conLast || b.conLast < a.conFirst || inQuote(b.srcFirst) ||
        (lex::cueFlags(w(b.cueFirst)) & lex::kCueNominal) != 0)
      return;
    for (int k = b.conLast + 1; k < b.srcFirst; ++k)
      if (!isComma(k)) return;
    // Only an adjunct may follow the later cue inside `a`'s content ("said Tuesday").
    int words = 0;
    for (int k = b.cueLast + 1; k <= a.conLast; ++k)
      if (inQuote(k) || (lex::isWord(t(k)) && ++words > 6)) return;
    a.conLast = b.conLast;
  }
  // Whether the comma at `k` inside an object goes on with a list of short items that a
  // coordinator closes ("sanctions on trade, energy, defense and banking", "of stalling,
  // delaying, and hiding", "cheaper fares, new buses on every route and X"): items of up to
  // five words between commas, "and"/"or" after one.
  // Returns the coordinator, or kNo.
  int listCoordinator(int k, int sLast) const {
    int items = 1, words = 0;
    for (int q = k + 1; q <= sLast && q < k + 16; ++q) {
      if (inQuote(q)) return kNo;
      if (w(q) == ",") {
        if (words == 0) return kNo;
        ++items;
        words = 0;
        continue;
      }
      if (!lex::isWord(t(q)) && !(w(q) == "-" && !isDash(q))) return kNo;
      if (is(q, "and") || is(q, "or")) return items > 1 || words > 0 ? q : kNo;
      if (lex::isWord(t(q)) && ++words > 5) return kNo;
    }
    return kNo;
  }
  // A cue inside an opening subordinate clause ("Although Lee said he would sign it, the bill
  // stalled", "Two years after the party vowed to X, it did Y"): its content ends at the comma
  // before the main clause. Returns the last token of the content (`last` when no such comma).
  int subordinateContentEnd(const Attribution& a, int first, int last) const {
    if (inQuote(first) || a.cueFirst == kNo) return last;
    bool despite = false;
    if (!openingParticiple(a)) {
      if (a.srcFirst == kNo || a.srcFirst > a.cueFirst || (a.srcFirst < 1 && !is(a.srcFirst, "despite"))) return last;
      // "Despite Lee's insistence that X, a judge ...": the owner may still hold "Despite".
      const int sub = is(a.srcFirst, "despite") && a.srcFirst < a.srcLast ? a.srcFirst : a.srcFirst - 1;
      despite = is(sub, "despite");
      if (inQuote(sub) || !(is(sub, "although") || despite || is(sub, "though") || is(sub, "while") || is(sub, "if") ||
                            is(sub, "after") || is(sub, "before") || is(sub, "as") || is(sub, "because") ||
                            is(sub, "since") || is(sub, "once") || is(sub, "unless") || is(sub, "whereas") ||
                            is(sub, "when") || is(sub, "until")))
        return last;
      // "As the Gazette reported, even on Friday, CLAUSE": a comma right after the cue closes
      // the subordinate clause; the content after it is the main clause, whole.
      if (a.cueLast != kNo && first == a.cueLast + 2 && isComma(a.cueLast + 1) && !inQuote(a.cueLast + 1) &&
          is(sub, "as"))
        return last;
    }
    for (int k = first + 3; k + 3 <= last; ++k) {
      if (inQuote(k)) continue;
      if (w(k) != ",") continue;
      const int m = k + 1;
      const bool subject = lex::isSourcePronoun(w(m)) || is(m, "there") || contractedPronoun(m) ||
                           lex::isArticle(w(m)) || (t(m).has(kCapitalised) && !lex::isStopWord(w(m))) ||
                           (despite && (is(m, "all") || is(m, "most") || is(m, "many")));
      if (subject && !is(m, "who") && !is(m, "which") && !is(m, "that")) return k - 1;
    }
    return last;
  }
  // A cue that opens its sentence as a participle, alone or after "Having" ("Asked whether X,
  // most voters said Y", "Having vowed to X, the mayor did Y"): its clause is a modifier of the
  // main clause that follows the comma.
  bool openingParticiple(const Attribution& a) const {
    const int c = a.cueFirst;
    if (c == kNo || inQuote(c)) return false;
    const int sFirst = static_cast<int>(toks_.sentences[t(c).sentence].firstToken);
    int k = sFirst;
    if (k < c && (is(k, "having") || is(k, "after") || is(k, "before") || is(k, "when") || is(k, "while") ||
                  is(k, "upon") || is(k, "since")))
      ++k;
    if (k != c || is(c, "according")) return false;  // "According to X, Y" reports the main clause
    const std::string_view x = w(c);
    const bool participle =
        (x.size() > 4 && (lex::ieq(x.substr(x.size() - 2), "ed") || lex::ieq(x.substr(x.size() - 3), "ing"))) ||
        is(c, "told") || is(c, "said") || is(c, "written");
    return participle && (a.srcFirst == kNo || a.srcFirst > c || a.srcFirst == sFirst);
  }
  bool seemComplement(int c, int sFirst, int sEnd) const;
  bool pastVerbWithObject(int k, int sLast) const;
  bool stanceTopicAdjective(int c) const;
  int agentNounBe(int c, int sFirst, int sEnd) const;
  int stanceSubject(int k, int sFirst) const;
  int stanceAdjectivePrep(int c, int sEnd) const;
  // Whether a noun phrase ends right before the token `c` ("his steady rise", "numbers and
  // influence"): an article, possessive or coordinator before a run of lower-case words.
  bool nounBeforeIn(int c, int sFirst) const {
    int k = c - 1;
    if (k <= sFirst || !t(k).has(kLower) || lex::isStopWord(w(k))) return false;
    while (k - 1 > sFirst && c - k < 3 && t(k - 1).has(kLower) && lex::isWord(t(k - 1)) && !lex::isStopWord(w(k - 1)) &&
           !lex::isArticle(w(k - 1)))
      --k;
    return lex::isArticle(w(k - 1)) || t(k - 1).has(kPossessive) || is(k - 1, "and") || is(k - 1, "of");
  }
  // A comma right before `c`, or one closing a quotation right before it ('called it "rash," saying').
  bool commaBefore(int c) const {
    return isComma(c - 1) || (c - 2 >= 0 && commaInsideClosing(c - 1));
  }
  // The form of "be" before the participle `c`, over negation and a degree adverb ("is expected",
  // "is not expected", "isn't widely expected"), or kNo.
  int beBefore(int c, int sFirst) const {
    int k = c - 1;
    for (int guard = 0; guard < 2 && k > sFirst && (is(k, "not") || is(k, "widely") || is(k, "also") ||
                                                     is(k, "generally") || is(k, "still") || is(k, "largely") ||
                                                     is(k, "now") || is(k, "broadly") || is(k, "n't") ||
                                                     is(k, "increasingly") || is(k, "often") || is(k, "best") ||
                                                     is(k, "well") || is(k, "better"));
         ++guard)
      --k;
    if (k < sFirst) return kNo;
    for (const std::string_view b : {"is", "are", "was", "were", "be", "been", "isn't", "isn’t", "aren't", "aren’t",
                                     "wasn't", "wasn’t", "weren't", "weren’t"})
      if (is(k, b)) return k;
    return kNo;
  }
  Span spanOf(int first, int last) const { return {t(first).span.start, t(last).span.end}; }
  // A finite auxiliary or modal ("is", "has", "will", "could", "did"): the verb of a clause.
  bool auxiliary(int k) const {
    for (const std::string_view a : {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                                     "do", "does", "did", "may", "might", "should", "must"})
      if (is(k, a)) return true;
    return false;
  }
  // A verb's plain form ("argue", "advocate"), not its -s, -ed or -ing form, nor an irregular past.
  bool plainVerbForm(int k) const {
    const std::string_view x = w(k);
    const auto ends = [&](std::string_view e) { return x.size() > e.size() && lex::ieq(x.substr(x.size() - e.size()), e); };
    return !ends("s") && !ends("ed") && !ends("ing") && !is(k, "said") && !is(k, "told") && !is(k, "wrote") &&
           !is(k, "thought") && !is(k, "felt") && !is(k, "knew") && !is(k, "saw") && !is(k, "swore") &&
           !is(k, "understood") && !is(k, "sought");
  }
};

}  // namespace wiremap::extract::quote_detail
