#pragma once
// Tokens, sentences and paragraphs of an article. Every span is in code points of
// Document::text; byte offsets are kept alongside so text can be viewed without copying.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace wiremap::extract {

enum TokenFlag : std::uint16_t {
  kCapitalised = 1 << 0,   ///< first letter upper case ("Seoul", "U.S.")
  kAllCaps = 1 << 1,       ///< two or more letters, none lower case ("SEOUL", "ASEAN")
  kHasDigit = 1 << 2,
  kPunct = 1 << 3,         ///< no letter or digit at all
  kSentenceStart = 1 << 4, ///< first token of its sentence
  kQuoteMark = 1 << 5,     ///< a quotation mark: " “ ” ‘ ’ « » ' (as a token of its own)
  kLower = 1 << 6,         ///< first letter lower case
  kParagraphStart = 1 << 7,
  kPossessive = 1 << 8,    ///< the token is "'s" / "’s" / "'" split from a word
};

struct Token {
  Span span;                     ///< code points
  std::uint32_t byteStart = 0;   ///< bytes into Document::text
  std::uint32_t byteEnd = 0;
  std::uint32_t sentence = 0;    ///< index into Tokenized::sentences
  std::uint16_t flags = 0;
  std::string_view text;         ///< view into Document::text (valid while the Document lives)
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;                     ///< code points, from first to last token
  std::uint32_t firstToken = 0;  ///< [firstToken, endToken) into Tokenized::tokens
  std::uint32_t endToken = 0;
  std::uint32_t paragraph = 0;
};

struct Tokenized {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Span> paragraphs;  ///< code points; separated by blank lines
};

/// Splits the text into tokens (words, numbers, punctuation, possessive "'s", abbreviations
/// such as "U.S." and "Gen." kept whole), sentences and paragraphs.
/// Sentence boundaries: . ! ? (not after an abbreviation) before an upper-case or quoted
/// start, blank lines, and single line breaks after a line that ends a sentence or has no
/// lower-case letter (headlines, datelines, one-sentence-per-line corpora).
Tokenized tokenize(const Document& doc);

/// True for a known abbreviation that keeps its final period ("Mr.", "Gen.", "Jan.", "U.S.").
bool isAbbreviation(std::string_view word);

}  // namespace wiremap::extract
