#pragma once
// Word lists and small token helpers shared by quote and link extraction. All lookups are
// ASCII case-insensitive and allocation-free (words longer than kMaxWord never match).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/tokenize.hpp"

namespace wiremap::extract::lex {

inline constexpr std::size_t kMaxWord = 32;

/// Lower-cases ASCII letters of `w` into `buf` (size kMaxWord) and returns a view of it;
/// returns an empty view when `w` is longer than kMaxWord bytes. Curly apostrophes are kept.
std::string_view lower(std::string_view w, char* buf);

/// ASCII case-insensitive equality.
bool ieq(std::string_view a, std::string_view b);

/// How a reporting cue relates to its content and source.
enum CueFlag : std::uint8_t {
  kCueFinite = 1 << 0,      ///< "said", "warned": subject on the left, or inverted "said X"
  kCueParticiple = 1 << 1,  ///< "saying", "adding": subject is the main clause's subject
  kCueObject = 1 << 2,      ///< takes a hearer object before the content ("told reporters that")
  kCueWeak = 1 << 3,        ///< needs a "that"/clause complement to count ("think", "believe")
  kCueNounish = 1 << 4,     ///< also a common noun ("states", "calls", "report"): needs a name/pronoun subject
  kCueNominal = 1 << 5,     ///< stance verb whose content is its object noun phrase ("endorsed X")
  kCueInfinitive = 1 << 6,  ///< takes a "to"-infinitive content ("vowed to X", "wants to X")
};

/// Cue flags of a reporting verb form, 0 when the word is not a cue.
std::uint8_t cueFlags(std::string_view word);

/// Particle that a verb of `word`'s form takes before its topic ("talked about X", "pointed to
/// X", "called for X"): returns true when `word` + `particle` is such a cue.
bool isParticleCue(std::string_view word, std::string_view particle);

/// Raising verbs of appearance that mark a sourceless attribution ("seems", "appeared").
bool isSeemVerb(std::string_view word);

/// Verbs of belief that take a bare clause ("thinks the plan will fail").
bool isBeliefVerb(std::string_view word);

/// Subject and other pronouns that can be a quote's source ("he", "they", "who").
bool isSourcePronoun(std::string_view word);
/// Person pronouns ("he", "she", "I", "we", "you").
bool isPersonPronoun(std::string_view word);
/// Function words that can never be part of a source noun phrase (prepositions,
/// conjunctions, auxiliaries, adverbs, common verbs).
bool isStopWord(std::string_view word);
/// Auxiliaries and adverbs allowed between a source and its cue ("has", "also", "repeatedly").
bool isCueModifier(std::string_view word);
/// Words that open a prepositional/time phrase after a cue ("in", "on", "last", "Tuesday").
bool isPhraseOpener(std::string_view word);
/// Determiners and possessives that open a noun phrase ("the", "a", "his").
bool isDeterminer(std::string_view word);
/// Articles, demonstratives and possessives: a word after one of them is a noun ("the report").
bool isArticle(std::string_view word);
/// Quantifiers that can be a subject on their own ("many", "some", "most", "others").
bool isQuantifierSubject(std::string_view word);
/// Nouns for records that "show" a content ("video", "email", "memo"), beside isEvidenceNoun.
bool isRecordNoun(std::string_view word);
/// Channels a statement is made in ("statement", "interview", "email", "Twitter").
bool isMediumNoun(std::string_view word);
/// Day names and calendar nouns that end a time adverbial ("Monday", "week", "morning").
bool isTimeWord(std::string_view word);
/// Verbs whose subject is a poll or record ("showed", "found", "suggests").
bool isEvidenceVerb(std::string_view word);
/// Words that label a section rather than name a speaker before a colon ("Note", "Update").
bool isSectionLabel(std::string_view word);
/// Nouns of speech acts and stances that take a that-clause ("claim", "warning", "belief").
bool isClaimNoun(std::string_view word);
/// Nouns for polls, studies and records that "show" or "find" a content ("poll", "survey").
bool isEvidenceNoun(std::string_view word);
/// Hedges that make a link hypothetical ("might", "may", "could", "plans").
bool isHedge(std::string_view word);

/// True when the token is a word (has a letter or digit).
inline bool isWord(const Token& t) { return !t.has(kPunct); }

}  // namespace wiremap::extract::lex
