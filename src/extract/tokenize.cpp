#include "extract/tokenize.hpp"

#include <algorithm>
#include <array>

namespace wiremap::extract {
namespace {

bool isSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xA0 ||
         c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}
bool isQuoteCp(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xAB ||
         c == 0xBB || c == 0x201E || c == 0x201F || c == 0x2039 || c == 0x203A || c == '`';
}
bool isAlnumCp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  // Letters of non-ASCII scripts: treat everything that is not punctuation/space as a letter.
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xBF || c == 0xA1 || c == 0xFEFF) return false;
  return true;
}
// Punctuation that is split off the start of a word.
bool isLeadingPunct(char32_t c) {
  return isQuoteCp(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2014 || c == 0x2013 || c == '*' ||
         c == '#' || c == '<' || c == 0xBF || c == 0xA1;
}
// Punctuation that is split off the end of a word ('.' handled separately).
bool isTrailingPunct(char32_t c) {
  return isQuoteCp(c) || c == ')' || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == 0x2014 || c == 0x2013 || c == 0x2026 || c == '*' || c == '>' || c == '-';
}

bool isUpperCp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0;  // Latin Extended-A: even = upper (mostly)
  if (c >= 0x410 && c <= 0x42F) return true;          // Cyrillic
  return false;
}
bool isLowerCp(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 1;
  if (c >= 0x430 && c <= 0x44F) return true;
  return false;
}

constexpr std::array<std::string_view, 64> kAbbrev = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.",
    "Sen.", "Rep.", "Gov.", "Pres.", "Rev.", "Hon.", "St.", "Mt.", "Ft.", "Jr.", "Sr.", "Inc.", "Corp.",
    "Co.", "Ltd.", "Bros.", "No.", "vs.", "etc.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.",
    "Oct.", "Nov.", "Dec.", "Ave.", "Blvd.", "Rd.", "Gov't.", "Dept.", "Univ.", "approx.", "est.", "Calif.",
    "Fla.", "Mass.", "Penn.", "Wash.", "Ill.", "Mich.", "Ariz.", "Colo.", "Conn.", "Ga.", "Va.", "Md.", "Tenn."};

struct Cp {
  char32_t c;
  std::uint32_t byte;
};

}  // namespace

bool isAbbreviation(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  if (std::find(kAbbrev.begin(), kAbbrev.end(), w) != kAbbrev.end()) return true;
  // Initials and dotted acronyms: "U.S.", "U.N.", "J.", "a.m.", "p.m."
  bool dotted = true;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const bool letter = (w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z');
    if (i % 2 == 0 ? !letter : w[i] != '.') { dotted = false; break; }
  }
  return dotted && w.size() % 2 == 0;
}

Tokenized tokenize(const Document& doc) {
  Tokenized out;
  const std::string_view text = doc.text;
  // Decode once into code points with byte offsets.
  std::vector<Cp> cps;
  cps.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<std::uint32_t>(i);
    cps.push_back({utf8::decode(text, i), b});
  }
  const auto n = static_cast<std::uint32_t>(cps.size());
  const auto byteAt = [&](std::uint32_t cp) { return cp < n ? cps[cp].byte : static_cast<std::uint32_t>(text.size()); };

  // Paragraphs: separated by a line break followed by optional spaces and another line break.
  {
    std::uint32_t start = 0;
    std::uint32_t i = 0;
    while (i < n) {
      if (cps[i].c == '\n') {
        std::uint32_t j = i + 1;
        while (j < n && cps[j].c != '\n' && isSpaceCp(cps[j].c)) ++j;
        if (j < n && cps[j].c == '\n') {
          // trim
          std::uint32_t s = start, e = i;
          while (s < e && isSpaceCp(cps[s].c)) ++s;
          while (e > s && isSpaceCp(cps[e - 1].c)) --e;
          if (e > s) out.paragraphs.push_back({s, e});
          while (j < n && isSpaceCp(cps[j].c)) ++j;
          start = j;
          i = j;
          continue;
        }
      }
      ++i;
    }
    std::uint32_t s = start, e = n;
    while (s < e && isSpaceCp(cps[s].c)) ++s;
    while (e > s && isSpaceCp(cps[e - 1].c)) --e;
    if (e > s) out.paragraphs.push_back({s, e});
  }

  // Tokens.
  auto emit = [&](std::uint32_t s, std::uint32_t e, std::uint16_t extra) {
    Token t;
    t.span = {s, e};
    t.byteStart = byteAt(s);
    t.byteEnd = byteAt(e);
    t.text = text.substr(t.byteStart, t.byteEnd - t.byteStart);
    t.flags = extra;
    bool anyAlnum = false, anyLower = false, anyUpper = false, firstSeen = false;
    int letters = 0;
    for (std::uint32_t k = s; k < e; ++k) {
      const char32_t c = cps[k].c;
      if (c >= '0' && c <= '9') t.flags |= kHasDigit;
      if (isAlnumCp(c)) anyAlnum = true;
      const bool up = isUpperCp(c), lo = isLowerCp(c);
      if (up || lo) {
        ++letters;
        if (!firstSeen) {
          firstSeen = true;
          t.flags |= up ? kCapitalised : kLower;
        }
      }
      anyLower |= lo;
      anyUpper |= up;
    }
    if (!anyAlnum) t.flags |= kPunct;
    if (anyUpper && !anyLower && letters >= 2) t.flags |= kAllCaps;
    if (e == s + 1 && isQuoteCp(cps[s].c)) t.flags |= kQuoteMark;
    out.tokens.push_back(t);
  };

  std::vector<std::pair<std::uint32_t, std::uint32_t>> trail;  // reused per chunk
  bool singleOpen = false;  // a chunk opened a single quotation that no chunk has closed yet
  std::uint32_t i = 0;
  while (i < n) {
    while (i < n && isSpaceCp(cps[i].c)) ++i;
    if (i >= n) break;
    std::uint32_t j = i;
    while (j < n && !isSpaceCp(cps[j].c)) ++j;
    // [i, j) is a whitespace-delimited chunk. Peel leading punctuation.
    std::uint32_t s = i, e = j;
    // A detached possessive ("Germany 's", as in CoNLL) stays one token, like "'s" split off a word.
    const auto isApos = [](char32_t c) { return c == '\'' || c == 0x2019; };
    const bool detachedPossessive = e - s >= 2 && isApos(cps[s].c) && (cps[s + 1].c == 's' || cps[s + 1].c == 'S') &&
                                    (e - s == 2 || !isAlnumCp(cps[s + 2].c));
    while (s < e && !detachedPossessive && isLeadingPunct(cps[s].c) && !(s + 1 < e && cps[s].c == '\'' && isAlnumCp(cps[s + 1].c) &&
                                                   e - s <= 3 && false)) {
      // keep "-" inside numbers like "-5"? treat as punctuation token.
      emit(s, s + 1, 0);
      ++s;
    }
    // A plural possessive ("the workers' union"): an apostrophe that ends a chunk after "s",
    // with a word after it, is no quotation mark, unless a single quotation opened before
    // ("called them 'the experts' later") closes there. A line break ends any open one.
    bool pluralPossessive = false;
    for (std::uint32_t k = i; k > 0 && isSpaceCp(cps[k - 1].c); --k)
      if (cps[k - 1].c == '\n') singleOpen = false;
    if (isApos(cps[i].c) && j - i >= 2 && (isUpperCp(cps[i + 1].c) || isLowerCp(cps[i + 1].c)) && !detachedPossessive)
      singleOpen = true;
    if (e - s >= 3 && isApos(cps[e - 1].c) && (cps[e - 2].c == 's' || cps[e - 2].c == 'S') && isAlnumCp(cps[i].c) &&
        !singleOpen) {
      std::uint32_t nx = j;
      while (nx < n && isSpaceCp(cps[nx].c) && cps[nx].c != '\n') ++nx;
      pluralPossessive = nx < n && nx > j && isAlnumCp(cps[nx].c);
      if (pluralPossessive) --e;
    }
    if (!pluralPossessive && e - s >= 2 && isApos(cps[e - 1].c)) singleOpen = false;
    // Peel trailing punctuation into a stack (emitted after the word).
    trail.clear();
    while (e > s) {
      const char32_t c = cps[e - 1].c;
      if (isTrailingPunct(c)) {
        trail.push_back({e - 1, e});
        --e;
        continue;
      }
      if (c == '.') {
        // Keep the period of abbreviations and initials; split "..." and sentence periods.
        std::string_view w = text.substr(byteAt(s), byteAt(e) - byteAt(s));
        if (e - s >= 2 && isAbbreviation(w)) break;
        if (w.size() >= 3 && w.substr(w.size() - 3) == "...") {
          trail.push_back({e - 3, e});
          e -= 3;
          continue;
        }
        trail.push_back({e - 1, e});
        --e;
        continue;
      }
      break;
    }
    if (e > s) {
      // Split a possessive "'s" / "’s" / trailing "'" after s.
      std::uint32_t split = e;
      if (e - s >= 3 && (cps[e - 2].c == '\'' || cps[e - 2].c == 0x2019) && (cps[e - 1].c == 's' || cps[e - 1].c == 'S'))
        split = e - 2;
      // Split internal ", " is impossible here; split "word/word"? keep as one.
      if (split < e) {
        emit(s, split, 0);
        emit(split, e, kPossessive);
      } else {
        emit(s, e, detachedPossessive && s == i ? kPossessive : 0);
      }
    }
    if (pluralPossessive) {
      emit(j - 1, j, kPossessive);
      out.tokens.back().flags = static_cast<std::uint16_t>(out.tokens.back().flags & ~kQuoteMark);
    }
    for (auto it = trail.rbegin(); it != trail.rend(); ++it) emit(it->first, it->second, 0);
    i = j;
  }

  // Sentences.
  const auto lineEndsSentence = [&](std::uint32_t nlCp) {
    // Look back from the line break over spaces to the last visible character.
    std::int64_t k = static_cast<std::int64_t>(nlCp) - 1;
    while (k >= 0 && isSpaceCp(cps[k].c) && cps[k].c != '\n') --k;
    if (k < 0 || cps[k].c == '\n') return true;
    const char32_t c = cps[k].c;
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == 0x201D || c == ')') return true;
    // A line with no lower-case letter (headline, dateline, table row) ends a sentence.
    std::int64_t b = k;
    while (b >= 0 && cps[b].c != '\n') --b;
    for (std::int64_t q = b + 1; q <= k; ++q)
      if (isLowerCp(cps[q].c)) return false;
    return true;
  };

  std::size_t paraIdx = 0;
  std::uint32_t sentStart = 0;
  const auto closeSentence = [&](std::uint32_t endTok) {
    if (endTok <= sentStart) return;
    Sentence s;
    s.firstToken = sentStart;
    s.endToken = endTok;
    s.span = {out.tokens[sentStart].span.start, out.tokens[endTok - 1].span.end};
    while (paraIdx + 1 < out.paragraphs.size() && out.paragraphs[paraIdx].end <= s.span.start) ++paraIdx;
    s.paragraph = static_cast<std::uint32_t>(paraIdx);
    const auto idx = static_cast<std::uint32_t>(out.sentences.size());
    for (std::uint32_t t = sentStart; t < endTok; ++t) out.tokens[t].sentence = idx;
    out.tokens[sentStart].flags |= kSentenceStart;
    out.sentences.push_back(s);
    sentStart = endTok;
  };

  std::size_t para = 0;
  for (std::uint32_t t = 0; t < out.tokens.size(); ++t) {
    Token& tok = out.tokens[t];
    while (para < out.paragraphs.size() && out.paragraphs[para].end <= tok.span.start) ++para;
    if (para < out.paragraphs.size() && out.paragraphs[para].start == tok.span.start) {
      closeSentence(t);
      tok.flags |= kParagraphStart;
    }
    // A line break between this token and the previous one?
    if (t > sentStart) {
      const Token& prev = out.tokens[t - 1];
      for (std::uint32_t k = prev.span.end; k < tok.span.start; ++k)
        if (cps[k].c == '\n') {
          if (lineEndsSentence(k)) closeSentence(t);
          break;
        }
    }
    // Sentence-final punctuation.
    if (tok.text == "." || tok.text == "!" || tok.text == "?" || tok.text == "...") {
      std::uint32_t next = t + 1;
      // Closing quotes and brackets belong to this sentence.
      while (next < out.tokens.size() &&
             (out.tokens[next].has(kQuoteMark) || out.tokens[next].text == ")") &&
             (out.tokens[next].text != "\"" || true) && out.tokens[next].span.start == out.tokens[next - 1].span.end)
        ++next;
      if (next >= out.tokens.size()) continue;
      const Token& nx = out.tokens[next];
      if (nx.has(kCapitalised) || nx.has(kQuoteMark) || nx.has(kHasDigit) || nx.text == "(" ||
          nx.has(kPunct)) {
        t = next - 1;
        closeSentence(next);
      }
    }
  }
  closeSentence(static_cast<std::uint32_t>(out.tokens.size()));
  return out;
}

}  // namespace wiremap::extract
