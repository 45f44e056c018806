#include "extract/quote_lexicon.hpp"

#include "core/text.hpp"
#include "core/word_table.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

namespace wiremap::extract::lex {
namespace {

using text::WordTable;
using WordList = std::vector<std::string_view>;

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : table_(pairs(words)) {}
  bool contains(std::string_view w) const { return table_.find(w) != nullptr; }
  bool mayHaveLength(std::size_t n) const { return table_.mayHaveLength(n); }

 private:
  static std::vector<std::pair<std::string_view, bool>> pairs(std::initializer_list<std::string_view> words) {
    std::vector<std::pair<std::string_view, bool>> out;
    for (std::string_view w : words) out.emplace_back(w, true);
    return out;
  }
  WordTable<bool> table_;
};

// Reporting verbs by lemma: finite forms (past, 3rd person, base) and the -ing participle.
struct Verb {
  std::string_view past, third, base, ing;
  std::uint8_t extra;
};

constexpr std::uint8_t kObj = kCueObject;
constexpr std::uint8_t kWeak = kCueWeak;
constexpr std::uint8_t kNom = kCueNominal;
constexpr std::uint8_t kInf = kCueInfinitive;

// General English verbs of saying, reporting and stance. Forms are written out so no
// morphology runs at lookup time.
constexpr Verb kVerbs[] = {
    {"said", "says", "say", "saying", 0},
    {"told", "tells", "tell", "telling", kObj | kInf},
    {"added", "adds", "add", "adding", 0},
    {"noted", "notes", "note", "noting", 0},
    {"argued", "argues", "argue", "arguing", 0},
    {"claimed", "claims", "claim", "claiming", 0},
    {"insisted", "insists", "insist", "insisting", 0},
    {"announced", "announces", "announce", "announcing", kNom},
    {"stated", "states", "state", "stating", 0},
    {"interjected", "interjects", "interject", "interjecting", 0},
    {"deadpanned", "deadpans", "deadpan", "deadpanning", 0},
    {"riffed", "riffs", "riff", "riffing", 0},
    {"denied", "denies", "deny", "denying", 0},
    {"acknowledged", "acknowledges", "acknowledge", "acknowledging", 0},
    {"warned", "warns", "warn", "warning", kObj | kInf},
    {"explained", "explains", "explain", "explaining", 0},
    {"declared", "declares", "declare", "declaring", 0},
    {"suggested", "suggests", "suggest", "suggesting", 0},
    {"reported", "reports", "report", "reporting", 0},
    {"wrote", "writes", "write", "writing", 0},
    {"tweeted", "tweets", "tweet", "tweeting", 0},
    {"asked", "asks", "ask", "asking", kObj | kNom | kInf},
    {"replied", "replies", "reply", "replying", 0},
    {"responded", "responds", "respond", "responding", 0},
    {"recalled", "recalls", "recall", "recalling", 0},
    {"continued", "continues", "continue", "continuing", kWeak},
    {"concluded", "concludes", "conclude", "concluding", 0},
    {"predicted", "predicts", "predict", "predicting", kNom},
    {"admitted", "admits", "admit", "admitting", 0},
    {"confirmed", "confirms", "confirm", "confirming", 0},
    {"revealed", "reveals", "reveal", "revealing", 0},
    {"emphasized", "emphasizes", "emphasize", "emphasizing", 0},
    {"emphasised", "emphasises", "emphasise", "emphasising", 0},
    {"stressed", "stresses", "stress", "stressing", 0},
    {"urged", "urges", "urge", "urging", kObj | kNom | kInf},
    {"vowed", "vows", "vow", "vowing", kInf},
    {"pledged", "pledges", "pledge", "pledging", kNom | kInf},
    {"promised", "promises", "promise", "promising", kObj | kNom | kInf},
    {"complained", "complains", "complain", "complaining", 0},
    {"contended", "contends", "contend", "contending", 0},
    {"maintained", "maintains", "maintain", "maintaining", kWeak},
    {"observed", "observes", "observe", "observing", 0},
    {"remarked", "remarks", "remark", "remarking", 0},
    {"conceded", "concedes", "concede", "conceding", 0},
    {"disclosed", "discloses", "disclose", "disclosing", 0},
    {"indicated", "indicates", "indicate", "indicating", 0},
    {"estimated", "estimates", "estimate", "estimating", 0},
    {"believed", "believes", "believe", "believing", kWeak},
    {"thought", "thinks", "think", "thinking", kWeak},
    {"hoped", "hopes", "hope", "hoping", kWeak | kInf},
    {"feared", "fears", "fear", "fearing", kWeak | kNom},
    {"agreed", "agrees", "agree", "agreeing", kWeak | kInf},
    {"accused", "accuses", "accuse", "accusing", kNom},
    {"criticized", "criticizes", "criticize", "criticizing", kNom},
    {"criticised", "criticises", "criticise", "criticising", kNom},
    {"blamed", "blames", "blame", "blaming", kNom},
    {"praised", "praises", "praise", "praising", kNom},
    {"called", "calls", "call", "calling", kNom | kInf},
    {"described", "describes", "describe", "describing", kNom},
    {"mentioned", "mentions", "mention", "mentioning", kNom},
    {"cautioned", "cautions", "caution", "cautioning", 0},
    {"assured", "assures", "assure", "assuring", kObj},
    {"informed", "informs", "inform", "informing", kObj},
    {"reiterated", "reiterates", "reiterate", "reiterating", 0},
    {"repeated", "repeats", "repeat", "repeating", kWeak},
    {"countered", "counters", "counter", "countering", kWeak},
    {"boasted", "boasts", "boast", "boasting", 0},
    {"joked", "jokes", "joke", "joking", 0},
    {"quipped", "quips", "quip", "quipping", 0},
    {"wondered", "wonders", "wonder", "wondering", 0},
    {"speculated", "speculates", "speculate", "speculating", 0},
    {"alleged", "alleges", "allege", "alleging", 0},
    {"charged", "charges", "charge", "charging", kWeak},
    {"demanded", "demands", "demand", "demanding", kNom | kInf},
    {"proposed", "proposes", "propose", "proposing", kNom | kInf},
    {"threatened", "threatens", "threaten", "threatening", kInf},
    {"posted", "posts", "post", "posting", kWeak},
    {"testified", "testifies", "testify", "testifying", 0},
    {"signaled", "signals", "signal", "signaling", 0},
    {"signalled", "signals", "signal", "signalling", 0},
    {"expressed", "expresses", "express", "expressing", 0},
    {"questioned", "questions", "question", "questioning", kNom},
    {"rejected", "rejects", "reject", "rejecting", kNom},
    {"dismissed", "dismisses", "dismiss", "dismissing", kNom},
    {"found", "finds", "find", "finding", kWeak},
    {"showed", "shows", "show", "showing", kWeak},
    {"knew", "knows", "know", "knowing", kWeak},
    {"expected", "expects", "expect", "expecting", kWeak | kNom | kInf},
    {"worried", "worries", "worry", "worrying", kWeak},
    {"felt", "feels", "feel", "feeling", kWeak},
    {"admitted", "admits", "admit", "admitting", 0},
    {"recounted", "recounts", "recount", "recounting", 0},
    {"shouted", "shouts", "shout", "shouting", 0},
    {"explained", "explains", "explain", "explaining", 0},
    {"summarized", "summarizes", "summarize", "summarizing", 0},
    {"endorsed", "endorses", "endorse", "endorsing", kNom},
    {"declined", "declines", "decline", "declining", kWeak | kNom | kInf},
    {"refused", "refuses", "refuse", "refusing", kWeak | kInf},
    {"opposed", "opposes", "oppose", "opposing", kNom},
    {"supported", "supports", "support", "supporting", kNom},
    {"wanted", "wants", "want", "wanting", kWeak | kNom | kInf},
    {"defended", "defends", "defend", "defending", kNom},
    {"cited", "cites", "cite", "citing", kNom},
    {"mocked", "mocks", "mock", "mocking", kNom},
    {"attacked", "attacks", "attack", "attacking", kNom},
    {"blasted", "blasts", "blast", "blasting", kNom},
    {"slammed", "slams", "slam", "slamming", kNom},
    {"welcomed", "welcomes", "welcome", "welcoming", kNom},
    {"backed", "backs", "back", "backing", kWeak | kNom},
    {"recommended", "recommends", "recommend", "recommending", kNom},
    {"discussed", "discusses", "discuss", "discussing", kNom},
    {"touted", "touts", "tout", "touting", kNom},
    {"disputed", "disputes", "dispute", "disputing", kNom},
    {"challenged", "challenges", "challenge", "challenging", kWeak | kNom},
    {"condemned", "condemns", "condemn", "condemning", kNom},
    {"denounced", "denounces", "denounce", "denouncing", kNom},
    {"decried", "decries", "decry", "decrying", kNom},
    {"applauded", "applauds", "applaud", "applauding", kNom},
    {"hailed", "hails", "hail", "hailing", kNom},
    {"lamented", "laments", "lament", "lamenting", kNom},
    {"doubted", "doubts", "doubt", "doubting", kNom},
    {"suspected", "suspects", "suspect", "suspecting", kWeak},
    {"recognized", "recognizes", "recognize", "recognizing", 0},
    {"recognised", "recognises", "recognise", "recognising", 0},
    {"realized", "realizes", "realize", "realizing", kWeak},
    {"understood", "understands", "understand", "understanding", kWeak},
    {"considered", "considers", "consider", "considering", kWeak},
    {"labeled", "labels", "label", "labeling", kNom},
    {"dubbed", "dubs", "dub", "dubbing", kNom},
    {"offered", "offers", "offer", "offering", kWeak | kNom | kInf},
    {"advised", "advises", "advise", "advising", kObj | kInf},
    {"requested", "requests", "request", "requesting", kNom | kInf},
    {"sought", "seeks", "seek", "seeking", kWeak | kNom | kInf},
    {"highlighted", "highlights", "highlight", "highlighting", kNom},
    {"addressed", "addresses", "address", "addressing", kWeak},
    {"vetoed", "vetoes", "veto", "vetoing", kNom},
    {"accepted", "accepts", "accept", "accepting", kWeak | kNom},
    {"embraced", "embraces", "embrace", "embracing", kNom},
    {"favored", "favors", "favor", "favoring", kNom},
    {"ordered", "orders", "order", "ordering", kWeak | kNom | kInf},
    {"insinuated", "insinuates", "insinuate", "insinuating", 0},
    {"implied", "implies", "imply", "implying", 0},
    {"retorted", "retorts", "retort", "retorting", 0},
    {"acknowledged", "acknowledges", "acknowledge", "acknowledging", 0},
    {"pointed", "points", "point", "pointing", kWeak},
    {"assailed", "assails", "assail", "assailing", kNom},
    {"faulted", "faults", "fault", "faulting", kNom},
    {"ridiculed", "ridicules", "ridicule", "ridiculing", kNom},
    {"derided", "derides", "deride", "deriding", kNom},
    {"lambasted", "lambastes", "lambaste", "lambasting", kNom},
    {"planned", "plans", "plan", "planning", kWeak | kInf},
    {"intended", "intends", "intend", "intending", kWeak | kInf},
    {"wished", "wishes", "wish", "wishing", kWeak | kInf},
    {"decided", "decides", "decide", "deciding", kWeak | kInf},
    {"aimed", "aims", "aim", "aiming", kWeak | kInf},
    {"tried", "tries", "try", "trying", kWeak | kInf},
    {"attempted", "attempts", "attempt", "attempting", kWeak | kInf},
    {"asserted", "asserts", "assert", "asserting", 0},
    {"echoed", "echoes", "echo", "echoing", kNom},
    {"emailed", "emailed", "emailed", "emailed", kObj},
    {"answered", "answers", "answer", "answering", 0},
    {"reminded", "reminds", "remind", "reminding", kObj},
    {"preferred", "prefers", "prefer", "preferring", kWeak | kNom | kInf},
    {"thanked", "thanked", "thanked", "thanking", kNom},
    {"projected", "projects", "project", "projecting", kWeak},
    {"portrayed", "portrays", "portray", "portraying", kNom},
    {"characterized", "characterizes", "characterize", "characterizing", kNom},
    {"characterised", "characterises", "characterise", "characterising", kNom},
    {"lauded", "lauds", "laud", "lauding", kNom},
    {"mused", "muses", "muse", "musing", 0},
    {"advocated", "advocates", "advocate", "advocating", kNom},
    {"voiced", "voices", "voice", "voicing", kNom},
    {"noticed", "notices", "notice", "noticing", kWeak},
    {"learned", "learns", "learn", "learning", kWeak},
    {"affirmed", "affirms", "affirm", "affirming", 0},
    {"reaffirmed", "reaffirms", "reaffirm", "reaffirming", kNom},
    {"hinted", "hints", "hint", "hinting", 0},
    {"guessed", "guesses", "guess", "guessing", kWeak},
    {"assumed", "assumes", "assume", "assuming", kWeak},
    {"imagined", "imagines", "imagine", "imagining", kWeak},
    {"implored", "implores", "implore", "imploring", kObj | kInf},
    {"begged", "begs", "beg", "begging", kObj | kInf},
    {"reassured", "reassures", "reassure", "reassuring", kObj},
    {"bragged", "brags", "brag", "bragging", 0},
    {"griped", "gripes", "gripe", "griping", 0},
    {"groused", "grouses", "grouse", "grousing", 0},
    {"scoffed", "scoffs", "scoff", "scoffing", 0},
    {"vented", "vents", "vent", "venting", 0},
    {"objected", "objects", "object", "objecting", 0},
    {"protested", "protests", "protest", "protesting", 0},
    {"exclaimed", "exclaims", "exclaim", "exclaiming", 0},
    {"declared", "declares", "declare", "declaring", 0},
    {"surmised", "surmises", "surmise", "surmising", 0},
    {"reasoned", "reasons", "reason", "reasoning", 0},
    {"theorized", "theorizes", "theorize", "theorizing", 0},
    {"posited", "posits", "posit", "positing", 0},
    {"acknowledged", "acknowledges", "acknowledge", "acknowledging", 0},
    {"rebutted", "rebuts", "rebut", "rebutting", kNom},
    {"refuted", "refutes", "refute", "refuting", kNom},
    {"rebuffed", "rebuffs", "rebuff", "rebuffing", kNom},
    {"proclaimed", "proclaims", "proclaim", "proclaiming", 0},
    {"swore", "swears", "swear", "swearing", kInf},
    {"guaranteed", "guarantees", "guarantee", "guaranteeing", kWeak},
    {"encouraged", "encourages", "encourage", "encouraging", kObj | kInf},
    {"inquired", "inquires", "inquire", "inquiring", 0},
    {"disagreed", "disagrees", "disagree", "disagreeing", kWeak},
    {"concurred", "concurs", "concur", "concurring", kWeak},
    {"commended", "commends", "commend", "commending", kNom},
    {"congratulated", "congratulates", "congratulate", "congratulating", kNom},
    {"bashed", "bashes", "bash", "bashing", kNom},
    {"ripped", "rips", "rip", "ripping", kNom},
    {"scolded", "scolds", "scold", "scolding", kNom},
    {"chided", "chides", "chide", "chiding", kNom},
    {"rebuked", "rebukes", "rebuke", "rebuking", kNom},
    {"berated", "berates", "berate", "berating", kNom},
    {"castigated", "castigates", "castigate", "castigating", kNom},
    {"insulted", "insults", "insult", "insulting", kNom},
    {"downplayed", "downplays", "downplay", "downplaying", kNom},
    {"underscored", "underscores", "underscore", "underscoring", 0},
    {"reckoned", "reckons", "reckon", "reckoning", kWeak},
    {"retweeted", "retweets", "retweet", "retweeting", kNom},
    {"yelled", "yells", "yell", "yelling", 0},
    {"screamed", "screams", "scream", "screaming", 0},
    {"whispered", "whispers", "whisper", "whispering", 0},
    {"championed", "champions", "champion", "championing", kNom},
    {"envisioned", "envisions", "envision", "envisioning", kWeak | kNom},
    {"anticipated", "anticipates", "anticipate", "anticipating", kWeak | kNom},
    {"viewed", "views", "view", "viewing", kNom},
    {"regarded", "regards", "regard", "regarded", kNom},  // "regarding" is a preposition
    {"saw", "sees", "see", "seeing", kWeak},
    {"remembered", "remembers", "remember", "remembering", kWeak},
    {"referenced", "references", "reference", "referencing", kNom},
    {"bemoaned", "bemoans", "bemoan", "bemoaning", kNom},
    {"outlined", "outlines", "outline", "outlining", kNom},
    {"likened", "likens", "liken", "likening", kNom},
    {"chanted", "chants", "chant", "chanting", 0},
    {"commented", "comments", "comment", "commenting", 0},
    {"pleaded", "pleads", "plead", "pleading", kNom},
    {"disavowed", "disavows", "disavow", "disavowing", kNom},
    {"pronounced", "pronounces", "pronounce", "pronouncing", kNom},
    {"unveiled", "unveils", "unveil", "unveiling", kNom},
    {"invoked", "invokes", "invoke", "invoking", kNom},
    {"heralded", "heralds", "herald", "heralding", kNom},
    {"floated", "floats", "float", "floating", kNom},
    {"articulated", "articulates", "articulate", "articulating", kNom},
    {"uttered", "utters", "utter", "uttering", kNom},
    {"resisted", "resists", "resist", "resisting", kNom},
};

struct Tables {
  WordTable<std::uint8_t> cues;  // built from the verb forms below, then frozen
  WordSet sourcePronouns{"he", "she", "they", "it", "we", "i", "you", "who", "which"};
  WordSet personPronouns{"he", "she", "i", "we", "you", "who"};
  WordSet stop{
      // prepositions and conjunctions
      "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over", "after", "before",
      "during", "since", "until", "than", "as", "like", "against", "between", "among", "through",
      "without", "within", "under", "upon", "via", "per", "and", "or", "but", "nor", "yet", "so", "if",
      "because", "while", "when", "where", "whether", "although", "though", "unless", "once", "then",
      "that", "this", "these", "those", "what", "how", "why",
      // auxiliaries and common verbs
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
      "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "n't", "no",
      "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't", "haven’t",
      "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "isn't", "isn’t", "wasn't", "wasn’t",
      "can't", "can’t", "couldn't", "couldn’t",
      "get", "got", "made", "make", "went", "go", "came", "come",
      // adverbs and sentence openers
      "also", "still", "however", "meanwhile", "now", "just", "even", "only", "too", "very", "there",
      "here", "instead", "moreover", "indeed", "thus", "later", "earlier", "again", "already", "never",
      "always", "often", "all", "both", "each", "any", "some", "many", "much", "more", "most", "such",
      "other", "another", "it's", "there's", "him", "them", "us", "me", "her", "his", "its", "their",
      "our", "my", "your", "whom", "whose", "last", "next", "first", "yesterday", "today", "tonight",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "of", "the", "a",
      "an", "not", "ago", "week", "year", "month", "day", "time", "times", "way", "well", "back", "out",
      "up", "down", "off", "away", "around", "ever", "perhaps", "maybe", "really", "actually"};
  WordSet modifiers{"also", "has", "have", "had", "would", "will", "did", "does", "do", "not", "n't",
                    // negative contractions the tokenizer keeps whole
                    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't",
                    "haven’t", "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "isn't", "isn’t",
                    "wasn't", "wasn’t", "can't", "can’t", "couldn't", "couldn’t",
                    "never", "repeatedly", "previously", "later", "then", "further", "again", "recently",
                    "publicly", "privately", "often", "once", "initially", "just", "first", "frequently",
                    "reportedly", "long", "since", "has", "'s", "’s", "'d", "’d", "later", "earlier",
                    "subsequently", "separately", "flatly", "openly", "quickly", "firmly", "bluntly",
                    "simply", "only", "still", "even", "already", "always", "explicitly", "now", "since", "both", "all",
                    "themselves", "himself", "herself", "itself", "too", "yet"};
  WordSet phraseOpeners{"in", "on", "at", "during", "before", "after", "last", "earlier", "this", "late",
                        "to", "from", "via", "through", "while", "when", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
                        "recently", "previously", "repeatedly", "publicly", "privately", "separately",
                        "again", "also", "then", "later", "afterward", "afterwards", "of", "about",
                        "over", "onstage"};
  WordSet determiners{"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
                      "that", "these", "those", "one", "two", "three", "several", "some", "many", "other",
                      "another", "both", "all", "most", "few"};
  WordSet articles{"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                   "those"};
  WordSet quantifiers{"many", "some", "most", "others", "both", "all", "few", "several", "none", "each", "half",
                      "majorities", "majority", "plurality", "dozens", "hundreds", "thousands", "millions"};
  WordSet records{"video", "videos", "email", "emails", "memo", "memos", "letter", "letters", "filing", "filings",
                  "transcript", "transcripts", "footage", "photo", "photos", "recording", "recordings", "document",
                  "chart", "map", "tally", "list", "log", "logs", "receipts", "invoice", "image", "images",
                  "screenshot", "graphic", "ad", "advertisement", "spreadsheet", "database", "review", "calculation",
                  "calculations", "estimate", "estimates", "forecast", "forecasts", "average", "averages",
                  "paper", "papers", "disclosure", "disclosures", "probe", "inquiry"};
  WordSet media{"statement", "statements", "interview", "interviews", "email", "e-mail", "emails", "letter", "speech",
                "release", "memo", "post", "tweet", "tweets", "op-ed", "essay", "column", "editorial", "filing",
                "broadcast", "podcast", "video", "call", "message", "note", "text",
                "twitter", "facebook", "instagram", "radio", "television", "tv", "blog", "testimony"};
  WordSet timeWords{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend",
                    "month", "year", "morning", "afternoon", "evening", "night", "spring", "summer", "fall",
                    "autumn", "winter"};
  WordSet evidenceVerbs{"show", "shows", "showed", "shown", "found", "finds", "suggest", "suggests", "suggested",
                        "indicate", "indicates", "indicated", "reveal", "reveals", "revealed", "estimate", "estimates",
                        "estimated", "predict", "predicts", "predicted", "project", "projects", "projected",
                        "conclude", "concludes", "concluded", "confirm", "confirms", "confirmed"};
  WordSet sectionLabels{"note", "notes", "update", "updated", "correction", "contributing", "breaking", "revealed",
                        "question", "questions", "answer", "answers", "remember", "watch", "related", "photo",
                        "photos", "video", "source", "sources", "warning", "editor", "editors", "read", "see",
                        "more", "background", "summary", "abstract", "disclosure", "disclaimer", "caption",
                        "credit", "credits", "reporting", "writing", "editing", "location", "date", "dateline",
                        "subject", "topic", "topics", "tags", "category", "bottom", "line", "verdict", "exclusive",
                        "analysis", "opinion", "commentary", "live", "timeline", "transcript", "listen", "follow"};
  WordSet claimNouns{"claim", "claims", "assertion", "assertions", "argument", "arguments", "suggestion",
                     "suggestions", "belief", "beliefs", "warning", "warnings", "insistence", "contention",
                     "allegation", "allegations", "accusation", "accusations", "admission", "promise", "promises",
                     "pledge", "vow", "fear", "fears", "concern", "concerns", "hope", "hopes", "charge", "charges",
                     "complaint", "complaints", "statement", "announcement", "prediction", "predictions", "view",
                     "assurance", "assurances", "boast", "criticism", "threat", "acknowledgment",
                     "acknowledgement", "conclusion", "suspicion", "suspicions", "declaration", "insinuation",
                     "denial", "position", "message", "reminder", "worry", "worries", "confidence", "conviction",
                     "assessment", "estimate", "finding", "findings", "report", "reports", "speculation", "rumor",
                     "rumors", "theory", "assumption", "impression", "sense", "feeling", "realization",
                     "recognition", "proposal", "demand", "demands", "request", "expectation", "expectations"};
  WordSet hedges{"might", "may", "could", "would", "plans", "plan", "planned", "planning", "considering",
                 "considers", "possible", "possibly", "potential", "proposed", "expected", "intends",
                 "intend", "if", "whether", "could", "consider", "mulling", "weighing", "seek", "seeks"};

  // Verb forms that take "about/for/against/of/on" + topic, and those that take "to" + topic.
  WordSet particleVerbs{"talked", "talks", "talk", "talking", "spoke", "speaks", "speak", "speaking", "spoken",
                        "campaigned", "campaigns", "campaigning",
                        "lobbied", "lobbies", "lobby", "lobbying",                         "pushed", "pushes", "push", "pushing", "advocated", "advocates", "advocate", "advocating",
                        "railed", "rails", "rail", "railing", "bragged", "brags", "brag", "bragging",
                        "commented", "commented", "comments", "comment", "commenting", "asked", "asks", "ask", "asking", "called", "calls", "call",
                        "calling", "warned", "warns", "warn", "warning", "argued", "argues", "argue", "arguing",
                        "complained", "complains", "complain", "complaining", "wrote", "writes", "write",
                        "writing", "worried", "worries", "worry", "worrying", "joked", "jokes", "joke", "joking",
                        "testified", "testifies", "testify", "testifying", "boasted", "boasts", "boast",
                        "boasting", "cared", "cares", "care", "thought", "thinks", "think", "thinking",
                        "hinted", "hints", "hint", "hinting", "agreed", "agrees", "agree", "agreeing",
                        "learned", "learns", "learn", "heard", "hears", "hear", "knew", "knows", "know",
                        "pressed", "presses", "pressing", "touched", "touches", "touching", "vouched", "vouches"};
  WordSet toVerbs{"pointed", "points", "point", "pointing", "referred", "refers", "refer", "referring",
                  "alluded", "alludes", "allude", "alluding", "objected", "objects", "object", "objecting",
                  "responded", "responds", "respond", "responding", "reacted", "reacts", "react", "reacting",
                  "appealed", "appeals", "appeal", "appealing", "listened", "listens", "listen", "listening"};
  WordSet particles{"about", "for", "against", "of", "on"};

  WordSet seemVerbs{"seem", "seems", "seemed", "seemingly", "appear", "appears", "appeared"};

  WordSet beliefVerbs{"think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped",
                      "feel", "feels", "felt", "suspect", "suspects", "suspected", "guess", "bet", "expect",
                      "expects", "fear", "fears", "feared", "worry", "worries", "worried", "insist", "insists",
                      "argue", "argues", "argued", "predict", "predicts", "predicted", "claim", "claims",
                      "thinking", "believing", "hoping", "suspecting", "expecting", "fearing",
                      "worrying", "insisting", "arguing", "predicting", "claiming"};

  WordSet evidence{"poll", "polls", "survey", "surveys", "study", "studies", "data", "report", "reports",
                   "analysis", "research", "figures", "numbers", "results", "census", "investigation",
                   "review", "audit", "statistics", "records", "documents", "evidence", "findings",
                   "polling", "tally", "projections", "models", "experiment", "test", "tests", "count"};

  // Only read while the tables are built.
  WordList nounish{"state", "states", "call", "calls", "question", "questions", "report", "reports", "remark",
                   "remarks", "point", "points", "note", "notes", "claim", "claims", "vow", "vows", "blame",
                   "show", "shows", "post", "posts", "charge", "charges", "joke", "jokes", "signal", "signals",
                   "estimate", "estimates", "promise", "promises", "pledge", "pledges", "demand", "demands",
                   "stress", "fear", "fears", "hope", "hopes", "tweet", "tweets", "caution", "counter", "quip",
                   "reply", "replies", "repeat", "praise", "worry", "worries", "finds", "find", "comment",
                   "comments", "warning", "warnings", "finding", "findings", "reporting", "writing", "calling",
                   "signaling", "posting", "counter", "continue", "continues", "express", "mention", "mentions",
                   "reveal", "defend", "proposed", "charged", "post", "expected", "concerned", "maintain", "attack", "attacks",
                   "support", "supports", "backs", "back", "offers", "offer", "orders", "order", "request",
                   "requests", "labels", "label", "doubts", "doubt", "challenges", "challenge", "favor", "favors",
                   "addresses", "address", "dispute", "disputes", "highlights", "cites", "mock", "blast", "slam",
                   "welcome", "veto", "embrace", "suspect", "suspects", "decline", "refuse", "want", "wants",
                   "laments", "hails", "understanding", "backing", "offering", "ordering", "supporting", "blasts",
                   "echo", "email", "emails", "answer", "answers", "project", "projects", "voice", "voices", "notice",
                   "notices", "thanks", "advocates", "advocate", "learning", "hints", "hint", "guess", "object",
                   "objects", "protest", "protests", "reason", "reasons", "vent", "reasoning", "musing", "voicing",
                   "emailing", "guarantee", "insult", "insults", "rebuke", "champion", "champions", "scream", "screams",
                   "whisper", "whispers", "retweet", "retweets", "underscore", "rip", "rips", "bash", "scolding",
                   "insulting", "encouraging", "swearing", "reckoning", "screaming", "yelling", "view", "views", "regard",
                   "regarding", "viewing", "seeing", "plans"};

  // Forms of the verbs above that are mostly nouns, infinitives or plain perception in news
  // copy and rarely introduce an attributed content: never cues.
  WordList ambiguous{"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "know",
                     "knew", "knows", "state", "states", "remark", "remarks", "back", "backs", "add", "continue",
                     "continues", "feel", "feels", "felt", "consider", "considered", "considers", "request",
                     "requested", "requests", "challenging", "propose", "embrace", "defend", "advise", "favored",
                     "favor", "favors", "address", "plan", "attack", "attacks", "aim", "aims", "riff", "riffs", "deadpan"};

  Tables() {
    std::unordered_map<std::string_view, std::uint8_t> flags;
    for (const Verb& v : kVerbs) {
      const std::uint8_t base = v.extra;
      flags[v.past] |= static_cast<std::uint8_t>(kCueFinite | base);
      flags[v.third] |= static_cast<std::uint8_t>(kCueFinite | base);
      flags[v.base] |= static_cast<std::uint8_t>(kCueFinite | base);
      flags[v.ing] |= static_cast<std::uint8_t>(kCueParticiple | base);
    }
    for (std::string_view a : ambiguous) flags.erase(a);
    for (std::string_view nw : nounish) {
      auto it = flags.find(nw);
      if (it != flags.end()) it->second |= kCueNounish;
    }
    cues = WordTable<std::uint8_t>({flags.begin(), flags.end()});
  }
};

const Tables& tables() {
  static const Tables t;  // immutable after thread-safe initialisation
  return t;
}

}  // namespace

std::string_view lower(std::string_view w, char* buf) {
  if (w.size() > kMaxWord) return {};
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, w.size()};
}

bool ieq(std::string_view a, std::string_view b) { return text::equalsIgnoreCase(a, b); }

namespace {
bool inSet(const WordSet& s, std::string_view w) {
  if (w.empty() || !s.mayHaveLength(w.size())) return false;
  char buf[kMaxWord];
  const std::string_view l = lower(w, buf);
  return !l.empty() && s.contains(l);
}
}  // namespace

std::uint8_t cueFlags(std::string_view word) {
  char buf[kMaxWord];
  const auto& m = tables().cues;
  if (word.empty() || !m.mayHaveLength(word.size())) return 0;
  const std::string_view l = lower(word, buf);
  if (l.empty()) return 0;
  const std::uint8_t* f = m.find(l);
  return f ? *f : 0;
}

bool isSourcePronoun(std::string_view w) { return inSet(tables().sourcePronouns, w); }
bool isPersonPronoun(std::string_view w) { return inSet(tables().personPronouns, w); }
bool isStopWord(std::string_view w) { return inSet(tables().stop, w); }
bool isCueModifier(std::string_view w) { return inSet(tables().modifiers, w); }
bool isPhraseOpener(std::string_view w) { return inSet(tables().phraseOpeners, w); }
bool isDeterminer(std::string_view w) { return inSet(tables().determiners, w); }
namespace {
// "agree with X", "disagreed with X": forms of the two verbs that take a "with" topic.
bool agreeVerb(std::string_view word) {
  for (std::string_view f : {"agree", "agrees", "agreed", "agreeing", "disagree", "disagrees", "disagreed",
                             "disagreeing"})
    if (lex::ieq(word, f)) return true;
  return false;
}
}  // namespace

bool isParticleCue(std::string_view word, std::string_view particle) {
  if (lex::ieq(particle, "to")) return inSet(tables().toVerbs, word);
  if (lex::ieq(particle, "at"))
    return lex::ieq(word, "hinted") || lex::ieq(word, "hints") || lex::ieq(word, "railed") ||
           lex::ieq(word, "balked") || lex::ieq(word, "balks");
  if (lex::ieq(particle, "with"))
    return lex::ieq(word, "sided") || lex::ieq(word, "sides") || lex::ieq(word, "siding") || agreeVerb(word);
  // "hoped for a second-place finish", "is hoping for a shift": the wish is the content.
  if (lex::ieq(particle, "for") && (lex::ieq(word, "hope") || lex::ieq(word, "hopes") || lex::ieq(word, "hoped") ||
                                    lex::ieq(word, "hoping")))
    return true;
  return inSet(tables().particles, particle) && inSet(tables().particleVerbs, word);
}
bool isSeemVerb(std::string_view w) { return inSet(tables().seemVerbs, w); }
bool isBeliefVerb(std::string_view w) { return inSet(tables().beliefVerbs, w); }
bool isEvidenceNoun(std::string_view w) { return inSet(tables().evidence, w); }
bool isMediumNoun(std::string_view w) { return inSet(tables().media, w); }
bool isTimeWord(std::string_view w) { return inSet(tables().timeWords, w); }
bool isEvidenceVerb(std::string_view w) { return inSet(tables().evidenceVerbs, w); }
bool isSectionLabel(std::string_view w) { return inSet(tables().sectionLabels, w); }
bool isClaimNoun(std::string_view w) { return inSet(tables().claimNouns, w); }
bool isArticle(std::string_view w) { return inSet(tables().articles, w); }
bool isQuantifierSubject(std::string_view w) { return inSet(tables().quantifiers, w); }
bool isRecordNoun(std::string_view w) { return inSet(tables().records, w); }
bool isHedge(std::string_view w) { return inSet(tables().hedges, w); }

}  // namespace wiremap::extract::lex
