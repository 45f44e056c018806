// Source noun phrases, clause subjects and the ends of objects for the quote finder.
#include "extract/quote_finder.hpp"

namespace wiremap::extract::quote_detail {

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

}  // namespace wiremap::extract::quote_detail
