// Quote extraction: quotation-mark segments, reporting cues with their source noun phrase
// and content clause, paragraph-level merging of direct quotes, continuation and speaker
// resolution. Works on tokens only (no regex, no per-token allocation).
#include "extract/quotes.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "extract/given_names.hpp"
#include "extract/ingest.hpp"
#include "extract/quote_lexicon.hpp"

namespace wiremap::extract {
namespace {

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

// First token of the noun phrase whose last token is `head`, or kNo when `head` cannot end
// a source noun phrase. Never goes before `limit`.
int QuoteFinder::leftNp(int head, int limit) const {
  if (head < limit || head < 0) return kNo;
  const Token& h = t(head);
  // "Sen. Ann Lee (D-Ohio) said": a short parenthetical after the name belongs to the source.
  if (h.text == ")") {
    int open = head - 1;
    while (open > limit && head - open < 25 && w(open) != "(" && w(open) != ")" && !inQuote(open)) --open;
    if (open <= limit || w(open) != "(" || inQuote(open)) return kNo;
    const int f = leftNp(open - 1, limit);
    return f != kNo && !lex::isSourcePronoun(w(f)) ? f : kNo;
  }
  if (!lex::isWord(h)) return kNo;
  if (lex::isSourcePronoun(h.text)) return head;
  // "many say", "most believe": a quantifier standing alone as the subject.
  if (lex::isQuantifierSubject(h.text) && (head == limit || !lex::isWord(t(head - 1)) || lex::isStopWord(w(head - 1))) &&
      !lex::isDeterminer(head > limit ? w(head - 1) : std::string_view()))
    return head;
  // "About four in 10 said", "nine out of 10 say": a proportion is a source.
  const bool outOf = h.has(kHasDigit) && head - 3 >= limit && is(head - 1, "of") && is(head - 2, "out") &&
                     lex::isWord(t(head - 3)) && !inQuote(head - 3);
  if (outOf ||
      (h.has(kHasDigit) && head - 2 >= limit && is(head - 1, "in") && lex::isWord(t(head - 2)) && !inQuote(head - 2))) {
    int first = outOf ? head - 3 : head - 2;
    if (first - 1 >= limit && (is(first - 1, "about") || is(first - 1, "nearly") || is(first - 1, "almost") ||
                               is(first - 1, "roughly") || is(first - 1, "only")))
      --first;
    return first;
  }
  if ((lex::isStopWord(h.text) && !nameWord(head)) || h.has(kHasDigit)) return kNo;
  if (inQuote(head)) return kNo;
  int first = head;
  int lowers = h.has(kLower) ? 1 : 0;
  while (first - 1 >= limit && head - first < kMaxNpTokens) {
    const int k = first - 1;
    const Token& p = t(k);
    if (inQuote(k)) break;
    if (p.has(kPossessive)) {
      first = k;
      continue;
    }
    if (!lex::isWord(p)) {
      if (p.text == "-" || p.text == "&") {
        first = k;
        continue;
      }
      break;
    }
    if (lex::ieq(p.text, "the") && k - 1 >= limit && lex::ieq(w(k - 1), "of")) {
      first = k;
      continue;
    }
    // "a spokesman for the ministry": an article after the preposition of a common noun's
    // tail (the tail rule below takes the preposition).
    if (lex::isArticle(p.text) && k - 2 >= limit && (is(k - 1, "for") || is(k - 1, "at") || is(k - 1, "from")) &&
        roleNoun(k - 2) && !inQuote(k - 2)) {
      first = k;
      continue;
    }
    // "the mother of three": a number after "of" belongs to the noun before it.
    if (lex::ieq(p.text, "of") && first == head && k - 1 >= limit && t(k - 1).has(kLower) && lex::isWord(t(k - 1)) &&
        !lex::isStopWord(w(k - 1)) && !inQuote(k - 1) &&
        (h.has(kHasDigit) || is(head, "two") || is(head, "three") || is(head, "four") || is(head, "five") ||
         is(head, "six"))) {
      first = k;
      continue;
    }
    if (lex::isDeterminer(p.text)) {
      first = k;
      break;
    }
    // "47 percent of young voters", "most of the delegates", "one in three of them".
    if (lex::ieq(p.text, "of") && k - 1 >= limit && !inQuote(k - 1) &&
        (lex::isQuantifierSubject(w(k - 1)) || is(k - 1, "percent") || w(k - 1) == "%" || is(k - 1, "one") ||
         is(k - 1, "two") || is(k - 1, "three") || is(k - 1, "third") || is(k - 1, "quarter") || is(k - 1, "number") ||
         is(k - 1, "range") || is(k - 1, "array") || is(k - 1, "variety") || is(k - 1, "host") ||
         is(k - 1, "handful") || is(k - 1, "chorus") || is(k - 1, "slew"))) {
      first = k - 1;
      while (first - 1 >= limit && !inQuote(first - 1) && head - first < kMaxNpTokens &&
             (t(first - 1).has(kHasDigit) || is(first - 1, "percent") || w(first - 1) == "%" ||
              is(first - 1, "about") || is(first - 1, "nearly") || is(first - 1, "almost") || is(first - 1, "roughly") ||
              is(first - 1, "only") || is(first - 1, "some") || is(first - 1, "a") || is(first - 1, "the") ||
              is(first - 1, "two") || is(first - 1, "one") || is(first - 1, "large") || is(first - 1, "small") ||
              is(first - 1, "vast") || is(first - 1, "slim") || is(first - 1, "wide") || is(first - 1, "broad") ||
              is(first - 1, "growing")))
        --first;
      break;
    }
    if ((lex::ieq(p.text, "of") || lex::ieq(p.text, "for") || lex::ieq(p.text, "and") || lex::ieq(p.text, "to")) &&
        k - 1 >= limit &&
        (t(k - 1).has(kCapitalised) || t(k - 1).has(kAllCaps)) &&
        (t(first).has(kCapitalised) || (lex::ieq(w(first), "the") && first < head && t(first + 1).has(kCapitalised)))) {
      first = k;
      continue;
    }
    // A prepositional tail after a common-noun head: "analysts in Seoul", "a spokesperson for
    // the embassy in Pyongyang" (the head is a lower-case word, or a capitalised one opening
    // the sentence).
    if ((lex::ieq(p.text, "in") || lex::ieq(p.text, "for") || lex::ieq(p.text, "at") || lex::ieq(p.text, "from")) &&
        k - 1 >= limit && lex::isWord(t(k - 1)) && !lex::isStopWord(w(k - 1)) && !inQuote(k - 1) &&
        (t(k - 1).has(kLower) || (t(k - 1).has(kSentenceStart) && !t(k - 1).has(kAllCaps)))) {
      first = k;
      continue;
    }
    if ((lex::isStopWord(p.text) && !nameWord(k)) || lex::isSourcePronoun(p.text)) break;
    if (p.has(kCapitalised) || p.has(kAllCaps)) {
      first = k;
      continue;
    }
    if (p.has(kLower) && lowers < 3) {
      ++lowers;
      first = k;
      continue;
    }
    break;
  }
  // Do not start on a dangling connector.
  while (first < head && (lex::ieq(w(first), "of") || lex::ieq(w(first), "and") || t(first).has(kPossessive)))
    ++first;
  return first;
}

// Last token of the noun phrase starting at `first` (inverted "said the official"), or kNo.
int QuoteFinder::rightNp(int first, int limit) const {
  if (first >= limit || first >= n()) return kNo;
  const Token& f = t(first);
  if (!lex::isWord(f) || inQuote(first)) return kNo;
  if (lex::isSourcePronoun(f.text)) return (lex::ieq(f.text, "who") || lex::ieq(f.text, "which")) ? kNo : first;
  if (lex::isStopWord(f.text) && !lex::isDeterminer(f.text) && !nameWord(first)) return kNo;
  if (lex::ieq(f.text, "that") || lex::ieq(f.text, "this")) return kNo;  // "said that ...": a clause, not a source
  int last = first;
  int lowers = f.has(kLower) && !lex::isDeterminer(f.text) ? 1 : 0;
  while (last + 1 < limit && last - first < kMaxNpTokens) {
    const int k = last + 1;
    const Token& p = t(k);
    if (inQuote(k)) break;
    if (p.has(kPossessive) || p.text == "-") {
      last = k;
      continue;
    }
    if (!lex::isWord(p)) break;
    if ((lex::ieq(p.text, "of") || lex::ieq(p.text, "for")) && k + 1 < limit && (t(k + 1).has(kCapitalised))) {
      last = k;
      continue;
    }
    if (lex::ieq(p.text, "of") && k + 2 < limit && lex::ieq(w(k + 1), "the") && t(k + 2).has(kCapitalised)) {
      last = k + 1;
      continue;
    }
    // A capitalised cue form inside a name is part of it ("The Washington Post").
    const bool nameWord = p.has(kCapitalised) && t(k - 1).has(kCapitalised) && !lex::isDeterminer(w(k - 1)) &&
                          !t(k).has(kSentenceStart);
    // "says the report", "said a new study": a nounish cue form after a determiner or an
    // adjective of the phrase is its head noun.
    // So is a plain form between capitalised words ("Transit advocate Ana Ruiz").
    const bool nounHead = (lex::cueFlags(p.text) & lex::kCueNounish) != 0 && p.has(kLower) &&
                          (lex::isArticle(w(k - 1)) || (k - 1 > first && t(k - 1).has(kLower)) ||
                           (t(k - 1).has(kCapitalised) && k + 1 < limit && t(k + 1).has(kCapitalised) && plainVerbForm(k)));
    if (lex::isStopWord(p.text) || lex::isSourcePronoun(p.text) || (lex::cueFlags(p.text) != 0 && !nameWord && !nounHead))
      break;
    if (p.has(kCapitalised) || p.has(kAllCaps)) {
      last = k;
      continue;
    }
    if (p.has(kLower) && lowers < 3) {
      ++lowers;
      last = k;
      continue;
    }
    break;
  }
  // The head must be a content word, not a determiner alone.
  if (last == first && lex::isDeterminer(f.text)) return kNo;
  return last;
}

// Last token of a prepositional modifier closing an inverted source that ends at `last`
// ("said a spokesperson for the ministry.", "said Ann Lee of the port authority, who ..."),
// or `last` when none follows: the phrase must run to the clause's end (a comma or the
// sentence's end) and hold no cue, quotation, time or medium word ("said Lee in an interview"
// keeps its adjunct out of the source).
int QuoteFinder::sourceModifier(int last, int limit) const {
  int p = last + 1;
  // "says a report released Tuesday by the council": a participle's time word comes first.
  if (w(last).size() > 4 && t(last).has(kLower) && w(last).substr(w(last).size() - 2) == "ed")
    while (p < limit && p - last <= 2 && lex::isTimeWord(w(p)) && !inQuote(p)) ++p;
  if (p > last + 1 && (p >= limit || isComma(p) || w(p) == "." || w(p) == "!" || w(p) == "?" || w(p) == ";"))
    return p - 1;
  if (p >= limit || !(is(p, "of") || is(p, "for") || is(p, "at") || is(p, "with") || is(p, "from") || is(p, "by")))
    return last;
  int words = 0;
  int k = p + 1;
  for (; k < limit && lex::isWord(t(k)); ++k) {
    if (inQuote(k) || lex::isTimeWord(w(k)) || lex::isMediumNoun(w(k)) || is(k, "that") || is(k, "to")) return last;
    if (lex::cueFlags(w(k)) != 0 && !t(k).has(kCapitalised) && !lex::isArticle(w(k - 1))) return last;
    if (++words > 6) return last;
  }
  if (words == 0) return last;
  const bool clauseEnd = k >= limit || isComma(k) || w(k) == "." || w(k) == "!" || w(k) == "?" || w(k) == ";";
  return clauseEnd ? k - 1 : last;
}

// First token of a subject "Name, apposition," that ends at the comma `comma`, where the
// name opens the sentence (or follows an opening phrase and its comma); kNo otherwise.
int QuoteFinder::appositionSubject(int sFirst, int comma, bool afterQuote) const {
  // '"...," Ann Lee, a port spokeswoman, told reporters.': the name may also open right
  // after a quotation that opens the sentence.
  if (afterQuote) {
    const int plain = appositionSubject(sFirst, comma, false);
    if (plain != kNo) return plain;
    for (int m = comma - 1; m >= sFirst && comma - m < 40; --m) {
      if (!isClosingMark(m)) continue;
      int start = m + 1;
      while (start < comma && isComma(start)) ++start;
      return start < comma ? appositionSubject(start, comma, false) : kNo;
    }
    return kNo;
  }
  if (comma - sFirst > 40) return kNo;
  bool afterParticiple = false;
  for (int start = sFirst, tries = 0; tries < 2 && start < comma; ++tries) {
    // "First his wife, a longtime aide, announced": a one-word sequence adverb without its
    // own comma before the name.
    if ((is(start, "first") || is(start, "then") || is(start, "finally") || is(start, "later") ||
         is(start, "now") || is(start, "also") || is(start, "still") || is(start, "even")) &&
        start + 1 < comma && !isComma(start + 1) && lex::isWord(t(start + 1)))
      ++start;
    else if (coordinatorBeforeName(start, comma))
      ++start;
    int k1 = start;
    while (k1 < comma && !isComma(k1)) ++k1;
    if (k1 >= comma || k1 == start) return kNo;
    // "WINNIPEG — Clinics are closing, says ...": a dateline, not a name and its apposition.
    if (t(start).has(kAllCaps) && w(k1) != "," && start == sFirst) return kNo;
    // "Speaking at a rally, the mayor, a former teacher, argued": a participle phrase opens.
    const bool participle = start == sFirst && t(start).has(kCapitalised) && w(start).size() > 4 &&
                            (w(start).ends_with("ing") || is(start, "asked")) && lex::isWord(t(start + 1)) &&
                            t(start + 1).has(kLower) && !t(start + 1).has(kPossessive);
    const bool opener = lex::isPhraseOpener(w(start)) || is(start, "as") || is(start, "still") || is(start, "yet") ||
                        is(start, "however") || is(start, "meanwhile") || is(start, "instead") || is(start, "now") ||
                        is(start, "indeed") || is(start, "moreover") || is(start, "so") || is(start, "for") || is(start, "with") ||
                        is(start, "despite") || is(start, "like") || is(start, "unlike") || is(start, "under") ||
                        is(start, "among") || is(start, "since") || is(start, "but") || is(start, "and") ||
                        participle;
    const int npLast = rightNp(start, k1);
    if (!opener && (t(start).has(kCapitalised) || t(start).has(kAllCaps) || lex::isDeterminer(w(start))) &&
        (npLast == k1 - 1 || npWithTail(start, k1) == k1 - 1)) {
      bool ok = k1 + 1 < comma;
      // With a tail the apposition must open like one: not with an aside ("X in Ohio, for
      // instance, noted").
      if ((npLast != k1 - 1 || afterParticiple) && lex::isStopWord(w(k1 + 1)) && !lex::isDeterminer(w(k1 + 1)) &&
          !lex::isSourcePronoun(w(k1 + 1)) && !is(k1 + 1, "and"))
        ok = false;
      // An auxiliary outside a relative clause makes the part after the first comma a clause
      // ("A and his wife B, son C had been ..."), not an apposition.
      bool relative = false;
      for (int k = k1 + 1; ok && k < comma; ++k) {
        if (is(k, "who") || is(k, "which") || is(k, "that") || is(k, "whose") || is(k, "whom") || is(k, "how") ||
            is(k, "what") || is(k, "whether") || is(k, "when") || is(k, "where") || is(k, "why") || is(k, "if"))
          relative = true;
        if (!relative && !inQuote(k) && auxiliary(k)) ok = false;
      }
      for (int k = start; ok && k < comma; ++k) {
        // A short title inside the apposition ("Dana Perino, a host of ''The Five,''") is
        // part of it; a longer quotation is a content.
        const bool title = inQuote(k) && k > k1 &&
                           segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(k)])].words <= 5 &&
                           segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(k)])].last <= comma;
        if ((inQuote(k) && !title) || w(k) == "." || w(k) == ":" || w(k) == ";") ok = false;
      }
      if (ok) return start;
    }
    if (!opener) return kNo;
    afterParticiple = participle;
    start = k1 + 1;
  }
  return kNo;
}

// Skips the hearer object of "told/asked/warned X (that)": returns the first token after it.
int QuoteFinder::skipObject(int i, int end) const {
  const int skipped = skipShortObject(i, end);
  // "told a crowded hall in the old port on Monday that ...": a longer hearer (or its adjuncts)
  // before "that" is no content either.
  if (skipped < end && !is(skipped, "that") && !inQuote(skipped))
    if (const int that = thatAfterHearer(skipped, end); that != kNo) return that;
  return skipped;
}

// The "that" opening the clause after a hearer of two or more words and its adjuncts that
// start at `i` ("that" within 18 tokens, with no verb, subject pronoun, infinitive, topic,
// claim noun, participle, quotation or clause punctuation before it; not a relative "that"
// before its verb), or kNo.
int QuoteFinder::thatAfterHearer(int i, int end) const {
  for (int k = i; k < end && k - i <= 18; ++k) {
    if (inQuote(k) || w(k) == "." || w(k) == ";" || w(k) == ":" || w(k) == "?" || w(k) == "!" || w(k) == "(")
      return kNo;
    // "told a crowd that spilled into the street": a relative "that" before its verb is no clause opener.
    if (is(k, "that"))
      return k > i + 1 && lex::isWord(t(k - 1)) && !is(k - 1, "so") && !is(k - 1, "such") && k + 1 < end &&
                     !looksFiniteVerb(k + 1) && !auxiliary(k + 1) &&
                     !(t(k + 1).has(kLower) && w(k + 1).size() > 4 && w(k + 1).ends_with("ed")) &&
                     k + 2 < end && lex::isWord(t(k + 2))  // "asked Lee that question."
                 ? k
                 : kNo;
    if (!lex::isWord(t(k))) continue;
    // "asked questions about X's claim that": a topic or a claim is no hearer; "told X, saying
    // that": a participle reports on its own.
    if (is(k, "about") || lex::isClaimNoun(w(k)) || ingForm(k)) return kNo;
    if (is(k, "to") || auxiliary(k) || looksFiniteVerb(k) || subjectPronoun(k) || is(k, "who") || is(k, "which") ||
        is(k, "whether") || is(k, "if") || is(k, "how") || is(k, "what") || is(k, "why") || is(k, "when"))
      return kNo;
    if (is(k, "and") && k + 1 < end && t(k + 1).has(kLower) && !lex::isDeterminer(w(k + 1))) return kNo;
  }
  return kNo;
}

int QuoteFinder::skipShortObject(int i, int end) const {
  if (i >= end) return i;
  static constexpr std::string_view kObjPronouns[] = {"him", "her", "them", "us", "me", "you", "reporters",
                                                      "journalists", "lawmakers", "supporters", "voters",
                                                      "listeners", "viewers", "parliament", "congress", "audiences",
                                                      "crowds", "donors", "followers", "residents", "investors"};
  for (std::string_view o : kObjPronouns)
    if (lex::ieq(w(i), o)) return i + 1;
  if (t(i).has(kCapitalised) || t(i).has(kAllCaps) || lex::isDeterminer(w(i))) {
    if (const int wh = is(i, "that") ? kNo : questionAfterHearer(i, end); wh != kNo) return wh;
    const int last = rightNp(i, end);
    if (last != kNo && last + 1 < end) {
      // Accept only when a clause marker follows the object ("told CNN that", "told the BBC:"),
      // possibly after a day ("asked the mayor Friday how").
      int nx = last + 1;
      if (nx + 1 < end && lex::isPhraseOpener(w(nx)) && t(nx).has(kCapitalised) && !inQuote(nx)) ++nx;
      if (is(nx, "how") || is(nx, "what") || is(nx, "whether") || is(nx, "if") || is(nx, "why") || is(nx, "who") ||
          is(nx, "when"))
        return nx;
      if (is(nx, "that") || w(nx) == "," || w(nx) == ":" || is(nx, "to") || t(nx).has(kQuoteMark) || is(nx, "on") ||
          is(nx, "in"))
        return nx;
      // "told CBC News the deficit could grow": a named hearer before a bare clause.
      if (t(i).has(kCapitalised) && !lex::isDeterminer(w(i)) && t(nx).has(kLower) &&
          (is(nx, "the") || is(nx, "he") || is(nx, "she") || is(nx, "they") || is(nx, "it") || is(nx, "we") ||
           is(nx, "there") || is(nx, "his") || is(nx, "her") || is(nx, "their")))
        return nx;
    }
  }
  return i;
}

// Last token of the object noun phrase (with its of/for/to phrases) that starts at `first`:
// it stops before punctuation, a time or place phrase, or a subordinate clause.
int QuoteFinder::objectEnd(int first, int sLast) const {
  // The object runs on with its complements ("accused X of Y", "described X as Y", "blamed X
  // on Y") to the end of its clause: punctuation, a subordinating conjunction, or "and" with
  // a second verb.
  int last = first;
  for (int k = first; k <= sLast; ++k) {
    const Token& x = t(k);
    if (x.has(kQuoteMark) && inQuote(k)) {
      // A quotation inside the object is taken whole.
      k = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(k)])].last;
      last = std::min(k, sLast);
      // 'called it "a tax on work," Lee then ...': a comma inside the closing mark ends the object.
      if (k > first + 1 && commaInsideClosing(k) && !is(k + 1, "not")) break;
      continue;
    }
    // "named the big number: 1,237", "a 3-2-1 plan: finish third in X, ...": an elaboration
    // after a colon belongs to the object (a quotation after it is a content of its own).
    if (w(k) == ":" && k + 1 <= sLast && !t(k + 1).has(kQuoteMark) && lex::isWord(t(k + 1))) continue;
    if (k > first) {
      if (const int close = asideBeforeComplement(k, sLast); close != kNo) {
        k = close;
        continue;
      }
    }
    // "echoed her line of attack - that X", "criticised the plan - particularly its cost": a
    // single dash before an elaboration of the object.
    if (k > first && w(k) != "," && (isComma(k) || enDash(k)) && dashElaboration(k, sLast)) continue;
    if (w(k) == ";" || w(k) == ":" || w(k) == "(" || enDash(k)) break;
    // "discussed fun topics, including X", "ordered the office, along with Y, to Z": the
    // object goes on.
    if (w(k) == "," && (is(k + 1, "including") || (is(k + 1, "along") && is(k + 2, "with")))) continue;
    if (isComma(k)) {
      // "accused X of delaying, stalling and hiding": a list goes on.
      bool list = false;
      if (w(k) == ",") {
        for (int q = k + 1; q <= sLast && q < k + 6 && !list; ++q) {
          if (isComma(q) || !lex::isWord(t(q))) break;
          if ((is(q, "and") || is(q, "or")) && q > k + 1) list = true;
        }
        if (const int c = list ? kNo : listCoordinator(k, sLast); c != kNo) {
          k = c - 1;  // the items up to the coordinator; its own checks come next
          continue;
        }
      }
      if (!list) break;
      continue;
    }
    if (k > first && (is(k, "but") || is(k, "because") || is(k, "although") || is(k, "though") || is(k, "while") ||
                      is(k, "whereas")))
      break;
    // Adjuncts of time, place and manner stay ("opposed it on those grounds last year"); a
    // subordinate clause does not.
    // ... but a time phrase that completes the object stays ("a deal before 2017", "not to close
    // it until there is a plan", "portrayals of X during the campaign"); "before" opening a
    // gerund clause ("before explaining why ...") is a new report.
    const bool gerundAfter =
        k + 1 <= sLast &&
        (ingForm(k + 1) || (k + 2 <= sLast && (lyAdverb(k + 1) || is(k + 1, "also")) && ingForm(k + 2)));
    if (k > first && (is(k, "after") || (is(k, "before") && gerundAfter) || is(k, "when") || is(k, "since") ||
                      is(k, "amid")))
      break;
    if (is(k, "and") && k + 1 <= sLast && t(k + 1).has(kLower) &&
        ((lex::cueFlags(w(k + 1)) & lex::kCueFinite) != 0 ||
         (w(k + 1).size() > 3 && w(k + 1).substr(w(k + 1).size() - 2) == "ed") || is(k + 1, "has") ||
         is(k + 1, "is") || is(k + 1, "was") || is(k + 1, "will") || is(k + 1, "would")))
      break;
    if (k > first && secondVerbAfterAnd(first, k, sLast)) break;
    if (lex::isWord(x) || x.has(kPossessive)) last = k;
  }
  return last;
}

bool QuoteFinder::addAttribution(Attribution a, const Sentence& s, Mode mode, int after, int before, int beforeFirst,
                                 bool objectOnly) {
  const int sFirst = static_cast<int>(s.firstToken), sLast = static_cast<int>(s.endToken) - 1;
  if (mode == Mode::After) {
    int first = after;
    // A colon or comma right after the cue introduces the content.
    while (first <= sLast && (w(first) == ":" || w(first) == ",")) ++first;
    // 'replied warily: "..."': a manner adverb before the colon belongs to the cue's side.
    if (first + 2 <= sLast && first == after && lyAdverb(first) && !inQuote(first) && w(first + 1) == ":" &&
        t(first + 2).has(kQuoteMark))
      first += 2;
    int last = sLast;
    // If the content opens a quotation, it runs to the end of that quotation.
    if (first <= sLast && inQuote(first)) {
      last = std::max(last, segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(first)])].last);
      // 'supports "modest raises," opposes X', 'chanting "No cuts," and marching': a quotation
      // that closes with a comma ends the content.
      const int ql = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(first)])].last;
      if (ql < sLast && commaInsideClosing(ql) && !is(ql + 1, "not")) last = ql;
    }
    else if (objectOnly && first <= sLast) last = mediumAdjunctEnd(first, shortObjectEnd(first, objectEnd(first, sLast)));
    if (first <= sLast) last = subordinateContentEnd(a, first, last);
    // "42 percent said yes, but 51 percent say no": a one-word answer before a comma and a
    // conjunction is the whole content.
    if (first + 2 <= last && !inQuote(first) && (is(first, "yes") || is(first, "no"))) {
      const int cj = isComma(first + 1) ? first + 2 : first + 1;
      if (is(cj, "but") || is(cj, "while") || is(cj, "whereas") || (is(cj, "and") && cj == first + 2)) last = first;
    }
    if (first <= sLast) last = asideContentEnd(a, first, last);
    if (first <= sLast) last = comparativeAsEnd(first, last);
    first = urgedObjectStart(a, first);
    if (first <= sLast && !inQuote(first) && (objectOnly || is(first, "to"))) last = clauseAfterAndEnd(first, last);
    if (first <= sLast && !inQuote(first) && is(first, "to")) last = infinitiveDashEnd(first, last);
    a.conFirst = first;
    a.conLast = last;
  } else if (mode == Mode::Before || mode == Mode::Hull) {
    int first = beforeFirst != kNo ? beforeFirst : sFirst;
    // 'Lee defends the plan in an ad: "A," the mayor says': the quotation after a colon is the
    // content, not the clause that introduces it.
    if (beforeFirst == kNo)
      for (int k = before - 1; k > first; --k)
        if (w(k) == ":" && !inQuote(k) && k + 1 <= before && t(k + 1).has(kQuoteMark) && inQuote(k + 1) &&
            segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(k + 1)])].first == k + 1) {
          first = k + 1;
          break;
        }
    if (inQuote(first)) first = std::min(first, segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(first)])].first);
    // '"A," she said, but in the end, "B," said Lee.': an earlier quotation of the sentence with
    // a cue of its own right after it belongs to that cue; the content starts at the next one.
    if (mode == Mode::Before && beforeFirst == kNo) {
      const auto finiteCue = [&](int k) {
        return k < before && t(k).has(kLower) && !inQuote(k) && (lex::cueFlags(w(k)) & lex::kCueFinite) != 0;
      };
      for (int k = first; k < before; ++k) {
        if (!isClosingMark(k) || !commaInsideClosing(k)) continue;
        const int m = k + 1;
        if (!(finiteCue(m) ||
              ((t(m).has(kCapitalised) || lex::isPersonPronoun(w(m))) && !inQuote(m) && finiteCue(m + 1))))
          continue;
        int q = m + 1;
        while (q <= before && !(inQuote(q) && segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(q)])].first == q)) ++q;
        if (q <= before) first = q;
        break;
      }
    }
    int last = before;
    if (mode == Mode::Hull) {
      last = sLast;
      // "Over time, she said, X – although at that she laughed and admitted Y": a dash and a
      // concessive conjunction after the parenthetical cue open a new aside.
      for (int k = before + 2; k + 1 <= sLast; ++k) {
        if (inQuote(k)) continue;
        const std::string_view x = w(k);
        if ((x == "\xE2\x80\x93" || x == "\xE2\x80\x94" || x == "--") &&
            (is(k + 1, "although") || is(k + 1, "though"))) {
          last = k - 1;
          break;
        }
      }
    }
    a.conFirst = first;
    a.conLast = last;
  } else {
    return false;
  }
  // Trim non-quote punctuation at both ends.
  while (a.conLast >= a.conFirst && !lex::isWord(t(a.conLast)) && !t(a.conLast).has(kQuoteMark) && w(a.conLast) != ")")
    --a.conLast;
  while (a.conFirst <= a.conLast && !lex::isWord(t(a.conFirst)) && !t(a.conFirst).has(kQuoteMark) &&
         w(a.conFirst) != "(")
    ++a.conFirst;
  // A quotation cut by the content's end is taken whole.
  if (a.conLast >= a.conFirst && inQuote(a.conLast)) {
    const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(a.conLast)])];
    if (sg.first >= a.conFirst || mode != Mode::After) a.conLast = std::max(a.conLast, sg.last);
  }
  if (a.conLast >= a.conFirst && inQuote(a.conFirst)) {
    const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(a.conFirst)])];
    a.conFirst = std::min(a.conFirst, sg.first);
  }
  // An empty content (a cue at the very end of the text) is none; it must not be read past the end.
  if (a.conFirst > a.conLast || a.conFirst < 0 || a.conLast >= n()) return false;
  int words = 0;
  for (int k = a.conFirst; k <= a.conLast; ++k)
    if (lex::isWord(t(k))) ++words;
  // A one-word answer is a content ("said yes", '"Okay," I said'); other single words are not.
  const bool answer = (a.conFirst == a.conLast && (is(a.conFirst, "yes") || is(a.conFirst, "no"))) ||
                      (t(a.conFirst).has(kQuoteMark) && isClosingMark(a.conLast) && inQuote(a.conFirst) &&
                       segOf_[static_cast<std::size_t>(a.conFirst)] == segOf_[static_cast<std::size_t>(a.conLast)]);
  if (words < (objectOnly || answer ? 1 : 2)) return false;
  if (passiveAgent(a.conFirst)) return false;
  a.paragraph = s.paragraph;
  attrs_.push_back(a);
  return true;
}

// "Union president Gil Roy was blunt: "...."", "The mayor had a simple message: "...."": a
// subject that opens the sentence, a copula or "had" with at most three words, and a colon
// right before a quotation. The quotation is the subject's; the predicate is the cue.
void QuoteFinder::copulaColon(const Sentence& s) {
  const int sFirst = static_cast<int>(s.firstToken), sEnd = static_cast<int>(s.endToken);
  for (int b = sFirst + 1; b < sEnd && b <= sFirst + 8; ++b) {
    if (inQuote(b) || (!lex::isWord(t(b)) && !t(b).has(kPossessive))) return;
    if (!(is(b, "was") || is(b, "is") || is(b, "were") || is(b, "are") || is(b, "had") || is(b, "has"))) continue;
    if (leftNp(b - 1, sFirst) != sFirst) return;
    const Token& head = t(b - 1);
    if (!(head.has(kCapitalised) || head.has(kAllCaps) || lex::isPersonPronoun(head.text) || lex::isArticle(w(sFirst))))
      return;
    int k = b + 1;
    while (k < sEnd && k - b <= 4 && lex::isWord(t(k)) && t(k).has(kLower) && !inQuote(k) && lex::cueFlags(w(k)) == 0) ++k;
    if (k == b + 1 || k + 1 >= sEnd || w(k) != ":" || inQuote(k)) return;
    if (!t(k + 1).has(kQuoteMark) || !inQuote(k + 1)) return;
    Attribution a;
    a.cueFirst = b;
    a.cueLast = k - 1;
    a.srcFirst = sFirst;
    a.srcLast = b - 1;
    addAttribution(a, s, Mode::After, k + 1, kNo);
    return;
  }
}

// "sounded off on X", "sounded a cautious note about X", "sounding the alarm over X": idioms
// of speaking out, with the topic after the preposition as the content; kNo otherwise.
int QuoteFinder::soundedCueLast(int c, int sEnd) const {
  const auto topic = [&](int k) { return is(k, "on") || is(k, "about") || is(k, "over") || is(k, "against"); };
  if (is(c + 1, "off")) return topic(c + 2) && c + 3 < sEnd ? c + 2 : kNo;
  if (!(is(c + 1, "a") || is(c + 1, "an") || is(c + 1, "the"))) return kNo;
  int k = c + 2;
  if (k < sEnd && t(k).has(kLower) && !inQuote(k) && !is(k, "note") && !is(k, "alarm")) ++k;  // "a cautious note"
  if ((is(k, "note") || is(k, "alarm")) && topic(k + 1) && k + 2 < sEnd && !inQuote(k)) return k + 1;
  return kNo;
}

// "the toll, which he believes will ruin the island": a reporting verb whose clause lost its
// subject to a relative pronoun before the reporter. The relative clause from the pronoun on is
// the content, the subject between pronoun and verb the source. Returns the content's last token,
// or kNo.
int QuoteFinder::relativeGapReport(int c, const Sentence& s) {
  const int sFirst = static_cast<int>(s.firstToken), sLast = static_cast<int>(s.endToken) - 1;
  if (c + 2 > sLast || c - 2 < sFirst || inQuote(c) || !t(c).has(kLower)) return kNo;
  if ((lex::cueFlags(w(c)) & lex::kCueFinite) == 0 && !lex::isBeliefVerb(w(c))) return kNo;
  const int v = c + 1;
  if (!(is(v, "will") || is(v, "would") || is(v, "could") || is(v, "can") || is(v, "should") || is(v, "might") ||
        is(v, "may") || is(v, "must") || is(v, "is") || is(v, "was") || is(v, "are") || is(v, "were") ||
        is(v, "has") || is(v, "had")))
    return kNo;
  int j = c - 1;
  while (j > sFirst && (is(j, "still") || is(j, "also") || is(j, "long") || lyAdverb(j))) --j;
  const bool pronoun = subjectPronoun(j) && !is(j, "it");
  // "that the bigger question is whether": a noun-like form after a noun phrase is the noun
  // (after a plural name, "Democrats hope", a plain form is the verb).
  if (!pronoun && (lex::cueFlags(w(c)) & lex::kCueNounish) != 0 &&
      !(t(j).has(kCapitalised) && w(j).back() == 's' && w(c).back() != 's'))
    return kNo;
  int subjFirst = pronoun ? j : leftNp(j, sFirst);
  if (subjFirst == kNo || subjFirst - 1 < sFirst) return kNo;
  // "a tactic Democrats hope": the noun phrase found runs over the antecedent; the name at its
  // end is the subject.
  if (!pronoun && t(j).has(kCapitalised) && lex::isDeterminer(w(subjFirst))) {
    int cf = j;
    while (cf - 1 > subjFirst && t(cf - 1).has(kCapitalised)) --cf;
    if (cf - 1 > subjFirst && t(cf - 1).has(kLower)) subjFirst = cf;
  }
  int r = subjFirst - 1;
  if (inQuote(r)) return kNo;
  if (!(is(r, "which") || is(r, "that") || is(r, "whom") || is(r, "who"))) {
    // "a tactic Democrats hope will work", "the woman he hopes will succeed him": no pronoun,
    // the noun phrase before the subject is the antecedent and opens the content.
    if (!t(r).has(kLower) || !lex::isWord(t(r)) || lex::isStopWord(w(r)) || lex::cueFlags(w(r)) != 0 ||
        lyAdverb(r) || (w(r).size() > 2 && w(r).substr(w(r).size() - 2) == "ed") || ingForm(r))
      return kNo;
    if (!pronoun && !t(subjFirst).has(kCapitalised)) return kNo;
    const int af = leftNp(r, sFirst);
    if (af == kNo || !lex::isDeterminer(w(af))) return kNo;
    r = af;
  }
  const int last = objectEnd(v + 1, sLast);
  if (last == kNo || last <= v) return kNo;
  // "asked him who he thought would win": already the content of a cue before it.
  for (auto it = attrs_.rbegin(); it != attrs_.rend() && it->cueLast >= sFirst; ++it)
    if (it->conFirst <= r && it->conLast >= last) return kNo;
  Attribution a;
  a.cueFirst = j + 1;
  a.cueLast = c;
  a.srcFirst = subjFirst;
  a.srcLast = j;
  return addAttribution(a, s, Mode::Before, kNo, last, r) ? last : kNo;
}

// "came out against X", "comes out for Lee", "spoke out in favor of X": a public stance taken,
// the last token of the cue after "out", or kNo ("came out of the meeting", "came out for
// the second half": "for" only before a name).
int QuoteFinder::stanceOutLast(int c) const {
  const bool come = is(c, "come") || is(c, "comes") || is(c, "came") || is(c, "coming");
  if (come && (is(c + 2, "against") || (is(c + 2, "for") && t(c + 3).has(kCapitalised) && !lex::isTimeWord(w(c + 3)))))
    return c + 2;
  if (is(c + 2, "in") && (is(c + 3, "favor") || is(c + 3, "favour") || is(c + 3, "support")) && is(c + 4, "of"))
    return c + 4;
  return kNo;
}

// Last token of a phrasal reporting cue whose verb is `c`: a verb with "out" ("pointed out",
// "laid out", "called out", "lashed out at", "spoke out against"), "made (it) clear",
// "made the case (for)" and "took a swipe at"; kNo when `c` opens none. A passive ("was
// singled out") is no cue.
int QuoteFinder::phrasalCueLast(int c, int sEnd) const {
  if (!t(c).has(kLower) || c + 1 >= sEnd || inQuote(c + 1)) return kNo;
  const auto any = [&](int k, std::initializer_list<std::string_view> ws) {
    for (std::string_view x : ws)
      if (is(k, x)) return true;
    return false;
  };
  if (is(c + 1, "out")) {
    if (any(c - 1, {"was", "were", "is", "are", "be", "been", "being"})) return kNo;
    if (any(c, {"point", "points", "pointed", "pointing", "spell", "spells", "spelled", "spelling", "lay", "lays",
                "laid", "laying", "call", "calls", "called", "calling", "single", "singles", "singled", "singling"}))
      return c + 1;
    if (any(c, {"lash", "lashes", "lashed", "lashing"})) return is(c + 2, "at") ? c + 2 : c + 1;
    if (any(c, {"speak", "speaks", "spoke", "speaking"}) && any(c + 2, {"about", "against", "for", "on"})) return c + 2;
    if (any(c, {"speak", "speaks", "spoke", "speaking", "come", "comes", "came", "coming"})) return stanceOutLast(c);
    return kNo;
  }
  // "spoke warmly about X", "talked openly of X", "spoke at length about X": a manner adverb
  // between the verb and its topic particle keeps the topic as content.
  if (any(c, {"speak", "speaks", "spoke", "speaking", "spoken", "talk", "talks", "talked", "talking"})) {
    int k = c + 1;
    if (is(k, "at") && is(k + 1, "length")) k += 2;
    else if (lyAdverb(k)) ++k;
    else return kNo;
    if (k < sEnd && (is(k, "about") || is(k, "of")) && k + 1 < sEnd && lex::isWord(t(k + 1)) && !inQuote(k + 1)) return k;
    return kNo;
  }
  // "took a direct swing at X", "took aim at X", "took issue with X": idioms of criticism.
  if (any(c, {"take", "takes", "took", "taking", "taken"})) {
    int k = c + 1;
    if (is(k, "issue") && is(k + 1, "with")) return k + 1;
    if (is(k, "a") || is(k, "an")) ++k;
    if (k < sEnd && k <= c + 3 && t(k).has(kLower) && !inQuote(k) &&
        !any(k, {"shot", "shots", "swing", "swings", "whack", "swipe", "swipes", "jab", "jabs", "dig", "digs", "aim"}))
      ++k;  // "a direct swing", "oblique swipes"
    if (any(k, {"shot", "shots", "swing", "swings", "whack", "swipe", "swipes", "jab", "jabs", "dig", "digs", "aim"}) &&
        is(k + 1, "at"))
      return k + 1;
    return kNo;
  }
  if (any(c, {"sound", "sounds", "sounded", "sounding"})) return soundedCueLast(c, sEnd);
  // "threw her support behind X", "have thrown their full weight behind X": an endorsement.
  if (any(c, {"throw", "throws", "threw", "throwing", "thrown"}) &&
      any(c + 1, {"his", "her", "their", "its", "our", "my", "the"})) {
    int k = c + 2;
    if (k < sEnd && t(k).has(kLower) && !inQuote(k) && !any(k, {"support", "weight"})) ++k;  // "full"
    if (any(k, {"support", "weight"}) && is(k + 1, "behind") && k + 2 < sEnd && !inQuote(k)) return k + 1;
    return kNo;
  }
  // "had a favorable opinion of X", "hold generally unfavorable views of X": a judgment of X.
  if (any(c, {"have", "has", "had", "having", "hold", "holds", "held", "holding"})) {
    int k = c + 1;
    if (any(k, {"a", "an"})) ++k;
    if (k < sEnd && !inQuote(k) && (lyAdverb(k) || any(k, {"more", "less", "very"}))) ++k;
    if (!any(k, {"favorable", "unfavorable", "favourable", "unfavourable", "positive", "negative"}) || inQuote(k))
      return kNo;
    ++k;
    if (any(k, {"opinion", "opinions", "view", "views", "impression", "impressions"}) && is(k + 1, "of") &&
        k + 2 < sEnd && !inQuote(k + 2) && lex::isWord(t(k + 2)))
      return k + 1;
    return kNo;
  }
  if (!any(c, {"make", "makes", "made", "making"})) return kNo;
  int k = c + 1;
  if (is(k, "it")) ++k;
  if (any(k, {"very", "abundantly", "crystal", "perfectly", "quite"})) ++k;
  if (is(k, "clear") && !inQuote(k)) return k;
  // "made no mention of X", "makes no specific mention of X": X is what went unsaid.
  if (is(c + 1, "no")) {
    k = c + 2;
    if (k < sEnd && t(k).has(kLower) && !inQuote(k) && !is(k, "mention")) ++k;  // "specific"
    if (is(k, "mention") && is(k + 1, "of") && k + 2 < sEnd && !inQuote(k + 2)) return k + 1;
    return kNo;
  }
  if (!is(c + 1, "the")) return kNo;
  for (k = c + 2; k < sEnd && k <= c + 4 && t(k).has(kLower) && !inQuote(k); ++k) {
    if (!is(k, "case")) continue;
    return any(k + 1, {"for", "against"}) ? k + 1 : k;
  }
  return kNo;
}

// The main clause's subject before `end` ("The mayor" in "The mayor angered voters by
// saying ..."): sets `first` and returns its last token, or kNo.
int QuoteFinder::mainSubject(int sFirst, int end, int& first) const {
  int f = mainClauseStart(sFirst, end);
  // "Speaking in Salem, Ana Ruiz ...": an opening participle phrase ends at its comma.
  if (f == sFirst && f < end && participleOpener(f)) {
    int k = f + 1;
    while (k < end && k - f <= 12 && !isComma(k) && !inQuote(k)) ++k;
    if (k + 1 < end && isComma(k)) f = k + 1;
  }
  while (f < end && (!lex::isWord(t(f)) || (lex::isStopWord(w(f)) && !lex::isDeterminer(w(f))) || inQuote(f)) &&
         !(lex::isSourcePronoun(w(f)) && !inQuote(f)))
    ++f;
  if (f >= end) return kNo;
  int last = lex::isSourcePronoun(w(f)) ? f : rightNp(f, end);
  // The noun phrase ends before the main clause's verb ("Ray angered ...", "Lee put out ...").
  for (int k = f + 1; last != kNo && k <= last; ++k)
    if (pastVerbForm(k)) last = k - 1;
  if (last != kNo) first = f;
  return last;
}

// "be ADJ to" right before the verb `c`, with an adjective of manner or readiness ("was
// quick to", "is careful to", "were reluctant to"): the infinitive reports its subject's words.
// '"A," said Ann Lee, a driver who said she would not vote. "B."': a relative clause after
// the source of a direct hull reports words of its own, an attribution inside the narration
// that the nesting filter keeps.
bool QuoteFinder::relativeAside(const Attribution& a) const {
  if (a.cueFirst == kNo || a.conFirst == kNo || a.conFirst <= a.cueLast || inQuote(a.conFirst)) return false;
  if (!is(a.cueFirst - 1, "who") || inQuote(a.cueFirst)) return false;
  // Only a clause of reported words ("who said she ...", "who noted that ..."), not an object
  // or infinitive that describes the speaker ("who endorsed X", "who declined to run").
  const int f = a.conFirst;
  return is(f, "that") || subjectPronoun(f);
}

bool QuoteFinder::stanceAdjectiveBefore(int c, int sFirst) const {
  if (c - 4 < sFirst || !is(c - 1, "to") || !t(c - 2).has(kLower)) return false;
  if (!is(c - 3, "is") && !is(c - 3, "are") && !is(c - 3, "was") && !is(c - 3, "were") && !is(c - 3, "be") &&
      !is(c - 3, "been"))
    return false;
  static constexpr std::string_view kAdjectives[] = {"quick", "careful", "reluctant", "inclined", "eager", "keen",
                                                     "loath", "loathe", "hesitant", "anxious", "happy", "glad",
                                                     "proud", "wrong", "right", "fast", "slow", "prepared"};
  for (std::string_view x : kAdjectives)
    if (lex::ieq(w(c - 2), x)) return true;
  return false;
}

// First token of a coordinated subject whose last conjunct starts at `first` ("The airline
// and the minister", "current and former officials"): the conjunct before "and"/"or" joins
// when it opens the sentence or follows a comma and holds no verb; else `first`.
int QuoteFinder::coordinatedSubject(int first, int sFirst) const {
  if (first == kNo || first - 2 < sFirst || (!is(first - 1, "and") && !is(first - 1, "or")) ||
      inQuote(first - 1))
    return first;
  const int g = leftNp(first - 2, sFirst);
  if (g == kNo || (g != sFirst && !isComma(g - 1) && g != mainClauseStart(sFirst, first))) return first;
  for (int k = g; k <= first - 2; ++k) {
    if (inQuote(k) || !t(k).has(kLower)) continue;
    const std::string_view x = w(k);
    if ((x.size() > 3 && x.substr(x.size() - 2) == "ed") || lex::cueFlags(x) != 0) return first;
  }
  return g;
}

// First token of a subject whose head noun takes an adjective with its complement right
// before the cue at `j + 1` ("an aide close to him said", "people familiar with the talks
// say"): the noun before the adjective heads it; kNo when there is none.
int QuoteFinder::postmodifiedSubject(int j, int sFirst) const {
  for (int k = j - 1; k - 2 >= sFirst && j - k <= 5; --k) {
    if (inQuote(k) || !lex::isWord(t(k)) || !t(k).has(kLower)) return kNo;
    // "a source with knowledge of the talks": the noun before "with" heads it.
    const bool knowledge = is(k - 1, "knowledge") && is(k, "of") && k - 3 >= sFirst && is(k - 2, "with");
    if (!((is(k - 1, "close") && is(k, "to")) || (is(k - 1, "familiar") && is(k, "with")) ||
          (is(k - 1, "knowledgeable") && is(k, "about")) || (is(k - 1, "briefed") && is(k, "on")) ||
          (is(k - 1, "privy") && is(k, "to")) || knowledge))
      continue;
    const int h = knowledge ? k - 3 : k - 2;
    if (inQuote(h) || !lex::isWord(t(h)) || lex::isStopWord(w(h))) return kNo;
    const int f = leftNp(h, sFirst);
    return f != kNo && !lex::isSourcePronoun(w(f)) ? f : kNo;
  }
  return kNo;
}

// Whether the cue at `c` follows a closing quotation and a short subject ('"...," Lee added',
// '"...," the mayor added'), i.e. it attributes that quotation.
bool QuoteFinder::afterQuotationAndSubject(int c) const {
  int m = c - 1;
  while (m >= 0 && c - m <= 4 && lex::isWord(t(m)) && !inQuote(m)) --m;
  if (m < 0 || m == c - 1 || t(m).sentence != t(c).sentence) return false;
  return isClosingMark(m) || (isComma(m) && m > 0 && isClosingMark(m - 1));
}

// "Residents of the valley said", "Analysts polled by the bank said", "Patients interviewed
// outside the clinic say": the noun phrase `first` found before a cue is the object of a
// preposition (after a participle or not) inside a subject that opens the clause; the noun
// before them heads the subject. Returns its first token, else `first`.
int QuoteFinder::headBeforeTail(int first, int sFirst) const {
  const int start = mainClauseStart(sFirst, first);
  const int p = first - 1;
  if (p - 1 < start || inQuote(p) || !t(p).has(kLower)) return first;
  bool prep = false;
  for (std::string_view x : {"of", "in", "at", "from", "for", "near", "outside", "inside", "across", "around", "by"})
    if (is(p, x)) prep = true;
  if (!prep) return first;
  int h = p - 1;
  const std::string_view v = w(h);
  const bool participle = t(h).has(kLower) && v.size() > 4 && (v.ends_with("ed") || v.ends_with("ing")) &&
                          lex::cueFlags(v) == 0;
  if (participle) --h;
  else if (is(p, "by")) return first;  // "by" only after a participle
  if (h < start || inQuote(h) || !lex::isWord(t(h)) || lex::isStopWord(w(h)) || lex::cueFlags(w(h)) != 0)
    return first;
  const std::string_view x = w(h);
  const bool lowerOrOpening = t(h).has(kLower) || (h == start && t(h).has(kCapitalised));
  const bool plural = x.size() > 3 && x.back() == 's' && !x.ends_with("ss") && !x.ends_with("us");
  if (!lowerOrOpening) return first;
  const int f = leftNp(h, sFirst);
  // A plural or role head, or any noun after an article ("The mayor of the town said").
  if (f != start || !(plural || roleNoun(h) || (f < h && lex::isArticle(w(f))))) return first;
  return f;
}

// Whether the "-ed" word at `k` is a past verb taking an object ("slowed the recovery",
// "allowed him to"), not a participle aside ("surrounded by aides", "pleased with it").
bool QuoteFinder::pastVerbWithObject(int k, int sLast) const {
  if (k + 1 > sLast || !t(k).has(kLower) || inQuote(k + 1) || !lex::isWord(t(k + 1))) return false;
  return is(k + 1, "the") || is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "him") || is(k + 1, "her") ||
         is(k + 1, "them") || is(k + 1, "us") || is(k + 1, "me") || is(k + 1, "his") || is(k + 1, "their") ||
         is(k + 1, "its") || is(k + 1, "our");
}

// An appearance verb with a predicate after it that the raising rule misses: "seems like X",
// "doesn't appear ready", "appeared poised".
bool QuoteFinder::seemComplement(int c, int sFirst, int sEnd) const {
  if (c + 1 >= sEnd || c - 1 < sFirst || !t(c).has(kLower) || inQuote(c + 1) || !lex::isWord(t(c + 1))) return false;
  const bool seemForm = is(c, "seem") || is(c, "seems") || is(c, "seemed");
  const bool otherForm = is(c, "appear") || is(c, "appears") || is(c, "appeared");
  if (!seemForm && !otherForm) return false;
  if (lex::isArticle(w(c - 1)) || t(c - 1).has(kPossessive)) return false;
  if (is(c + 1, "like")) return true;
  return otherForm && t(c + 1).has(kLower) && !lex::isStopWord(w(c + 1)) && !lex::isPhraseOpener(w(c + 1)) &&
         !lyAdverb(c + 1) && lex::cueFlags(w(c + 1)) == 0 && !is(c + 1, "onstage") &&
         // "they appeared together at the rally": appearing in person, not seeming
         !is(c + 1, "together") && !is(c + 1, "alongside") && !is(c + 1, "again") && !is(c + 1, "twice") &&
         !is(c + 1, "here") && !is(c + 1, "there") && !is(c + 1, "live") && !is(c + 1, "online") &&
         !is(c + 1, "outside") && !is(c + 1, "inside");
}

// The preposition or complementizer after a stance adjective that reports its subject's view
// ("critical of", "eager to", "convinced that"), or kNo.
int QuoteFinder::stanceAdjectivePrep(int c, int sEnd) const {
  if (c + 1 >= sEnd || !t(c).has(kLower)) return kNo;
  const int p = c + 1;
  if (is(p, "of") && (is(c, "critical") || is(c, "supportive") || is(c, "skeptical") || is(c, "sceptical") ||
                      is(c, "wary")))
    return p;
  if (is(p, "to") && (is(c, "eager") || is(c, "reluctant")) && p + 1 < sEnd && t(p + 1).has(kLower)) return p;
  if (is(p, "that") && (is(c, "convinced") || is(c, "adamant") || is(c, "hopeful") || is(c, "optimistic") ||
                        is(c, "skeptical") || is(c, "concerned")))
    return p;
  if (is(p, "about") && (is(c, "concerned") || is(c, "skeptical") || is(c, "angry"))) return p;
  return stanceTopicAdjective(c) && (is(p, "about") || is(p, "on") || is(p, "over") || is(p, "in")) ? p : kNo;
}

// The first token of the subject ending at `k` before a stance "be": over a short apposition
// set off by commas ("Ana Ruiz, 43, is ...", "Rep. Joe Abel, D-Ohio, was ..."), whose name
// before the first comma opens the subject; kNo when none is found.
int QuoteFinder::stanceSubject(int k, int sFirst) const {
  if (!isComma(k)) return coordinatedSubject(leftNp(k, sFirst), sFirst);
  for (int m = k - 1; m > sFirst + 1 && m >= k - 7 && !inQuote(m); --m) {
    if (!isComma(m)) continue;
    if (!t(m - 1).has(kCapitalised) && !t(m - 1).has(kAllCaps)) return kNo;
    return coordinatedSubject(leftNp(m - 1, sFirst), sFirst);
  }
  return kNo;
}

// "is a fervent supporter of X", "has been a pointed critic of X", "was an early backer of X",
// "is no fan of X": an agent noun of stance after "be" and an article (with up to two
// adjectives); returns the form of "be", or kNo.
int QuoteFinder::agentNounBe(int c, int sFirst, int sEnd) const {
  if (c + 2 >= sEnd || !t(c).has(kLower) || !is(c + 1, "of") || inQuote(c) || inQuote(c + 2)) return kNo;
  bool agent = false;
  for (std::string_view x : {"critic", "supporter", "backer", "opponent", "champion", "proponent", "advocate", "fan",
                             "defender", "detractor", "foe"})
    if (is(c, x)) agent = true;
  if (!agent) return kNo;
  int k = c - 1;
  for (int guard = 0; guard < 2 && k > sFirst && t(k).has(kLower) && !lex::isDeterminer(w(k)) && !is(k, "no"); ++guard)
    --k;
  if (!(is(k, "a") || is(k, "an") || is(k, "no"))) return kNo;
  return beBefore(k, sFirst);
}

// "is upbeat about X", "was tepid about X", "is unapologetic about X", "are confident in X",
// "has been lukewarm about X": an adjective of attitude toward a topic after "be".
bool QuoteFinder::stanceTopicAdjective(int c) const {
  for (std::string_view x : {"upbeat", "tepid", "lukewarm", "unapologetic", "confident", "mum", "enthusiastic",
                             "unenthusiastic", "optimistic", "pessimistic", "sanguine", "ambivalent", "noncommittal"})
    if (is(c, x)) return true;
  return false;
}

void QuoteFinder::findAttributions(const Sentence& s) {
  const int sFirst = static_cast<int>(s.firstToken), sEnd = static_cast<int>(s.endToken);
  // A title-case headline ("Mayor Says Bridge Will Reopen"): its cue verb is capitalised too.
  int titleWords = 0, capWords = 0;
  bool titleQuote = false;
  for (int k = sFirst; k < sEnd; ++k) {
    if (t(k).has(kQuoteMark)) titleQuote = true;
    if (!lex::isWord(t(k)) || t(k).has(kHasDigit)) continue;
    ++titleWords;
    if (t(k).has(kCapitalised) || t(k).has(kAllCaps)) ++capWords;
  }
  const bool titleCase = !titleQuote && titleWords >= 4 && titleWords <= 20 && capWords * 5 >= titleWords * 4;
  // Headline style "Name Surname: content" (the colon is the cue).
  for (int k = sFirst + 1; k < sEnd - 2 && k <= sFirst + 6; ++k) {
    if (w(k) != ":") {
      if (!lex::isWord(t(k)) && !t(k).has(kPossessive)) break;
      continue;
    }
    if (inQuote(k)) break;
    const int first = leftNp(k - 1, sFirst);
    // A section label ("Editor's Note:", "Update:") is no speaker, and a capitalised name
    // before a short phrase is a subheading ("Lane: A long shot"); a transcript's upper-case
    // speaker label ("LANE: ...") always speaks.
    int rest = 0;
    for (int q = k + 1; q < sEnd; ++q)
      if (lex::isWord(t(q))) ++rest;
    const bool label = lex::isSectionLabel(w(k - 1));
    const bool speakerLabel = t(k - 1).has(kAllCaps) || rest >= 5;
    if (first == sFirst && (t(k - 1).has(kCapitalised) || t(k - 1).has(kAllCaps)) && !lex::isStopWord(w(sFirst)) &&
        !label && speakerLabel) {
      Attribution a;
      a.cueFirst = a.cueLast = k;
      a.srcFirst = first;
      a.srcLast = k - 1;
      if (addAttribution(a, s, Mode::After, k + 1, kNo) && t(k - 1).has(kAllCaps) && w(k - 1).size() > 1)
        labelTurnEnd(attrs_.back());
    }
    break;
  }
  copulaColon(s);
  for (int c = sFirst; c < sEnd; ++c) {
    const Token& ct = t(c);
    if (inQuote(c) || !lex::isWord(ct)) continue;
    if (const int last = relativeGapReport(c, s); last != kNo) {
      c = last;
      continue;
    }

    // "Lee is critical of the plan", "the union was eager to strike", "she is convinced that
    // CLAUSE": a stance adjective after "be" is a cue with its subject as the source.
    if (const int prep = stanceAdjectivePrep(c, sEnd); prep != kNo && !inQuote(prep)) {
      const int be = beBefore(c, sFirst);
      int k = be - 1;
      while (k > sFirst && (is(k, "has") || is(k, "have") || is(k, "had") || is(k, "also") || is(k, "long"))) --k;
      const int first = be != kNo && k >= sFirst ? stanceSubject(k, sFirst) : kNo;
      if (first != kNo && prep + 1 < sEnd) {
        Attribution a;
        a.cueFirst = k + 1;
        a.cueLast = !is(prep, "to") && !is(prep, "that") ? prep : c;
        a.srcFirst = first;
        a.srcLast = k;
        if (addAttribution(a, s, Mode::After, a.cueLast + 1, kNo, kNo, a.cueLast == prep)) {
          c = a.cueLast;
          continue;
        }
      }
    }
    // "Lee is a fervent supporter of X", "has been a pointed critic of X", "is no fan of X".
    if (const int be = agentNounBe(c, sFirst, sEnd); be != kNo) {
      int k = be - 1;
      while (k > sFirst && (is(k, "has") || is(k, "have") || is(k, "had") || is(k, "also") || is(k, "long"))) --k;
      const int first = k >= sFirst ? stanceSubject(k, sFirst) : kNo;
      if (first != kNo) {
        Attribution a;
        a.cueFirst = k + 1;
        a.cueLast = c + 1;
        a.srcFirst = first;
        a.srcLast = k;
        if (addAttribution(a, s, Mode::After, c + 2, kNo, kNo, true)) {
          c = a.cueLast;
          continue;
        }
      }
    }
    // "according to X" (nominal cue).
    if (lex::ieq(ct.text, "according") && is(c + 1, "to") && c + 1 < sEnd) {
      Attribution a;
      a.cueFirst = c;
      a.cueLast = c + 1;
      a.srcFirst = c + 2;
      a.srcLast = rightNp(c + 2, sEnd);
      // "according to a 2014 study": a number inside the noun phrase; the extension below
      // runs on to the comma.
      // "according to ''Harbor Days,'' by Ann Lee": a title opens the source.
      const bool numbered = a.srcLast == kNo && c + 3 < sEnd &&
                            ((lex::isDeterminer(w(c + 2)) && lex::isWord(t(c + 3))) ||
                             (t(c + 2).has(kQuoteMark) && inQuote(c + 2) && lex::isWord(t(c + 3))) ||
                             (lex::isArticle(w(c + 2)) && t(c + 3).has(kQuoteMark) && inQuote(c + 3)));
      if (numbered) a.srcLast = c + 2;
      if (a.srcLast == kNo) continue;
      // Extend the source over "of"-phrases and appositions up to the next comma.
      int k = a.srcLast + 1;
      while (k < sEnd && w(k) != "," && w(k) != "." && !inQuote(k) && k - a.srcFirst < kMaxNpTokens &&
             !lex::ieq(w(k), "that"))
        ++k;
      // A title in the source runs on past its own quotation marks and commas.
      while (numbered && k < sEnd && inQuote(k) && k - a.srcFirst < kMaxNpTokens) {
        k = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(k)])].last + 1;
        while (k < sEnd && w(k) != "," && w(k) != "." && !inQuote(k) && k - a.srcFirst < kMaxNpTokens) ++k;
      }
      int after = k;  // first token after the source
      if (numbered) a.srcLast = k - 1;
      if (c == sFirst || (c == sFirst + 1 && (lex::isStopWord(w(sFirst)) || w(sFirst) == "("))) {
        // "According to his friends, aides and allies, CLAUSE": the list is the source.
        if (const int end = sourceListEnd(after, sEnd); end != kNo) {
          after = end;
          a.srcLast = end - 1;
        }
        addAttribution(a, s, Mode::After, after, kNo);
      } else if (isComma(c - 1)) {
        int rest = 0;
        for (int q = after + 1; q < sEnd; ++q)
          if (lex::isWord(t(q))) ++rest;
        addAttribution(a, s, rest >= 3 ? Mode::Hull : Mode::Before, after, c - 2);
      } else {
        addAttribution(a, s, Mode::Before, after, c - 1);
      }
      c = a.cueLast;
      continue;
    }

    // "Asked about the deal, X said ...", "when asked whether ...": the question is a content
    // of its own; "by X" names the one who asked.
    // "Lee was asked about the delay", "has been asked to testify": the passive too.
    const bool passiveAsked = lex::ieq(ct.text, "asked") && c - 1 >= sFirst &&
                              (is(c - 1, "was") || is(c - 1, "were") || is(c - 1, "been") || is(c - 1, "is") ||
                               is(c - 1, "are") || is(c - 1, "being"));
    if (lex::ieq(ct.text, "asked") &&
        (c == sFirst || is(c - 1, "when") || is(c - 1, "if") || is(c - 1, "after") || isComma(c - 1) ||
         (t(c - 1).has(kQuoteMark) && isComma(c - 2)) || passiveAsked)) {
      Attribution a;
      a.cueFirst = a.cueLast = c;
      if (passiveAsked) {
        a.cueFirst = c - 1;
        if (is(c - 1, "been") && c - 2 >= sFirst && (is(c - 2, "has") || is(c - 2, "have") || is(c - 2, "had")))
          a.cueFirst = c - 2;
      }
      int k = c + 1;
      if (is(k, "by") && k + 1 < sEnd) {
        const int last = rightNp(k + 1, sEnd);
        if (last != kNo) {
          a.srcFirst = k + 1;
          a.srcLast = last;
          k = last + 1;
        }
      }
      for (int guard = 0; guard < 3 && k < sEnd && !inQuote(k) &&
                          (lex::isTimeWord(w(k)) || is(k, "on") || is(k, "later") || is(k, "again") || is(k, "last") ||
                           is(k, "this") || is(k, "directly") || is(k, "repeatedly") || is(k, "today") ||
                           is(k, "yesterday"));
           ++guard)
        ++k;
      // "When asked at a news conference about X": a place or occasion before the question.
      if ((is(k, "at") || is(k, "in") || is(k, "during")) && !inQuote(k)) {
        for (int q = k + 1; q < sEnd && q <= k + 6 && lex::isWord(t(q)) && !inQuote(q); ++q) {
          if (is(q, "about") || is(q, "whether") || is(q, "why") || is(q, "how")) {
            k = q;
            break;
          }
        }
      }
      int first = kNo;
      // 'Lee was asked, "Would you sign it?"': the quoted question.
      if (passiveAsked && k + 1 < sEnd && (w(k) == "," || w(k) == ":") && !inQuote(k) &&
          t(k + 1).has(kQuoteMark) && inQuote(k + 1)) {
        const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(k + 1)])];
        if (sg.first == k + 1 && sg.last < sEnd && addAttribution(a, s, Mode::Before, k + 1, sg.last, k + 1)) {
          c = sg.last;
          continue;
        }
      }
      if (is(k, "about") || is(k, "for")) {
        a.cueLast = k;
        first = k + 1;
      } else if (is(k, "whether") || is(k, "if") || is(k, "what") || is(k, "how") || is(k, "why") || is(k, "who") ||
                 is(k, "when") || (is(k, "to") && k + 1 < sEnd && t(k + 1).has(kLower))) {
        first = k;
      }
      if (first != kNo && first < sEnd) {
        int last = first;
        while (last + 1 < sEnd && !((isComma(last + 1) || w(last + 1) == ";" || w(last + 1) == ".") && !inQuote(last + 1))) {
          // 'Asked whether it was "fair," most said no': the comma inside the closing mark.
          if (w(last + 1) == "," && (commaInsideClosing(last + 2) || commaInsideClosing(last + 3)) && last + 4 < sEnd) {
            last += commaInsideClosing(last + 2) ? 2 : 3;
            break;
          }
          ++last;
        }
        Attribution b = a;
        if (addAttribution(b, s, Mode::Before, first, last, first)) {
          c = last;
          continue;
        }
      }
    }
    // "his claim that CLAUSE", "the senator's warning that CLAUSE": a speech-act noun with a
    // that-clause; a possessor before it is the source.
    if (ct.has(kLower) && is(c + 1, "that") && lex::isClaimNoun(ct.text) && c + 2 < sEnd && !inQuote(c + 1) &&
        c - 1 >= sFirst &&
        (lex::isDeterminer(w(c - 1)) || t(c - 1).has(kPossessive) ||
         (t(c - 1).has(kLower) && c - 2 >= sFirst && (lex::isArticle(w(c - 2)) || t(c - 2).has(kPossessive))))) {
      Attribution a;
      a.cueFirst = a.cueLast = c;
      if (t(c - 1).has(kPossessive) && c - 2 >= sFirst) {
        const int f = leftNp(c - 2, sFirst);
        if (f != kNo) {
          a.srcFirst = f;
          a.srcLast = c - 2;
        }
      } else {
        const int p = t(c - 1).has(kLower) && !lex::isDeterminer(w(c - 1)) ? c - 2 : c - 1;  // "his repeated claim"
        if (is(p, "his") || is(p, "her") || is(p, "their") || is(p, "its") || is(p, "our") || is(p, "my")) {
          a.srcFirst = a.srcLast = p;
        } else if (p - 1 >= sFirst && t(p).has(kPossessive)) {
          const int f = leftNp(p - 1, sFirst);
          if (f != kNo) {
            a.srcFirst = f;
            a.srcLast = p - 1;
          }
        }
      }
      // Without a possessor ("the belief that ...") the noun reports no one's words.
      if (a.srcFirst != kNo) {
        addAttribution(a, s, Mode::After, c + 1, kNo);
        continue;
      }
    }
    if (Attribution a; ownedAttackOn(c, sFirst, sEnd, a)) {
      // As the sentence's subject ("Lee's attacks on the judge drew fire") the target is a
      // noun phrase ending before the verb; elsewhere it is an object.
      const bool subject = a.srcFirst == sFirst;
      int last = subject ? rightNp(c + 2, sEnd) : kNo;
      if (const int e = subject ? beforeMainVerb(c + 2, sEnd) : kNo; e != kNo && last != kNo && e < last) last = e;
      if (subject ? last != kNo && addAttribution(a, s, Mode::Before, c + 2, last, c + 2, true)
                  : addAttribution(a, s, Mode::After, c + 2, kNo, kNo, true)) {
        c += 1;
        continue;
      }
    }
    if (const int next = quotedTitle(c, s); next != kNo) {
      c = next;
      continue;
    }
    if (const int next = asReportedBy(c, s); next != kNo) {
      c = next;
      continue;
    }
    if (Attribution a; ownedNounInfinitive(c, sFirst, sEnd, a)) {
      // As the sentence's subject ("Lee's refusal to publish it angered staff") the clause
      // ends before the main verb.
      const int e = a.srcFirst == sFirst ? beforeMainVerb(c + 2, sEnd) : kNo;
      if (e != kNo ? addAttribution(a, s, Mode::Before, c + 1, e, c + 1) : addAttribution(a, s, Mode::After, c + 1, kNo))
        continue;
    }
    if (const int open = questionIsClause(c, sEnd); open != kNo) {
      Attribution a;
      a.cueFirst = is(c - 1, "the") ? c - 1 : c - 2;
      a.cueLast = open - 1;
      if (addAttribution(a, s, Mode::After, open, kNo)) continue;
    }
    if (sourcelessClaimNoun(c, sFirst, sEnd)) {
      Attribution a;
      a.cueFirst = a.cueLast = c;
      if (addAttribution(a, s, Mode::After, c + 1, kNo)) continue;
    }
    // "in a new poll, CLAUSE" / "CLAUSE in the latest survey.": the poll is the source.
    if (lex::ieq(ct.text, "in") && c + 1 < sEnd &&
        (lex::isDeterminer(w(c + 1)) || t(c + 1).has(kCapitalised) || t(c + 1).has(kHasDigit))) {
      int k = c + 1 + (lex::isDeterminer(w(c + 1)) ? 1 : 0);
      while (k < sEnd && k - c <= 8 && (lex::isWord(t(k)) || w(k) == "-" || w(k) == "/" || t(k).has(kPossessive)) &&
             !lex::isEvidenceNoun(w(k)) && !(lex::isStopWord(w(k)) && !t(k).has(kHasDigit)))
        ++k;
      int nx = k + 1;
      // "in a poll released Monday,", "in a survey last week,": a short tail before the comma.
      if (k < sEnd && lex::isEvidenceNoun(w(k)) && nx < sEnd &&
          (is(nx, "released") || is(nx, "conducted") || is(nx, "published") || is(nx, "taken") || is(nx, "last") ||
           is(nx, "this") || is(nx, "earlier") || is(nx, "of") || is(nx, "by") || is(nx, "from") || is(nx, "on") ||
           lex::isTimeWord(w(nx)))) {
        int q = nx;
        while (q < sEnd && q - nx < 6 && lex::isWord(t(q)) && !inQuote(q)) ++q;
        if (q < sEnd && isComma(q)) nx = q;
      }
      if (k < sEnd && lex::isEvidenceNoun(w(k)) && !is(k, "report") && !is(k, "reports") && nx < sEnd &&
          (isComma(nx) || w(nx) == "." || w(nx) == ";")) {
        Attribution a;
        a.cueFirst = a.cueLast = c;
        a.srcFirst = c + 1;
        a.srcLast = nx - 1;
        // "In its analysis, the agency found that X": the clause after the comma has its own
        // subject and cue with a "that" complement; that cue, not "in", reports X.
        bool ownCue = false;
        for (int j = nx + 2; c == sFirst && j < sEnd && j - nx <= 7 && !isComma(j) && !inQuote(j); ++j)
          if (t(j).has(kLower) && lex::cueFlags(w(j)) != 0 && is(j + 1, "that")) {
            ownCue = true;
            break;
          }
        if (c == sFirst && isComma(nx) && ownCue) {
          // leave the sentence to its own cue
        } else if (c == sFirst && isComma(nx)) {
          addAttribution(a, s, Mode::After, nx + 1, kNo);
        } else if (c > sFirst + 2 && !isComma(c - 1) && (w(nx) == "." || w(nx) == ";") &&
                   // "his rise in the polls": a noun phrase, not a clause, stands before "in".
                   !nounBeforeIn(c, sFirst)) {
          addAttribution(a, s, Mode::Before, c, c - 1, sFirst);
        }
        c = nx - 1;
        continue;
      }
    }
    // "the race seems closer", "the bill is expected to pass": an appearance or expectation
    // with no source; the content is the clause around the cue.
    const bool seem = (ct.has(kLower) && lex::isSeemVerb(ct.text) && !lex::ieq(ct.text, "seemingly") &&
                       c + 1 < sEnd && lex::isWord(t(c + 1)) &&
                       (is(c + 1, "to") || (ct.text[0] == 's' && !lex::isPhraseOpener(w(c + 1)) &&
                                           (!lex::isStopWord(w(c + 1)) || is(c + 1, "more") || is(c + 1, "less"))))) ||
                      seemComplement(c, sFirst, sEnd);
    // "is expected to", "was said to", "is widely seen as": a passive of expectation or
    // opinion after a form of "be" (over negation and a degree adverb) with its "to" or "as"
    // complement.
    const bool toRaising = is(c, "expected") || is(c, "said") || is(c, "projected") || is(c, "rumored") ||
                           is(c, "rumoured") || is(c, "predicted") || is(c, "believed");
    const int expectedBe = ct.has(kLower) && toRaising && is(c + 1, "to") ? beBefore(c, sFirst) : kNo;
    const bool expected = expectedBe != kNo;
    // "The firm has reportedly looked at the bid": the adverb reports the clause around it.
    const bool reportedly = ct.has(kLower) && lex::ieq(ct.text, "reportedly") && c - 1 > sFirst && c + 1 < sEnd &&
                            (lex::cueFlags(w(c + 1)) & lex::kCueFinite) == 0 && !is(c - 1, "who") &&
                            !is(c - 1, "which") && !is(c - 1, "that");
    // "Twitter is increasingly seen as a news site": an opinion with no source.
    int seenBe = ct.has(kLower) && ((is(c + 1, "as") && (lex::ieq(ct.text, "seen") || lex::ieq(ct.text, "viewed") ||
                                                             lex::ieq(ct.text, "regarded") ||
                                                             lex::ieq(ct.text, "perceived"))) ||
                                    (is(c + 1, "for") && lex::ieq(ct.text, "known")))
                     ? beBefore(c, sFirst)
                     : kNo;
    if (seenBe != kNo && is(seenBe - 1, "to")) seenBe = kNo;  // "loath to be seen as": a wish, no opinion
    if (seem || expected || reportedly || seenBe != kNo) {
      int cf = c - 1;
      while (cf >= sFirst && !isComma(cf) && w(cf) != ";" && w(cf) != ":" && !t(cf).has(kQuoteMark) && c - cf < 30) --cf;
      const int stop = cf;
      ++cf;
      while (cf < c && (!lex::isWord(t(cf)) ||
                        (lex::isStopWord(w(cf)) && !lex::isDeterminer(w(cf)) && !lex::isSourcePronoun(w(cf)))))
        ++cf;
      // "The bank, which has held rates near zero, is expected to act": only the verb group
      // after an apposition's comma; the subject before the apposition opens the content.
      if (cf >= c && stop > sFirst && isComma(stop) && !inQuote(stop))
        if (const int appo = appositionSubject(sFirst, stop, true); appo != kNo) cf = appo;
      int cl = c + 1;
      while (cl < sEnd && !isComma(cl) && w(cl) != ";" && w(cl) != ":" && w(cl) != "." && w(cl) != "(" &&
             !(t(cl).has(kQuoteMark) && !inQuote(cl)))
        ++cl;
      if (cf < c) {
        Attribution a;
        a.cueFirst = expected ? expectedBe : seenBe != kNo ? seenBe : c;
        a.cueLast = seenBe != kNo ? c + 1 : c;
        addAttribution(a, s, Mode::Before, c + 1, cl - 1, cf);
      }
      continue;
    }
    std::uint8_t flags = lex::cueFlags(ct.text);
    // "polls have shown Lee ahead": the perfect of "show", whose participle is no cue form.
    if (flags == 0 && lex::ieq(ct.text, "shown") && c - 1 >= sFirst &&
        (is(c - 1, "has") || is(c - 1, "have") || is(c - 1, "had")))
      flags = lex::cueFlags("shows");
    // "cast the mayor as a fake reformer", "framed the vote as a test": with "as" after its
    // object the verb portrays ("cast their votes", "cast doubt on" do not).
    if (flags == 0 && castAs(c, sEnd))
      flags = static_cast<std::uint8_t>((w(c).size() > 4 && w(c).substr(w(c).size() - 3) == "ing" ? lex::kCueParticiple
                                                                                                : lex::kCueFinite) |
                                        lex::kCueNominal);
    // "Lee reported from Kabul.", "reporting from Ottawa": where a reporter worked, not
    // what was reported.
    if (reportedFromPlace(c, sEnd)) flags = 0;
    // '"Is it final?" Lee pressed.': an interviewer pressing a question is a cue right after
    // the quotation and its subject, at the end of the clause ("pressed for a vote" is not).
    if (flags == 0 && ct.has(kLower) && (lex::ieq(ct.text, "pressed") || lex::ieq(ct.text, "presses")) &&
        c + 1 < sEnd && (w(c + 1) == "." || isComma(c + 1)) &&
        (afterQuotationAndSubject(c) ||
         // '"...?" Lee pressed.': the question mark ends the quotation's own sentence.
         (c - 1 == sFirst && ct.has(kLower) && sFirst > 0 && isClosingMark(sFirst - 1) && sFirst - 2 >= 0 &&
          (w(sFirst - 2) == "?" || w(sFirst - 2) == "!") && t(sFirst - 1).has(kQuoteMark))))
      flags = lex::kCueFinite;
    // '"...," the letter reads.', '"...," read the sign.', '"...," the filing states.': what a
    // text reads or states is a cue right after the quotation, at the end of the clause ("read
    // the bill", "the states" elsewhere are not).
    if (flags == 0 && ct.has(kLower) &&
        (lex::ieq(ct.text, "read") || lex::ieq(ct.text, "reads") || lex::ieq(ct.text, "states")) && c + 1 < sEnd) {
      const bool subjectBefore = (w(c + 1) == "." || isComma(c + 1)) && afterQuotationAndSubject(c);
      bool inverted = false;
      if (c - 1 >= 0 && (isClosingMark(c - 1) || (c - 2 >= 0 && isComma(c - 1) && isClosingMark(c - 2)))) {
        const int l = rightNp(c + 1, sEnd);
        inverted = l != kNo && l + 1 < sEnd && (w(l + 1) == "." || isComma(l + 1));
      }
      if (subjectBefore || inverted) flags = lex::kCueFinite;
    }
    // "The comparison is telling.", "was revealing in its own way": after a form of "be" with no
    // object, the form is an adjective ("is telling reporters" keeps its hearer).
    if ((lex::ieq(ct.text, "telling") || lex::ieq(ct.text, "revealing")) && c - 1 >= sFirst &&
        (is(c - 1, "is") || is(c - 1, "was") || is(c - 1, "are") || is(c - 1, "were") || is(c - 1, "be") ||
         is(c - 1, "been")) &&
        (c + 1 >= sEnd || w(c + 1) == "." || w(c + 1) == "!" || w(c + 1) == ";" || isComma(c + 1) || is(c + 1, "in") ||
         is(c + 1, "because")))
      flags = 0;
    // "added to her lead", "adding to the confusion": a sum, not a statement.
    // But '"...," Lee added to reporters': right after a quotation and its subject, it says.
    if ((lex::ieq(ct.text, "added") || lex::ieq(ct.text, "adds") || lex::ieq(ct.text, "adding") ||
         lex::ieq(ct.text, "add")) &&
        is(c + 1, "to") && !afterQuotationAndSubject(c))
      flags = 0;
    // "talked about X", "pointed to X", "called for X": the particle belongs to the cue and
    // the topic after it is the content.
    // 'As Tom Rand put it: "..."': the idiom is a cue for the quotation after it.
    const bool putIt = ct.has(kLower) && lex::ieq(ct.text, "put") && is(c + 1, "it") && c + 3 < sEnd &&
                       (w(c + 2) == ":" || isComma(c + 2)) && t(c + 3).has(kQuoteMark) && inQuote(c + 3);
    // "who spoke on condition of anonymity": the terms of an interview, not its topic.
    const bool anonymity = is(c + 2, "condition") || is(c + 2, "background") ||
                           (is(c + 2, "the") && (is(c + 3, "condition") || is(c + 3, "record")));
    const int phrasal = phrasalCueLast(c, sEnd);
    const bool particle = putIt || phrasal != kNo || (c + 2 < sEnd && ct.has(kLower) && !anonymity &&
                                    lex::isParticleCue(ct.text, w(c + 1)) && lex::isWord(t(c + 2)) && !inQuote(c + 2) &&
                                    !lex::isPhraseOpener(w(c + 2)) && !t(c + 2).has(kHasDigit) &&
                                    (!lex::isStopWord(w(c + 2)) || lex::isDeterminer(w(c + 2)) || is(c + 2, "what") ||
                                     is(c + 2, "how") || is(c + 2, "why") || is(c + 2, "whether")));
    if (particle) {
      const bool ing = ct.text.size() > 4 && ct.text.substr(ct.text.size() - 3) == "ing";
      flags = static_cast<std::uint8_t>((ing ? lex::kCueParticiple : lex::kCueFinite) | lex::kCueNominal);
    }
    if (flags == 0 || (!ct.has(kLower) && !(titleCase && c > sFirst && ct.has(kCapitalised) &&
                                            (flags & lex::kCueFinite) != 0)))
      continue;
    // Infinitives and noun uses ("to say", "the report", "a call").
    // A quantifier or number before a verb that is never a noun is its subject ("many say",
    // "the three said"); an article or possessive always makes a noun ("the report").
    // Passive with an agent: "the plan was criticized by the union", "a practice endorsed by
    // Lane": the agent speaks, the subject is the content.
    if ((flags & lex::kCueFinite) != 0 && !particle && ct.text.size() > 3 &&
        (ct.text.substr(ct.text.size() - 2) == "ed" || lex::ieq(ct.text, "told") || lex::ieq(ct.text, "said")) &&
        c - 1 >= sFirst) {
      int by = c + 1;
      while (by < sEnd && by - c <= 4 && !is(by, "by") && lex::isWord(t(by)) && !inQuote(by) &&
             (lyAdverb(by) || lex::isPhraseOpener(w(by)) || lex::isTimeWord(w(by)) || is(by, "first") ||
              is(by, "week") || is(by, "month") || is(by, "year")))
        ++by;
      if (is(by, "by") && by + 1 < sEnd) {
        const int agentLast = rightNp(by + 1, sEnd);
        int k = c - 1;
        while (k > sFirst && lyAdverb(k)) --k;
        const bool passive = is(k, "was") || is(k, "were") || is(k, "is") || is(k, "are") || is(k, "been") || is(k, "be");
        int head = passive ? k - 1 : k;  // the subject's last word, or the noun a reduced relative follows
        while (head > sFirst && (is(head, "has") || is(head, "have") || is(head, "had") || lyAdverb(head))) --head;
        const int first = head >= sFirst ? leftNp(head, sFirst) : kNo;
        const bool nounBefore = head >= sFirst && (passive || (t(head).has(kLower) && !lex::isStopWord(w(head)) &&
                                                                lex::cueFlags(w(head)) == 0));
        if (agentLast != kNo && first != kNo && nounBefore && !lex::isSourcePronoun(w(first))) {
          Attribution a;
          a.cueFirst = passive ? k : c;
          a.cueLast = c;
          a.srcFirst = by + 1;
          a.srcLast = agentLast;
          if (addAttribution(a, s, Mode::Before, c, head, first)) {
            c = agentLast;
            continue;
          }
        }
      }
    }
    // An aspect verb before the infinitive makes one verb group ("continues to believe",
    // "began to argue"): its subject is the cue's.
    const bool aspect = c - 2 >= sFirst && is(c - 1, "to") && t(c - 1).has(kLower) &&
                        (is(c - 2, "continue") || is(c - 2, "continues") || is(c - 2, "continued") ||
                         is(c - 2, "began") || is(c - 2, "begins") || is(c - 2, "begin") || is(c - 2, "started") ||
                         is(c - 2, "starts") || (is(c - 2, "on") && (is(c - 3, "went") || is(c - 3, "goes"))) ||
                         is(c - 2, "tend") ||
                         is(c - 2, "tends") || is(c - 2, "tended") || is(c - 2, "refused") || is(c - 2, "refuses") ||
                         is(c - 2, "declined") || is(c - 2, "declines") || is(c - 2, "rushed") || is(c - 2, "moved") ||
                         is(c - 2, "used") || is(c - 2, "happens") || is(c - 2, "happened")) &&
                        (flags & lex::kCueFinite) != 0 && !particle;
    // "was quick to point out", "are reluctant to criticize": a stance adjective after a form
    // of "be" makes one verb group with the infinitive too.
    const bool adjectiveTo = !aspect && (flags & lex::kCueFinite) != 0 && stanceAdjectiveBefore(c, sFirst);
    if (c - 1 >= sFirst && ((is(c - 1, "to") && !aspect && !adjectiveTo) ||
                            (lex::isDeterminer(w(c - 1)) && !relativeThat(c, sFirst, flags) &&
                             ((flags & lex::kCueNounish) != 0 || lex::isArticle(w(c - 1))))))
      continue;
    // After a possessor the form is a modifier or a noun ("Lee's reported net worth", "the
    // party's pledged delegates"); "he's said" keeps its auxiliary.
    if (c - 2 >= sFirst && t(c - 1).has(kPossessive) && !lex::isSourcePronoun(w(c - 2)) && !particle) continue;
    // "a book called 'Harbour Days'", "a party called Open Port": a name given, not words said.
    if (lex::ieq(ct.text, "called") && c - 2 >= sFirst && t(c - 1).has(kLower) && lex::isWord(t(c - 1)) &&
        !lex::isStopWord(w(c - 1)) && (is(c - 2, "a") || is(c - 2, "an")) && c + 1 < sEnd &&
        (t(c + 1).has(kCapitalised) || t(c + 1).has(kQuoteMark)))
      continue;

    Attribution a;
    a.cueFirst = a.cueLast = c;
    if (particle) a.cueLast = phrasal != kNo ? phrasal : c + 1;
    int j = c - 1;
    if (adjectiveTo) {
      a.cueFirst = c - 3;
      j = c - 4;
    } else if (aspect) {
      a.cueFirst = is(c - 2, "on") ? c - 3 : c - 2;
      j = a.cueFirst - 1;
    }
    // Auxiliaries right before the cue belong to it ("has said", "also said").
    while (j >= sFirst && j >= c - 2 && (is(j, "has") || is(j, "have") || is(j, "had") || is(j, "also"))) {
      a.cueFirst = j;
      --j;
    }
    // A time or place adverb between the subject and the cue ("here", "this week", "on Monday").
    for (int guard = 0; guard < 2 && j > sFirst && !inQuote(j); ++guard) {
      if (is(j, "here") || is(j, "today") || is(j, "yesterday") || is(j, "tonight")) {
        --j;
      } else if (is(j, "far") && is(j - 1, "so")) {  // "has so far pledged"
        j -= 2;
      } else if ((lex::isTimeWord(w(j))) && (is(j - 1, "this") || is(j - 1, "last") || is(j - 1, "on") ||
                                              is(j - 1, "earlier") || is(j - 1, "late"))) {
        j -= 2;
      } else {
        break;
      }
    }
    // "Ann Lee (D-Ohio), said": the comma after a parenthetical.
    if (j > sFirst && w(j) == "," && w(j - 1) == ")") --j;
    for (int guard = 0; guard < 4 && j >= sFirst && !lex::isSourcePronoun(w(j)) && !nameWord(j) &&
                        !(t(j).has(kPossessive) && !(j > sFirst && lex::isSourcePronoun(w(j - 1)))) &&
                        (lex::isCueModifier(w(j)) || is(j, "did") || is(j, "does") || is(j, "do") || is(j, "could") ||
                         is(j, "can") || is(j, "should") || is(j, "may") || is(j, "might") || is(j, "must") ||
                         lyAdverb(j) || preCueAdverb(j));
         ++guard)
      j -= (is(j, "longer") || lyAdverb(j)) && (is(j - 1, "no") || is(j - 1, "most") || is(j - 1, "more")) ? 2 : 1;
    // Two-word adverbials between the subject and the cue ("Lee so far hasn't said",
    // "critics have in particular noted"), with the auxiliaries around them.
    if (j - 1 > sFirst && !inQuote(j) &&
        ((is(j, "far") && is(j - 1, "so")) || (is(j, "particular") && is(j - 1, "in")) || is(j, "twice"))) {
      j -= is(j, "twice") ? 1 : 2;
      while (j > sFirst && (lex::isCueModifier(w(j)) || lyAdverb(j)) && !lex::isSourcePronoun(w(j))) --j;
    }

    bool participleUse = (flags & lex::kCueParticiple) != 0;
    int after = a.cueLast + 1;
    int lead = kNo;  // the token right before the source+cue block
    if (participleUse && j == c - 1 && j - 1 >= sFirst && catenativeVerb(j) && !inQuote(j - 1)) {
      // "Then he began dismissing CLAUSE", "Lee kept saying CLAUSE": the verb's subject.
      int h = j - 1;
      while (h > sFirst && (lyAdverb(h) || is(h, "also") || is(h, "then") || is(h, "never") || is(h, "just"))) --h;
      const int first = lex::isSourcePronoun(w(h)) ? h : leftNp(h, sFirst);
      if (first != kNo && !inQuote(h) && (lex::isSourcePronoun(w(h)) || !lex::isStopWord(w(h)))) {
        a.srcFirst = first;
        a.srcLast = h;
        participleUse = false;
      }
    }
    if (participleUse && j == c - 1 && j >= sFirst && lex::isWord(t(j)) && !inQuote(j) &&
        (t(j).has(kLower) || t(j).has(kHasDigit) || w(j) == "%") && !lex::isStopWord(w(j)) &&
        lex::cueFlags(w(j)) == 0 && !lyAdverb(j)) {
      // "those backing other candidates", "with 47 percent saying CLAUSE": a participle right
      // after a plural or quantified noun phrase has it as its subject.
      // A stance participle ("backing", "supporting") takes any noun before it as its
      // subject ("the older population backing X", "one pastor supporting Y").
      const bool stance = (flags & lex::kCueNominal) != 0 && t(j).has(kLower) && !lyAdverb(j) &&
                          !(particle && (is(c + 1, "of") || (lex::cueFlags(ct.text) & lex::kCueNounish) != 0)) &&
                          (w(j).size() < 4 || w(j).substr(w(j).size() - 3) != "ing");
      // "has spent the past few weeks taking swipes": a span of time is no subject.
      const bool timeSpan = is(j, "weeks") || is(j, "months") || is(j, "years") || is(j, "days") ||
                            is(j, "hours") || is(j, "decades");
      const bool plural = !timeSpan && (lex::isQuantifierSubject(w(j)) || is(j, "those") || is(j, "percent") ||
                                        w(j) == "%" ||
                                        (w(j).size() > 3 && w(j).back() == 's' && !is(j, "has") && !is(j, "was")) ||
                                        stance);
      int first = plural ? leftNp(j, sFirst) : kNo;
      int last = j;
      if (is(j, "those")) first = j;
      // "workers held banners calling for X": the ones who held them, before the verb.
      for (int k = j - 1; first != kNo && k > first; --k)
        if (pastVerbForm(k) && !lex::isStopWord(w(k - 1))) {
          first = leftNp(k - 1, sFirst);
          last = k - 1;
          break;
        }
      if (first != kNo) {
        a.srcFirst = first;
        a.srcLast = last;
        participleUse = false;
      }
    }
    // "the unions that backed the mayor": "that" right before a finite cue is a relative subject.
    if (!participleUse && j == c - 1 && relativeThat(c, sFirst, flags)) {
      a.srcFirst = a.srcLast = j;
    }
    if ((flags & lex::kCueFinite) != 0 || (participleUse && j >= sFirst &&
                                            (is(j, "was") || is(j, "is") || is(j, "were") || is(j, "are") ||
                                             is(j, "been")))) {
      if (participleUse && j >= sFirst && !lex::isSourcePronoun(w(j))) --j;  // over "was"
      int first = coordinatedSubject(leftNp(j, sFirst), sFirst);
      // "an aide close to him said": the adjective's object is no subject.
      if (first == kNo || (first - 1 > sFirst && (is(first - 1, "to") || is(first - 1, "with") ||
                                                  is(first - 1, "about") || is(first - 1, "on") ||
                                                  is(first - 1, "of"))))
        if (const int pm = postmodifiedSubject(j, sFirst); pm != kNo) first = pm;
      if (first != kNo) first = headBeforeTail(first, sFirst);
      if (first != kNo) {
        a.srcFirst = first;
        a.srcLast = j;
        lead = first - 1;
        participleUse = false;
        // "Sam Lau, the director for the party said": a short name opening the sentence
        // before the comma is the head of the apposition, not a content.
        if (lead > sFirst && isComma(lead) && lead - sFirst <= 4 && lex::isDeterminer(w(first))) {
          bool name = true;
          for (int k = sFirst; k < lead && name; ++k)
            name = (t(k).has(kCapitalised) || t(k).has(kAllCaps)) && !inQuote(k);
          if (name && !lex::isPhraseOpener(w(sFirst)) && !lex::isStopWord(w(sFirst))) {
            a.srcFirst = sFirst;
            lead = sFirst - 1;
          }
        }
        // "Farmers who lost their crops say": the noun phrase found is the object of a
        // relative clause; its antecedent before "who" speaks.
        for (int k = first - 1; k > sFirst && first - k <= 6; --k) {
          if (inQuote(k) || !lex::isWord(t(k))) break;
          if (!is(k, "who")) continue;
          const int h = k - 1;
          const int f = lex::isWord(t(h)) && !lex::isStopWord(w(h)) ? leftNp(h, sFirst) : kNo;
          if (f != kNo && !lex::isSourcePronoun(w(f))) {
            a.srcFirst = f;
            a.srcLast = h;
            lead = f - 1;
          }
          break;
        }
      }
    }
    if (a.srcFirst == kNo && (flags & lex::kCueFinite) != 0 && j > sFirst && !participleUse && !isComma(j) &&
        lex::isWord(t(j))) {
      // "Nurses who were there say CLAUSE": a relative clause between the subject and
      // its cue; the noun phrase before "who"/"that" speaks.
      for (int k = j; k > sFirst && j - k < 8; --k) {
        if (!lex::isWord(t(k)) && !t(k).has(kPossessive)) break;
        if (inQuote(k)) break;
        if (!is(k, "who") && !is(k, "that")) continue;
        const int h = k - 1;
        if (k == j || !lex::isWord(t(h)) || lex::cueFlags(w(h)) != 0 || lex::isStopWord(w(h))) break;
        const bool nounHead = is(k, "who") || t(h).has(kCapitalised) || t(h).has(kAllCaps) ||
                              (t(h).has(kLower) && w(h).size() > 3 && w(h).back() == 's');
        const int f = nounHead ? leftNp(h, sFirst) : kNo;
        if (f != kNo && !lex::isSourcePronoun(w(f))) {
          a.srcFirst = f;
          a.srcLast = h;
          lead = f - 1;
        }
        break;
      }
    }
    // 'Kim Lane, a host of "The Early Desk," said CLAUSE', 'self-described "Levy Haters" say
    // CLAUSE': a short title inside the subject closes right before the cue; the subject
    // runs over it and no inverted source follows.
    // 'Lee, who called the plan "a disaster," said CLAUSE': a short quotation inside the
    // apposition or relative clause of the subject, too.
    if (a.srcFirst == kNo && (flags & lex::kCueFinite) != 0 && !participleUse &&
        (titleBeforeCue(c, sFirst) || embeddedShortQuoteBeforeCue(c, sFirst))) {
      const int tf = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(c - 1)])].first;
      int f = appositionSubject(sFirst, c - 1, true);
      if (f == kNo && titleBeforeCue(c, sFirst)) f = leftNp(tf - 1, sFirst);
      if (f != kNo && f < tf && !lex::isSourcePronoun(w(f))) {
        a.srcFirst = f;
        a.srcLast = c - 1;
        lead = f - 1;
      }
    }
    // A nested quotation closing with the outer one leaves a stray mark ("... go back,'''").
    const bool strayClose = c - 2 >= 0 && (w(c - 1) == "'" || w(c - 1) == "\xE2\x80\x99") && isClosingMark(c - 2) &&
                            t(c - 2).span.end == t(c - 1).span.start;
    if (a.srcFirst == kNo && (flags & lex::kCueFinite) != 0 && c - 1 >= 0 &&
        ((c - 1 >= sFirst && isComma(c - 1)) || isClosingMark(c - 1) || strayClose)) {
      // Inverted: '..., said the official.'
      int last = rightNp(c + 1, sEnd);
      if (last != kNo) last = sourceModifier(last, sEnd);
      // "Name, a teacher from Ohio, said the meeting was long": a clause (not an end, a
      // comma or a phrase) follows the noun phrase, so the subject is the apposition before.
      const int nx = last == kNo ? kNo : last + 1;
      // "X, in her campaign, suggested she'll turn to ...": a pronoun with a contracted
      // auxiliary opens a clause too.
      const bool clauseFollows =
          nx != kNo && nx < sEnd &&
          ((lex::isWord(t(nx)) && !lex::isPhraseOpener(w(nx)) && !is(nx, "who") && !is(nx, "and") && !is(nx, "that")) ||
           contractedPronoun(c + 1));
      const int appo = (c - 1 >= sFirst && isComma(c - 1)) ? appositionSubject(sFirst, c - 1, true) : kNo;
      // Transitive stance and hearer cues ("endorsed", "asked") are rarely inverted.
      const bool transitive = (flags & (lex::kCueNominal | lex::kCueObject)) != 0;
      // ... and never inverted after a comma: "X, who ..., called the law a step".
      // "CLAUSE, predicted Ann Lee." / "CLAUSE, warned Ann Lee, a forecaster.": a name closing
      // the sentence after a stance or hearer cue, with no apposition subject before the
      // comma, is an inverted source all the same.
      const bool endNx = nx != kNo && (nx >= sEnd || w(nx) == "." || w(nx) == "!" ||
                                       (isComma(nx) && nx + 1 < sEnd && lex::isArticle(w(nx + 1))));
      const bool nameEnds = endNx && !is(c, "endorsed") && t(c).has(kLower) && t(c + 1).has(kCapitalised) &&
                            !lex::isStopWord(w(c + 1)) && c - 1 >= sFirst + 4 && isComma(c - 1) &&
                            (c - 1 < sFirst || appositionSubject(sFirst, c - 1, true) == kNo);
      const bool noInversion = transitive && !is(c, "asked") && !isClosingMark(c - 1) && !nameEnds;
      // With an apposition subject before the cue, an inverted source ends the sentence or
      // its clause ("X, a supporter, said strategists plan to ...": no inversion).
      const bool openAfter = (nx != kNo && nx < sEnd && !isComma(nx) && w(nx) != "." && w(nx) != "!" && w(nx) != "?" &&
                              w(nx) != ";" && !is(nx, "who") && !is(nx, "and")) ||
                             // ... and is a name or a pronoun ("Critics, including X, argue the lanes hurt sales.")
                             (last != kNo && !t(c + 1).has(kCapitalised) && !t(c + 1).has(kAllCaps) &&
                              !lex::isPersonPronoun(w(c + 1)));
      // "X, ..., said he backs the plan": a subject pronoun with more words after it opens the
      // content clause, never an inverted source; the sentence's subject speaks.
      const bool pronounClause = !isClosingMark(c - 1) && !strayClose && c + 2 < sEnd &&
                                 (is(c + 1, "he") || is(c + 1, "she") || is(c + 1, "they") || is(c + 1, "we") ||
                                  is(c + 1, "i") || is(c + 1, "it")) &&
                                 lex::isWord(t(c + 2)) && !inQuote(c + 1);
      if (pronounClause && appo == kNo) {
        int f = kNo;
        const int l = mainSubject(sFirst, c - 1, f);
        if (l != kNo && l < c - 1) {
          a.srcFirst = f;
          a.srcLast = l;
          participleUse = false;
        }
      } else if (last != kNo && !noInversion && !pronounClause &&
                 !((clauseFollows || transitive || openAfter) && appo != kNo)) {
        a.srcFirst = c + 1;
        a.srcLast = last;
        after = last + 1;
        lead = strayClose ? c - 2 : c - 1;
        participleUse = false;
      } else if (appo != kNo) {
        a.srcFirst = appo;
        a.srcLast = c - 2;
        lead = appo - 1;
        participleUse = false;
      }
    }
    if (a.srcFirst == kNo && (flags & lex::kCueFinite) != 0 && !participleUse && c - 1 > sFirst && isComma(c - 1) &&
        !inQuote(c - 1) && clauseEndsAfterCue(c, sEnd)) {
      // "CLAUSE, the airline, Nordair, said on Friday.": a source in apposition closing the
      // sentence after its content; the comma before the first noun phrase ends the content.
      const int f = postposedApposition(c - 1, sFirst);
      if (f != kNo) {
        a.srcFirst = f;
        a.srcLast = c - 2;
        lead = f - 1;
      }
    }
    if (a.srcFirst == kNo && (flags & lex::kCueFinite) != 0 && !participleUse && j > sFirst && j < c - 1 &&
        isComma(j) && lex::isWord(t(j + 1))) {
      // "Ann Lee, a port spokeswoman, also declined to comment": auxiliaries or adverbs
      // between the apposition's comma and the cue; the name before the apposition speaks.
      const int appo = appositionSubject(sFirst, j, true);
      if (appo != kNo) {
        a.srcFirst = appo;
        a.srcLast = j - 1;
        lead = appo - 1;
      }
    }
    if (a.srcFirst == kNo && participleUse) progressiveAppositionSource(a, c, sFirst, lead, participleUse);
    if (a.srcFirst == kNo && (flags & lex::kCueFinite) != 0 && j > sFirst && (is(j, "and") || is(j, "but")) &&
        !participleUse) {
      // "X visited the plant, and said CLAUSE": the first clause's subject speaks.
      // "The crowd cheered as Lee took the stage and promised X": a subordinate clause the
      // "and" continues has its own subject.
      const int sub = subordinateSubjectBefore(j, sFirst);
      const int s0 = sub != kNo ? sub : mainClauseStart(sFirst, j);
      int f = s0;
      while (f < j && (!lex::isWord(t(f)) || (lex::isStopWord(w(f)) && !lex::isDeterminer(w(f)))) &&
             !lex::isSourcePronoun(w(f)))
        ++f;
      if (f < j && (f <= s0 + 2 || sub != kNo)) {
        int last = lex::isSourcePronoun(w(f)) ? f : rightNp(f, j);
        // The noun phrase ends before the first clause's verb ("The farmer talked ...").
        for (int k = f + 1; last != kNo && k <= last; ++k)
          if (pastVerbForm(k)) last = k - 1;
        if (last != kNo) {
          a.srcFirst = f;
          a.srcLast = last;
        }
      }
    }
    const bool whenAsked = a.srcFirst == kNo && particle && lex::ieq(ct.text, "asked") &&
                           (c == sFirst || (c == sFirst + 1 && lex::isStopWord(w(sFirst))));
    if (a.srcFirst == kNo && participleUse && commaBefore(c)) {
      // '"...," X said, adding ...': the speaker of the cue just before speaks again.
      for (auto it = attrs_.rbegin(); it != attrs_.rend(); ++it) {
        if (it->cueLast < sFirst) break;
        if (it->cueLast < c && it->srcFirst != kNo && c - it->cueLast <= 14) {
          bool plain = true;
          for (int k = it->cueLast + 1; k < c && plain; ++k) plain = !inQuote(k);
          if (plain) {
            a.srcFirst = it->srcFirst;
            a.srcLast = it->srcLast;
          }
        }
        break;
      }
    }
    if (a.srcFirst == kNo && participleUse && (is(c - 1, "and") || is(c - 1, "but")))
      coordinatedParticipleSource(a, c, sFirst);
    if (a.srcFirst == kNo && participleUse && commaBefore(c)) {
      // "..., saying ...": the main clause's subject speaks.
      int f = mainClauseStart(sFirst, c);
      // The subject is outside any quotation that opens the sentence.
      while (f < c && (!lex::isWord(t(f)) || lex::isStopWord(w(f)) || inQuote(f)) &&
             !(lex::isSourcePronoun(w(f)) && !inQuote(f)))
        ++f;
      if (f < c) {
        int last = lex::isSourcePronoun(w(f)) ? f : rightNp(f, c);
        // The noun phrase ends before the main clause's verb ("Ray stayed quiet, arguing",
        // "Police began a search, believing").
        for (int k = f + 1; last != kNo && k <= last; ++k)
          if (t(k).has(kLower) && ((w(k).size() > 3 && w(k).substr(w(k).size() - 2) == "ed") || looksFiniteVerb(k)))
            last = k - 1;
        if (last != kNo) {
          a.srcFirst = f;
          a.srcLast = last;
        }
      }
      lead = kNo;
    }
    if (a.srcFirst == kNo && participleUse && !inQuote(j) &&
        ((j == c - 1 && contractedPronoun(j)) ||
         (j == c - 2 && lex::isSourcePronoun(w(j)) && !is(j, "who") && !is(j, "which") &&
          (is(j + 1, "’s") || is(j + 1, "'s") || is(j + 1, "’re") || is(j + 1, "'re") || is(j + 1, "’m") ||
           is(j + 1, "'m"))))) {
      // "She’s describing X": a pronoun with a contracted "is"/"are" before the participle.
      a.srcFirst = a.srcLast = j;
      participleUse = false;
    }
    if (a.srcFirst == kNo && participleUse && j == c - 1 && is(j, "by") && !inQuote(j)) {
      // "The mayor angered voters by saying CLAUSE": the main clause's subject speaks.
      const int last = mainSubject(sFirst, j, a.srcFirst);
      if (last != kNo) a.srcLast = last;
      else a.srcFirst = kNo;
      lead = kNo;
    }
    if (a.srcFirst == kNo && participleUse && j == c - 1 && !inQuote(j) &&
        (is(j, "while") || is(j, "after") || is(j, "before"))) {
      // "While saying CLAUSE, he ...": a participle clause opening the sentence has the subject
      // after its comma; "X did Y after saying CLAUSE" has the main clause's subject.
      if (j == mainClauseStart(sFirst, j + 1) || j == sFirst) {
        int comma = c + 2;
        while (comma < sEnd && comma - c <= 30 && !(isComma(comma) && !inQuote(comma)) && w(comma) != ";") ++comma;
        if (comma + 1 < sEnd && isComma(comma) && lex::isWord(t(comma + 1)) && !inQuote(comma + 1)) {
          const int last = lex::isSourcePronoun(w(comma + 1)) ? comma + 1 : rightNp(comma + 1, sEnd);
          if (last != kNo) {
            a.srcFirst = comma + 1;
            a.srcLast = last;
            addAttribution(a, s, Mode::Before, c + 1, comma - 1, c + 1);
            c = comma;
          }
        }
        continue;
      }
      const int last = mainSubject(sFirst, j, a.srcFirst);
      if (last != kNo) a.srcLast = last;
      else a.srcFirst = kNo;
      lead = kNo;
    }
    if (a.srcFirst == kNo && participleUse && j == c - 1 && j > sFirst && !inQuote(j) && t(j).has(kLower) &&
        (lex::isMediumNoun(w(j)) || lex::isRecordNoun(w(j)) || is(j, "petition") || is(j, "ad"))) {
      // "The campaign issued a statement saying CLAUSE": the one who issued it speaks.
      const int last = mainSubject(sFirst, j, a.srcFirst);
      if (last != kNo && last < j) a.srcLast = last;
      else a.srcFirst = kNo;
      lead = kNo;
    }
    if ((flags & lex::kCueFinite) != 0 && lex::isEvidenceVerb(ct.text) && j > sFirst &&
        (a.srcFirst == kNo || !(lex::isEvidenceNoun(w(a.srcLast)) || lex::isRecordNoun(w(a.srcLast))))) {
      // "A poll of likely voters released Tuesday showed CLAUSE": the evidence noun before a
      // short participle or time phrase is the subject.
      for (int k = j; k >= sFirst && j - k < 12; --k) {
        if (!lex::isWord(t(k)) && w(k) != "/" && w(k) != "-" && !t(k).has(kPossessive)) break;
        if (inQuote(k)) break;
        if (!lex::isEvidenceNoun(w(k)) && !lex::isRecordNoun(w(k))) continue;
        const int f = leftNp(k, sFirst);
        if (f != kNo) {
          a.srcFirst = f;
          a.srcLast = k;
          lead = f - 1;
          participleUse = false;
        }
        break;
      }
    }
    // "Jay Dorn, the club's long-serving president and manager, suggested that CLAUSE": a
    // reporting verb with a that-clause reports it even when its subject is not found.
    const bool thatClause = a.srcFirst == kNo && !whenAsked && !participleUse && c > sFirst && ct.has(kLower) &&
                            (flags & lex::kCueFinite) != 0 &&
                            (flags & (lex::kCueNounish | lex::kCueWeak)) == 0 && is(c + 1, "that") &&
                            c + 3 < sEnd && !inQuote(c + 1) && !is(c - 1, "to");
    // "X, founder of the Y and long a member of Z, endorsed Lee": a stance verb's object too,
    // when the sentence's subject can be found.
    const bool objectClause = !thatClause && a.srcFirst == kNo && !whenAsked && !participleUse && c > sFirst &&
                              ct.has(kLower) && (flags & lex::kCueFinite) != 0 && (flags & lex::kCueNominal) != 0 &&
                              (flags & lex::kCueNounish) == 0 && !particle && c + 2 < sEnd && !inQuote(c + 1) &&
                              (t(c + 1).has(kCapitalised) || lex::isDeterminer(w(c + 1)));
    if (objectClause) {
      const int last = mainSubject(sFirst, c, a.srcFirst);
      if (last != kNo && last < c - 1) a.srcLast = last;
      else a.srcFirst = kNo;
    }
    if (thatClause) {
      const int last = mainSubject(sFirst, c, a.srcFirst);
      if (last != kNo && last < c) a.srcLast = last;
      else a.srcFirst = kNo;
    }
    if (a.srcFirst == kNo && !whenAsked && !thatClause) continue;
    // "Do you support X?", "Would you say Y?": a question put to the reader or the hearer
    // reports no one's words.
    if (a.srcFirst != kNo && a.srcFirst == a.srcLast && is(a.srcFirst, "you") && a.srcFirst - 1 == sFirst &&
        (is(sFirst, "do") || is(sFirst, "does") || is(sFirst, "did") || is(sFirst, "would") || is(sFirst, "will") ||
         is(sFirst, "could") || is(sFirst, "can") || is(sFirst, "should")) &&
        sEnd - 1 > c && w(sEnd - 1) == "?")
      continue;

    // "a new poll shows CLAUSE", "the study found CLAUSE": an evidence noun subject.
    const bool evidenceSubject = a.srcFirst != kNo && a.srcFirst < c && (lex::isEvidenceNoun(w(a.srcLast)) || lex::isRecordNoun(w(a.srcLast))) &&
                                 (flags & lex::kCueFinite) != 0;
    // "reports of flooding", "calls for calm": a noun-like form followed by "of" or "for" is the noun.
    if ((flags & lex::kCueNounish) != 0 && !particle && (is(c + 1, "of") || (is(c + 1, "for") && !lex::isParticleCue(ct.text, "for"))))
      continue;
    // "Commuter advocate Ana Ruiz, 34, called ...": a plain verb form after a singular
    // capitalised word that opens the sentence cannot agree with it, so it is a title noun
    // before a name ("Critics argue", "We urge" agree).
    if (a.srcFirst == c - 1 && a.srcFirst == sFirst && t(c - 1).has(kCapitalised) && !lex::isSourcePronoun(w(c - 1)) &&
        w(c - 1).back() != 's' && c + 1 < sEnd && t(c + 1).has(kCapitalised) && plainVerbForm(c))
      continue;
    // "..., calling it a fraud": after a comma the -ing form is the participle, not the noun.
    const bool participleAfterComma = (flags & lex::kCueParticiple) != 0 && commaBefore(c);
    if ((flags & lex::kCueNounish) != 0 && a.srcFirst < c && !evidenceSubject && !participleAfterComma) {
      // "states", "calls", "report" are also nouns: need a name or pronoun subject, or "that".
      // Over an apposition ("Jo Abel, a former mayor, hopes ...") the name before it may be the head.
      const int h = a.srcLast;
      const auto named = [&](int k) {
        return (lex::isSourcePronoun(w(k)) || t(k).has(kCapitalised) || t(k).has(kAllCaps)) &&
               !(k - 1 >= 0 && t(k - 1).has(kPossessive));
      };
      const bool nameSubject = named(h) || named(appositionHead(a.srcFirst, a.srcLast));
      const bool plainSubject = !lex::isArticle(w(a.srcFirst)) && !t(h).has(kPossessive) &&
                                !(h - 1 >= 0 && t(h - 1).has(kPossessive)) && a.srcLast + 1 == a.cueFirst;
      const bool pluralHead = t(h).has(kLower) && w(h).size() > 3 && w(h).back() == 's';
      // "The candidate claims he is ...", "The mayor notes the bridge is old": a subject pronoun,
      // a possessive or "the" right after the form opens its clause, so the form is the verb.
      // Only a third-person "-s" form after a singular common noun opening the sentence agrees
      // ("the comments he made", "touted the road projects he won": a noun and its relative clause).
      const bool pronounClauseAfter =
          c + 2 < sEnd &&
          ((subjectPronoun(c + 1) && !is(c + 1, "it")) || is(c + 1, "his") || is(c + 1, "her") || is(c + 1, "their") ||
           is(c + 1, "the")) &&
          !inQuote(c + 1) && t(c + 2).has(kLower) && lex::isWord(t(c + 2)) && a.srcFirst == sFirst &&
          a.srcLast == c - 1 && h > a.srcFirst && t(h).has(kLower) && !lex::isDeterminer(w(h)) && w(h).back() != 's' &&
          w(c).back() == 's';
      if (!nameSubject && !(plainSubject && pluralHead) && !is(c + 1, "that") && !pronounClauseAfter) continue;
    }
    // Whether the tokens from `k` to the sentence's end are only an adjunct after the cue
    // ("said Thursday.", "told reporters on Monday."): no clause and no infinitive follows.
    const auto adjunctTail = [&](int k) {
      if (k >= sEnd || w(k) == "." || w(k) == "!" || w(k) == "?") return true;
      if (!lex::isPhraseOpener(w(k)) && !lex::isTimeWord(w(k)) && !agoPhrase(k, sEnd)) return false;
      int words = 0;
      for (int q = k; q < sEnd; ++q) {
        if (inQuote(q) || is(q, "that") || is(q, "to") || w(q) == ":" || w(q) == ",") return false;
        if (lex::isWord(t(q)) && ++words > 6) return false;
      }
      return true;
    };
    if ((flags & lex::kCueObject) != 0) {
      after = skipObject(after, sEnd);
      // "CLAUSE, a spokesman told The Daily Post.": the hearer ends the sentence, so the
      // content is the clause before, never the hearer.
      if (after == a.cueLast + 1 && after < sEnd && a.srcFirst != kNo && a.srcLast < a.cueFirst &&
          (t(after).has(kCapitalised) || t(after).has(kAllCaps) || lex::isDeterminer(w(after)))) {
        int objLast = rightNp(after, sEnd);
        // "told The Harbour Times": a capitalised stop word ("Times", "Post") ends the name.
        while (objLast != kNo && objLast + 1 < sEnd && t(objLast + 1).has(kCapitalised) && !inQuote(objLast + 1))
          ++objLast;
        if (objLast != kNo && adjunctTail(objLast + 1))
          after = objLast + 1 < sEnd && lex::isWord(t(objLast + 1)) ? sEnd : objLast + 1;
      }
    }
    // "CLAUSE, Northland foreign ministry spokesman Ben Abel said Thursday.": a long title
    // stops the noun phrase early; when nothing but an adjunct follows the cue, the whole run
    // of name and title words back to the comma is the subject.
    if (a.srcFirst != kNo && a.srcFirst > sFirst && a.srcLast < a.cueFirst && lead == a.srcFirst - 1 &&
        !isComma(lead) && !isClosingMark(lead) && lex::isWord(t(lead)) && t(lead).has(kLower) &&
        !lex::isStopWord(w(lead)) && lex::cueFlags(w(lead)) == 0 && !inQuote(lead) && adjunctTail(after)) {
      int k = lead;
      while (k > sFirst && a.srcFirst - k < 10 && lex::isWord(t(k)) && !inQuote(k) && lex::cueFlags(w(k)) == 0 &&
             (!lex::isStopWord(w(k)) || is(k, "of") || is(k, "for") || is(k, "and")))
        --k;
      if (k > sFirst + 2 && isComma(k) && !is(k + 1, "of") && !is(k + 1, "and")) {
        a.srcFirst = k + 1;
        lead = k;
      }
    }
    // "CLAUSE, as Lee noted in the Gazette.": "as" between the comma and the source, with
    // only an adjunct after the cue; the clause before the comma is the content.
    if (a.srcFirst != kNo && a.srcLast < a.cueFirst && lead == a.srcFirst - 1 && lead - 1 > sFirst &&
        is(lead, "as") && t(lead).has(kLower) && isComma(lead - 1) && !inQuote(lead) && adjunctTail(after) &&
        (is(c, "said") || is(c, "says") || is(c, "noted") || is(c, "notes") || is(c, "wrote") || is(c, "writes") ||
         is(c, "reported") || is(c, "reports") || is(c, "explained") || is(c, "observed") || is(c, "argued")))
      lead = lead - 1;
    const bool leadMark = lead >= sFirst && isClosingMark(lead);
    const bool leadMarkPrev = lead >= 0 && lead == sFirst - 1 && isClosingMark(lead);
    const bool leadComma = lead >= sFirst && isComma(lead);
    // "X, who thinks CLAUSE, ...": the comma before a relative pronoun opens no content.
    const bool relativeSource = a.srcFirst != kNo && a.srcFirst == a.srcLast &&
                                (is(a.srcFirst, "who") || is(a.srcFirst, "which") || is(a.srcFirst, "that"));
    const bool leadBreak = (leadMark || leadComma) && !relativeSource;
    // "In 2007, the party saw ...", "While X, the group found ...": the comma before the
    // subject closes an opening phrase, not a content, when the sentence opens with a
    // preposition or subordinator.
    bool introLead = false, adverbLead = false;
    if (leadComma && !leadMark && lead > sFirst) {
      int f = sFirst;
      while (f < lead && !lex::isWord(t(f))) ++f;
      if (f < lead && !inQuote(f))
        introLead = lex::isPhraseOpener(w(f)) || is(f, "for") || is(f, "with") || is(f, "whatever") || is(f, "as") ||
                    is(f, "because") || is(f, "although") || is(f, "though") || is(f, "if") || is(f, "since") ||
                    is(f, "despite") || is(f, "once") || is(f, "amid") || is(f, "under") || is(f, "unlike") ||
                    is(f, "like") || (is(f, "instead") && is(f + 1, "of")) || is(f, "among") || is(f, "across") ||
                    is(f, "within") || is(f, "throughout") || is(f, "beyond") || is(f, "outside") ||
                    // "Speaking on the radio, ...": a participle phrase; "Asked about it, ...",
                    // "Pressed on the cuts, ...": a past participle before a lower-case word
                    participleOpener(f) ||
                    (t(f).has(kCapitalised) && w(f).size() > 4 && w(f).substr(w(f).size() - 2) == "ed" &&
                     f + 1 < lead && t(f + 1).has(kLower));
      // "Still, aides believe CLAUSE": a sentence adverb alone before the comma opens no
      // content either ('Still, he said, "..."' keeps it in the quotation's hull).
      adverbLead = !introLead && lead - f <= 2 && sentenceAdverb(f);
    }
    const int sLast = sEnd - 1;
    Mode mode = Mode::After;
    bool objectOnly = false;
    int contentAfter = after;
    // Adverbs after the cue ("said carefully") are not content.
    while (leadBreak && contentAfter <= sLast && t(contentAfter).has(kLower) && w(contentAfter).size() > 3 &&
           w(contentAfter).substr(w(contentAfter).size() - 2) == "ly")
      ++contentAfter;
    // A phrase opens after the cue ("said on Monday", "this week"); "this" before anything
    // but a time word opens a clause ("told reporters this was the only chance").
    const bool phraseAfter =
        contentAfter <= sLast &&
        ((lex::isPhraseOpener(w(contentAfter)) &&
          !(is(contentAfter, "this") && !(contentAfter + 1 <= sLast && lex::isTimeWord(w(contentAfter + 1))))) ||
         agoPhrase(contentAfter, sEnd));
    // Only a time, place or medium phrase after the cue ("said in a statement.") is no content.
    // A semicolon right after the cue ends its clause too ("..., analysts say; in 2010 ...").
    const bool atEnd = contentAfter > sLast || w(contentAfter) == "." || w(contentAfter) == "!" ||
                       w(contentAfter) == "?" || (w(contentAfter) == ";" && !inQuote(contentAfter)) ||
                       (!inQuote(contentAfter) && phraseAfter && !is(contentAfter, "about") &&
                        !is(contentAfter, "of") && !is(contentAfter, "over") && adjunctTail(contentAfter)) ||
                       mannerTail(contentAfter, sEnd);
    // "He said:" or "released the following statement:" ending a sentence, and a quotation
    // opening the next one (often the next paragraph): that quotation is the content.
    if (!leadMark && contentAfter <= sLast && w(contentAfter) == ":" && sLast + 1 < n() && !inQuote(contentAfter)) {
      int q = contentAfter + 1;
      while (q <= sLast && !lex::isWord(t(q)) && !t(q).has(kQuoteMark)) ++q;  // "following:" then nothing
      if (q == sLast + 1 && t(q).has(kQuoteMark) && inQuote(q)) {
        const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(q)])];
        if (sg.first == q) {
          if (a.srcFirst != kNo && a.srcLast < a.cueFirst) a.cueLast = contentAfter;  // "said:"
          addAttribution(a, s, Mode::Before, contentAfter, sg.last, sg.first);
          continue;
        }
      }
    }
    // "He said, twice, that CLAUSE", "argued, in a letter, that CLAUSE": a short aside set off
    // by commas between the cue and its that-clause.
    if (!atEnd && !inQuote(contentAfter) && isComma(contentAfter))
      for (int q = contentAfter + 1; q <= sLast && q <= contentAfter + 6 && !inQuote(q); ++q) {
        if (isComma(q)) {
          if (q > contentAfter + 1 && is(q + 1, "that") && !inQuote(q + 1)) contentAfter = q + 1;
          break;
        }
        if (!lex::isWord(t(q)) || lex::cueFlags(w(q)) != 0 || is(q, "that")) break;
      }
    // "CLAUSE, as the Gazette reported last week.": "as" after a comma opens a comment clause
    // whose reporting cue reports the clause before it.
    const bool asLead = lead > sFirst + 2 && is(lead, "as") && isComma(lead - 1) && !inQuote(lead - 1) &&
                        a.srcFirst == lead + 1 && a.srcLast < a.cueFirst &&
                        (flags & (lex::kCueNominal | lex::kCueWeak | lex::kCueNounish)) == 0;
    if (atEnd) {
      mode = (leadBreak || leadMarkPrev || asLead) ? Mode::Before : Mode::None;
      // "X declined to comment.": a refusal reports no words, not even a quotation before it.
      if (aspect && is(c, "comment")) mode = Mode::None;
    } else if (aspect && is(c, "comment") && isComma(contentAfter) && !inQuote(contentAfter) && a.srcFirst != kNo &&
               a.srcFirst == a.srcLast && (is(a.srcFirst, "who") || is(a.srcFirst, "which"))) {
      mode = Mode::None;  // "Lee, who declined to comment, was born in X": the aside reports no words
    } else if (leadBreak && a.srcFirst == a.cueLast + 1 && contentAfter <= sLast &&
               (is(contentAfter, "who") || is(contentAfter, "whose"))) {
      mode = Mode::Before;  // "CLAUSE, said a handful of aides who ...": the relative clause describes the source
    } else if (leadBreak && (is(contentAfter, "that") || w(contentAfter) == ":")) {
      mode = Mode::After;
    } else if (!leadMark && is(contentAfter, "to") && (flags & lex::kCueInfinitive) != 0 && contentAfter + 1 <= sLast &&
               t(contentAfter + 1).has(kLower) && !lex::isDeterminer(w(contentAfter + 1))) {
      mode = Mode::After;  // "vowed to repeal the law"
    } else if (!leadMark && (flags & lex::kCueNominal) != 0 && !is(contentAfter, "that") && !inQuote(contentAfter) &&
               lex::isWord(t(contentAfter)) && !phraseAfter && !lyAdverb(contentAfter) &&
               !t(contentAfter).has(kHasDigit) &&
               (!lex::isStopWord(w(contentAfter)) || lex::isDeterminer(w(contentAfter)))) {
      mode = Mode::After;  // "endorsed the senator on Friday": the object only
      objectOnly = true;
    } else if (leadMark && inQuote(lead) &&
               (embeddedQuotation(segOf_[static_cast<std::size_t>(lead)], sFirst) ||
                quotedInOpeningSubordinate(segOf_[static_cast<std::size_t>(lead)], sFirst)) &&
               lex::isWord(t(contentAfter)) && !inQuote(contentAfter) && !phraseAfter &&
               (lex::isSourcePronoun(w(contentAfter)) || lex::isDeterminer(w(contentAfter)) ||
                t(contentAfter).has(kCapitalised) || is(contentAfter, "yes") || is(contentAfter, "no"))) {
      // 'to chants of "Go, Lee!," the senator said his campaign was strong': a quotation
      // inside a phrase is no one's content; the clause after the cue is.
      mode = Mode::After;
    } else if (leadMark && quotationGoesOnAfterCue(lead, contentAfter, sFirst, sLast)) {
      mode = Mode::Hull;  // '"It was bad luck," he said, that both men had ties to X'
    } else if (leadMark || (leadMarkPrev && isComma(contentAfter) && contentAfter + 1 <= sLast &&
                            !inQuote(contentAfter + 1) && !t(contentAfter + 1).has(kQuoteMark))) {
      // '"..." Lee declared, a point he made often.': the quotation before is the content.
      mode = Mode::Before;
    } else if (isComma(contentAfter) && leadComma && introLead && contentAfter + 1 <= sLast &&
               (t(contentAfter + 1).has(kQuoteMark) || lex::isPhraseOpener(w(contentAfter + 1)))) {
      // 'In her speech, she said, "..."', "Over a long career, Lee has advised, in no order,
      // X": after an opening phrase a quotation or an aside follows the cue, and the content
      // after them is no hull with the opening (a clause after it is: "In the long run,
      // economists say, costs will rise").
      mode = Mode::After;
    } else if (isComma(contentAfter) && leadComma) {
      int rest = 0;
      for (int q = contentAfter + 1; q <= sLast; ++q)
        if (lex::isWord(t(q))) ++rest;
      const int nx = contentAfter + 1;
      // A determiner after the parenthetical opens either the clause's subject ("In the long
      // run, economists say, this effect will grow") or an apposition ("..., the agency said,
      // the first time the two have met"): the word after its noun phrase tells them apart.
      bool npAside = false;
      // "It is no surprise, Lee said, that X": "that" opens the clause the opening announced.
      if (nx <= sLast && lex::isDeterminer(w(nx)) && !is(nx, "that")) {
        npAside = true;
        for (int q = nx + 1; q <= sLast && q <= nx + 6; ++q) {
          if (!lex::isWord(t(q)) || inQuote(q)) break;
          if (is(q, "will") || is(q, "would") || is(q, "could") || is(q, "can") || is(q, "may") || is(q, "might") ||
              is(q, "should") || is(q, "must") || is(q, "is") || is(q, "are") || is(q, "was") || is(q, "were") ||
              is(q, "has") || is(q, "have") || is(q, "had") || is(q, "does") || is(q, "did") || is(q, "do")) {
            npAside = false;
            break;
          }
          if (q > nx + 1 && (lex::isDeterminer(w(q)) || lex::isSourcePronoun(w(q)) || lex::isStopWord(w(q)))) break;
        }
      }
      const bool restIsAside = nx <= sLast && ((lex::cueFlags(w(nx)) & lex::kCueParticiple) != 0 || npAside ||
                                               is(nx, "who") || is(nx, "which") ||
                                               t(nx).has(kHasDigit) || (w(nx).size() > 2 &&
                                               w(nx).substr(w(nx).size() - 2) == "ed" &&
                                               !pastVerbWithObject(nx, sLast)));
      // A short opening before a parenthetical "he said," is never a content on its own.
      int opening = 0;
      for (int q = sFirst; q < a.srcFirst && q < lead; ++q)
        if (lex::isWord(t(q))) ++opening;
      // Two words after the parenthetical finish the clause ("The fix, he said, was simple").
      mode = (rest >= 2 && (!restIsAside || opening < 4) && a.srcFirst < c) ? Mode::Hull : Mode::Before;
    } else if (leadComma && !introLead && !relativeSource &&
               (phraseAfter || is(contentAfter, "to") || isComma(contentAfter))) {
      mode = Mode::Before;
      for (int k = contentAfter; k <= sLast && k < contentAfter + 9; ++k) {
        if (is(k, "that")) {
          mode = Mode::After;
          contentAfter = k;
          break;
        }
        if (isComma(k) || w(k) == "." || inQuote(k)) break;
      }
    } else if (phraseAfter && !is(contentAfter, "that") && !is(contentAfter, "to")) {
      for (int k = contentAfter; k <= sLast && k < contentAfter + 9; ++k) {
        if (is(k, "that")) {
          contentAfter = k;
          break;
        }
        // "said on Monday they would ...": a subject pronoun after the phrase opens the clause.
        if (k > contentAfter + 1 && subjectPronounAfterPhrase(k)) {
          contentAfter = k;
          break;
        }
        if (isComma(k) || w(k) == ":") {
          contentAfter = k + 1;
          break;
        }
        if (w(k) == "." || inQuote(k)) {
          if (inQuote(k)) contentAfter = k;
          break;
        }
      }
    } else if ((flags & lex::kCueWeak) != 0 && (!leadBreak || introLead || adverbLead) && !evidenceSubject) {
      // "believes, for example, that": an aside between the cue and its clause.
      if (isComma(contentAfter)) {
        for (int q = contentAfter + 1; q <= sLast && q < contentAfter + 6; ++q) {
          if (!isComma(q)) continue;
          if (is(q + 1, "that")) contentAfter = q + 1;
          break;
        }
      }
      const int k = contentAfter;
      const bool clause = is(k, "that") || (lex::isSourcePronoun(w(k)) && !is(k, "who") && !is(k, "which")) ||
                          is(k, "there") || t(k).has(kQuoteMark) ||
                          (w(k) == ":" && k + 1 < sEnd && t(k + 1).has(kQuoteMark)) ||  // 'agreed: "..."'
                          (w(k) == "," && k + 2 < sEnd && t(k + 1).has(kQuoteMark) && inQuote(k + 2) &&
                           !inQuote(k) && !lex::isEvidenceVerb(ct.text)) ||  // 'He continued, "..."'
                          (lex::isBeliefVerb(ct.text) && k < sEnd && !inQuote(k) &&
                           (t(k).has(kCapitalised) || lex::isDeterminer(w(k)) || is(k, "most"))) ||
                          nameThenAuxiliary(k, sEnd) || nounPhraseThenAuxiliary(k, sEnd);
      // "aides believe if they win Ohio, ...", "the vote will show if ...": a conditional or
      // embedded yes/no clause.
      const bool ifClause = (is(k, "if") || is(k, "unless")) && k + 2 < sEnd && !inQuote(k) &&
                            (subjectPronoun(k + 1) || lex::isDeterminer(w(k + 1)) || t(k + 1).has(kCapitalised));
      if (!ifClause &&
          (!clause || (lex::isStopWord(w(k)) && !is(k, "that") && !lex::isDeterminer(w(k)) && !is(k, "there"))))
        continue;
    } else if (leadBreak && (flags & lex::kCueWeak) != 0 && !introLead) {
      mode = Mode::Before;
    }
    if (mode == Mode::None) continue;
    // "agrees with Okafor that CLAUSE": the clause after the partner is the content.
    if (particle && is(c + 1, "with") && mode == Mode::After)
      for (int k = contentAfter + 1; k <= sLast && k <= contentAfter + 8 && lex::isWord(t(k)) && !inQuote(k); ++k)
        if (is(k, "that") || is(k, "on")) {
          if (is(k, "that")) {
            contentAfter = k;
            objectOnly = false;
            a.cueLast = c;
          }
          break;
        }
    // "made it clear to the board that ...": the hearer after a phrasal cue is no content.
    if (phrasal != kNo && mode == Mode::After && is(contentAfter, "to"))
      for (int k = contentAfter + 1; k <= sLast && k <= contentAfter + 6 && lex::isWord(t(k)) && !inQuote(k); ++k)
        if (is(k, "that")) {
          contentAfter = k;
          break;
        }
    // "Despite what he wrote about the plan, Lee said X": a free relative in an opening phrase
    // reports only itself, up to the comma before the main clause.
    if (a.srcFirst != kNo && a.srcFirst - 2 == sFirst && a.srcLast < a.cueFirst && is(a.srcFirst - 1, "what") &&
        !inQuote(a.srcFirst - 1) && (lex::isPhraseOpener(w(sFirst)) || is(sFirst, "despite") || is(sFirst, "unlike"))) {
      int q = a.cueLast + 1;
      while (q <= sLast && q - a.cueLast <= 12 && !isComma(q) && !inQuote(q)) ++q;
      if (q <= sLast && isComma(q) && q + 1 <= sLast) {
        addAttribution(a, s, Mode::Before, contentAfter, q - 1, a.srcFirst - 1);
        continue;
      }
    }
    if (mode == Mode::Before && lead >= 0 && lead < sFirst) {
      // The content is the quotation that ends right before this sentence.
      const Segment& sg = segs_[static_cast<std::size_t>(segOf_[static_cast<std::size_t>(lead)])];
      addAttribution(a, s, Mode::Before, contentAfter, lead, sg.first);
      continue;
    }
    const int before = lead >= sFirst ? (isClosingMark(lead) ? lead : lead - 1) : kNo;
    if ((mode == Mode::Before || mode == Mode::Hull) && before == kNo) continue;
    // The whole verb group belongs to the cue: auxiliaries, negation and adverbs after the
    // source ("did not immediately respond to", "has repeatedly said"), and, before a content
    // that follows, the adjuncts and colon up to it ("said in a statement that", "wrote:").
    if (a.srcFirst != kNo && a.srcLast >= sFirst && a.srcLast + 1 < a.cueFirst && a.cueFirst - a.srcLast <= 5) {
      bool group = true;
      for (int k = a.srcLast + 1; k < a.cueFirst && group; ++k)
        group = lex::isCueModifier(w(k)) || is(k, "is") || is(k, "are") || is(k, "was") || is(k, "were") ||
                (is(k, "so") && is(k + 1, "far")) || (is(k, "far") && is(k - 1, "so")) || is(k, "twice") ||
                (is(k, "in") && is(k + 1, "particular")) || (is(k, "particular") && is(k - 1, "in")) ||
                is(k, "be") || is(k, "been") || is(k, "does") || is(k, "do") || is(k, "did") || is(k, "could") ||
                is(k, "can") || is(k, "should") || is(k, "may") || is(k, "might") || is(k, "must") ||
                lyAdverb(k);
      if (group) a.cueFirst = a.srcLast + 1;
    }
    if (mode == Mode::After && a.srcFirst != kNo && a.srcLast < a.cueFirst && after == a.cueLast + 1 &&
        contentAfter <= sLast) {
      int end = contentAfter;  // one past the cue's new last token
      if (w(end) == ":") ++end;
      bool adjunct = end - after <= 8;
      for (int k = after; k < end && adjunct; ++k)
        adjunct = !inQuote(k) && (lex::isWord(t(k)) || t(k).has(kPossessive) || (w(k) == ":" && k == end - 1) ||
                                  w(k) == "." || w(k) == "-");
      if (adjunct && end > after) a.cueLast = end - 1;
    }
    if (mode != Mode::After && a.srcFirst != kNo && a.srcLast < a.cueFirst) {
      // '"...," she said in a statement.': the medium phrase belongs to the cue.
      const int m = a.cueLast + 1;
      int k = m;
      if (is(k, "in") || is(k, "on")) ++k;
      if (k > m && k <= sLast && lex::isArticle(w(k)) && !is(k, "this") && !is(k, "that")) ++k;
      while (k <= sLast && k - m < 5 && t(k).has(kLower) && !lex::isMediumNoun(w(k)) && !lex::isStopWord(w(k))) ++k;
      if (k > m && k <= sLast && lex::isMediumNoun(w(k)) && (is(m, "in") || is(m, "on"))) a.cueLast = k;
    }
    if (mode == Mode::After && a.srcFirst != kNo && a.srcLast + 1 == a.cueFirst && a.cueFirst == c)
      nounCueOwner(a, c, sFirst);
    addAttribution(a, s, mode, contentAfter, before, kNo, objectOnly);
  }
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

}  // namespace

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
