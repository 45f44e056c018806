// Reporting cues and their attributions (source, cue, content), sentence by sentence.
#include "extract/quote_finder.hpp"

namespace wiremap::extract::quote_detail {

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

}  // namespace wiremap::extract::quote_detail
