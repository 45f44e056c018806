// Quote extraction on our own sentences, and the seed article's quotes as acceptance.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/ingest.hpp"
#include "extract/pipeline.hpp"
#include "extract/quotes.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {
namespace {

Document makeDoc(const std::string& text) {
  Document d;
  d.setText(text);
  return d;
}

std::vector<Quote> quotesOf(Document& d) {
  const Tokenized t = tokenize(d);
  d.quotes = findQuotes(d, t);
  return d.quotes;
}

// The quote whose content contains `needle`, or nullptr.
const Quote* find(const Document& d, std::string_view needle) {
  for (const Quote& q : d.quotes)
    if (d.slice(q.content).find(needle) != std::string::npos) return &q;
  return nullptr;
}

std::string src(const Document& d, const Quote& q) { return q.source ? d.slice(*q.source) : std::string(); }
std::string cue(const Document& d, const Quote& q) { return q.cue ? d.slice(*q.cue) : std::string(); }

TEST(Quotes, ContentFromTheTopOfTheStoryStartsAfterTheDateline) {
  for (const char* text : {"LAGOS (Harbour Wire) - Dock workers ended a two-week strike on Monday, the union said.\n\n"
                           "Ships queued outside the port for days.",
                           "NAIROBI, March 3 (Harbour Wire) - Dock workers ended a two-week strike on Monday, the union "
                           "said.\n\nShips queued outside the port for days."}) {
    Document d = makeDoc(text);
    const Tokenized t = tokenize(d);
    detectMetadata(d, t);
    ASSERT_TRUE(d.meta.datelineSpan) << text;
    d.quotes = findQuotes(d, t);
    const Quote* q = find(d, "ended a two-week strike");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(d.slice(q->content), "Dock workers ended a two-week strike on Monday") << text;
    EXPECT_EQ(src(d, *q), "the union");
  }
}

TEST(Quotes, CueInAnOpeningSubordinateClauseEndsItsContentAtTheMainClause) {
  Document d = makeDoc("Although the mayor said she would veto the budget, the council passed it on Tuesday.\n\n"
                       "Two years after the union vowed to fight every closure in the region, it has signed three "
                       "deals.\n\nAs the Harbour Gazette reported last week, the port lost its biggest client.");
  quotesOf(d);
  const Quote* q = find(d, "veto the budget");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "she would veto the budget");
  const Quote* q2 = find(d, "fight every closure");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "to fight every closure in the region");
  // A short phrase before the comma is no content: the main clause stays the report.
  const Quote* q3 = find(d, "biggest client");
  ASSERT_NE(q3, nullptr);
  EXPECT_NE(d.slice(q3->content).find("the port lost"), std::string::npos);
}

TEST(Quotes, OpeningParticipleCueEndsItsContentAtTheMainClause) {
  Document d = makeDoc("Having pledged that he would freeze the ferry fares, Mayor Tobias Grell raised them in "
                       "March.\n\nAccording to the port authority, the harbour dredging will finish in May.");
  quotesOf(d);
  const Quote* q = find(d, "freeze the ferry fares");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that he would freeze the ferry fares");
  // "According to X, CLAUSE" still reports the main clause.
  const Quote* q2 = find(d, "dredging will finish");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the harbour dredging will finish in May");
}

TEST(Quotes, AskedQuestionEndsAtACommaInsideTheClosingMark) {
  Document d = makeDoc("Asked whether the new tram line was \"worth the wait,\" most riders in Velden said it was.");
  quotesOf(d);
  const Quote* q = find(d, "worth the wait");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "whether the new tram line was \"worth the wait,\"");
  EXPECT_EQ(cue(d, *q), "Asked");
}

TEST(Quotes, ObjectEndsAtAQuotationClosingAfterAComma) {
  Document d = makeDoc("After the auditor called the bridge contract \"a gift to insiders,\" Councillor Ivo Marsh "
                       "demanded a new tender.\n\nThe inspector blamed the flooding on a \"blocked culvert,\" not on "
                       "the rain.");
  quotesOf(d);
  const Quote* q = find(d, "gift to insiders");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the bridge contract \"a gift to insiders,\"");
  // "..., not X" goes on with the contrast.
  const Quote* q2 = find(d, "blocked culvert");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the flooding on a \"blocked culvert,\" not on the rain");
}

TEST(Quotes, QuotationClosingAnOpeningClauseBelongsToThatClause) {
  Document d = makeDoc("When the harbour master said he would \"clear the channel,\" the pilots said they would wait "
                       "and see.");
  quotesOf(d);
  const Quote* q = find(d, "clear the channel");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "he would \"clear the channel,\"");
  EXPECT_EQ(src(d, *q), "the harbour master");
  const Quote* q2 = find(d, "wait and see");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "they would wait and see");
}

TEST(Quotes, OpeningPastParticipleBeforeASetOffCueIsNoHull) {
  Document d = makeDoc("Asked what she made of the audit, Councillor Rana Petit said, \"The numbers speak for "
                       "themselves.\"\n\nPressed on the ferry cuts, the minister replied, \"We had no choice.\"");
  quotesOf(d);
  const Quote* q = find(d, "speak for themselves");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"The numbers speak for themselves.\"");
  const Quote* q2 = find(d, "what she made of the audit");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "what she made of the audit");
  const Quote* q3 = find(d, "no choice");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "\"We had no choice.\"");
}

TEST(Quotes, QuotationAfterAColonIsTheContentOfALaterCue) {
  Document d = makeDoc("Mayor Grell pitches his harbour plan in a leaflet mailed to every home: \"We will dredge the "
                       "channel,\" the mayor writes. \"And we will do it this year.\"");
  quotesOf(d);
  const Quote* q = find(d, "dredge the channel");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content),
            "\"We will dredge the channel,\" the mayor writes. \"And we will do it this year.\"");
  EXPECT_EQ(cue(d, *q), "writes");
}

TEST(Quotes, QuotedQuestionAfterPassiveAskedIsItsOwnQuote) {
  Document d = makeDoc("Councillor Petit was asked, \"Would you back the ferry levy?\" She answered, \"Not this "
                       "year. The budget is too tight.\"\n\nInstead of calling the levy a tax, Mayor Grell said, "
                       "\"It is a fare for the future.\"");
  quotesOf(d);
  const Quote* q = find(d, "back the ferry levy");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"Would you back the ferry levy?\"");
  EXPECT_EQ(cue(d, *q), "was asked");
  const Quote* q2 = find(d, "Not this year");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "\"Not this year. The budget is too tight.\"");
  EXPECT_EQ(cue(d, *q2), "answered");
  const Quote* q3 = find(d, "fare for the future");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "\"It is a fare for the future.\"");
}

TEST(Quotes, DoubledApostropheQuotationClosingWithACommaEndsTheContent) {
  Document d = makeDoc("Admiral Vance has called Ruritania ''reckless and greedy,'' blaming it for the silted "
                       "harbour.\n\nThe mayor said the levy was ''unfair,'' adding that ''nobody asked "
                       "the riders.''");
  quotesOf(d);
  const Quote* q = find(d, "reckless and greedy");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Ruritania ''reckless and greedy,''");
  const Quote* q2 = find(d, "silted harbour");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "it for the silted harbour");
  EXPECT_EQ(cue(d, *q2), "blaming");
  const Quote* q3 = find(d, "levy was");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "the levy was ''unfair,''");
  const Quote* q4 = find(d, "nobody asked");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(d.slice(q4->content), "that ''nobody asked the riders.''");
}

TEST(Quotes, DoubledApostropheQuotationCutByTheCueMakesOneHull) {
  Document d = makeDoc("''Only the council,'' she said, would dare to raise the ferry fares twice in a year.");
  quotesOf(d);
  const Quote* q = find(d, "Only the council");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "''Only the council,'' she said, would dare to raise the ferry fares twice in a year");
}

TEST(Quotes, ContentOpeningWithAQuotationEndsAtItsCommaInsideTheMark) {
  Document d = makeDoc("Hundreds of dock workers marched past the depot chanting \"Fair shifts, fair pay,\" and "
                       "blocking the gate for an hour.\n\nGrell supports \"gradual fare rises,\" opposes \"sudden route "
                       "cuts\" and wants a new depot.");
  quotesOf(d);
  const Quote* q = find(d, "Fair shifts");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"Fair shifts, fair pay,\"");
  const Quote* q2 = find(d, "gradual fare rises");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "\"gradual fare rises,\"");
}

TEST(Quotes, QuestionThenSourceWithAppositionThenCueIsOneSentence) {
  Document d = makeDoc("\"Is the ferry late again?\" Ana Ruiz, a teacher from Velden, said quietly into the phone. "
                       "\"We have waited for an hour in the rain.\"");
  quotesOf(d);
  const Quote* q = find(d, "ferry late again");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"Is the ferry late again?\" Ana Ruiz, a teacher from Velden, said quietly into "
                                 "the phone. \"We have waited for an hour in the rain.\"");
  EXPECT_EQ(cue(d, *q), "said");
}

TEST(Quotes, QuotationInsideTheNextSentencesNarrationIsNoHull) {
  Document d = makeDoc("\"We fixed the bridge,\" Mayor Grell said on Monday. In recent years the town has also "
                       "built a library and staged the musical \"Lights on the Quay!\"");
  quotesOf(d);
  const Quote* q = find(d, "fixed the bridge");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"We fixed the bridge,\"");
}

TEST(Quotes, QuotationInsideThePreviousSentencesNarrationIsNoHull) {
  Document d = makeDoc("Protesters outside the hall sang \"Row, row, row your boat\" for most of the night. \"We will "
                       "not back down,\" Mayor Grell said.");
  quotesOf(d);
  const Quote* q = find(d, "not back down");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"We will not back down,\"");
}

TEST(Quotes, ObjectGoesOnAfterIncludingAlongWithAndAColon) {
  Document d = makeDoc("The harbour master discussed several sore points, including dredging costs and the late "
                       "ferries.\n\nA judge ordered the port office, along with the city clerk, to release contracts "
                       "and minutes of the meeting.\n\nThe mayor outlined a two-step plan: dredge the channel and then widen the quay.");
  quotesOf(d);
  const Quote* q = find(d, "sore points");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "several sore points, including dredging costs and the late ferries");
  const Quote* q2 = find(d, "the port office");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content),
            "the port office, along with the city clerk, to release contracts and minutes of the meeting");
  const Quote* q3 = find(d, "two-step plan");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "a two-step plan: dredge the channel and then widen the quay");
}

TEST(Quotes, ObjectKeepsATimePhraseButNotAGerundClauseAfterBefore) {
  Document d = makeDoc("The union does not expect a deal before the spring at the earliest.\n\nCritics condemned "
                       "harsh portrayals of ferry crews during the long strike.\n\nThe mayor praised the dock workers "
                       "before explaining why she vetoed the raise.");
  quotesOf(d);
  const Quote* q = find(d, "a deal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "a deal before the spring at the earliest");
  const Quote* q2 = find(d, "harsh portrayals");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "harsh portrayals of ferry crews during the long strike");
  const Quote* q3 = find(d, "dock workers");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "the dock workers");
  const Quote* q4 = find(d, "vetoed the raise");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(cue(d, *q4), "explaining");
}

TEST(Quotes, ShortOpeningBeforeASetOffCueKeepsTheClauseAfterIt) {
  Document d = makeDoc("Lately, she said, she has noticed that the ferry runs less often in winter.");
  quotesOf(d);
  const Quote* q = find(d, "Lately");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Lately, she said, she has noticed that the ferry runs less often in winter");
  EXPECT_EQ(cue(d, *q), "said");
}

TEST(Quotes, ObjectContentKeepsAListOfShortItems) {
  Document d = makeDoc("The minister endorsed new tariffs on steel, aluminium, copper and timber imports from the "
                       "region.\n\nThe opposition accused the mayor of stalling, hiding records, and misleading the "
                       "council about the budget.");
  quotesOf(d);
  const Quote* q = find(d, "new tariffs");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "new tariffs on steel, aluminium, copper and timber imports from the region");
  const Quote* q2 = find(d, "the mayor of stalling");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the mayor of stalling, hiding records, and misleading the council about the budget");
  // An item of five words.
  Document e = makeDoc("The transit board promised cheaper fares, new buses on every route and longer library hours.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.slice(e.quotes[0].content), "cheaper fares, new buses on every route and longer library hours");
}

TEST(Quotes, ThatClauseAfterAParentheticalCueMakesOneHull) {
  Document d = makeDoc("It is no surprise, the harbour master said, that the new tunnel costs more than planned.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content),
            "It is no surprise, the harbour master said, that the new tunnel costs more than planned");
  EXPECT_EQ(src(d, d.quotes[0]), "the harbour master");
}

TEST(Quotes, MannerAdverbBeforeAColonIsNoContent) {
  Document d = makeDoc("Pressed on the delays, the ferry captain replied warily: \"We will see in the spring.\"");
  quotesOf(d);
  const Quote* q = find(d, "We will see");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"We will see in the spring.\"");
  EXPECT_EQ(src(d, *q), "the ferry captain");
}

TEST(Quotes, LongHearerBeforeThatIsNoContent) {
  Document d = makeDoc("The senator told diners at a busy roadside cafe that she would not quit the race.\n\n"
                       "Auditors have asked questions about the mayor's assertion that the tunnel was on budget.");
  quotesOf(d);
  const Quote* q = find(d, "would not quit");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that she would not quit the race");
  EXPECT_EQ(cue(d, *q), "told");
  // A topic after "asked" is no hearer.
  const Quote* q2 = find(d, "questions about");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "have asked");
}

TEST(Quotes, RefusalToCommentInARelativeAsideIsOnlyItsInfinitive) {
  Document d = makeDoc("Harbour Press, which declined to comment, returned the rights to the author.\n\n"
                       "Ann Lee, who declined to comment, was born in a small port town.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "to comment");
  EXPECT_EQ(cue(d, d.quotes[0]), "declined");
  EXPECT_EQ(d.slice(d.quotes[1].content), "to comment");
  EXPECT_EQ(cue(d, d.quotes[1]), "declined");
}

TEST(Quotes, QuantityNounOfASourceKeepsTheParentheticalHull) {
  Document d = makeDoc("Cutting fares too soon, a wide range of analysts say, limited the recovery of the port.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content),
            "Cutting fares too soon, a wide range of analysts say, limited the recovery of the port");
  EXPECT_EQ(src(d, d.quotes[0]), "a wide range of analysts");
}

TEST(Quotes, ObjectGoesOnPastAShortAsideBeforeItsComplement) {
  Document d = makeDoc("The council rejected a proposal by Mary Chen, the transport director, to widen the bridge "
                       "over the river.\n\nCritics portrayed the new harbour chief, in particular, as a friend of "
                       "developers.\n\nThe charity calls on all towns - large and small - to plant more trees along "
                       "their roads.\n\nThe regulator urged both ferry lines -- old and new -- to publish their "
                       "timetables.");
  quotesOf(d);
  const Quote* q = find(d, "a proposal by");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "a proposal by Mary Chen, the transport director, to widen the bridge over the river");
  const Quote* q2 = find(d, "harbour chief");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the new harbour chief, in particular, as a friend of developers");
  const Quote* q3 = find(d, "all towns");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "all towns - large and small - to plant more trees along their roads");
  const Quote* q4 = find(d, "ferry lines");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(d.slice(q4->content), "both ferry lines -- old and new -- to publish their timetables");
  // A single dash before "that" or "particularly" elaborates the object.
  Document e = makeDoc("The council echoed the mayor's main complaint - that the ferry fares had doubled in a year.\n\n"
                       "The pilots criticised the new rota -- particularly its night shifts.");
  quotesOf(e);
  const Quote* e1 = find(e, "main complaint");
  ASSERT_NE(e1, nullptr);
  EXPECT_EQ(e.slice(e1->content), "the mayor's main complaint - that the ferry fares had doubled in a year");
  const Quote* e2 = find(e, "new rota");
  ASSERT_NE(e2, nullptr);
  EXPECT_EQ(e.slice(e2->content), "the new rota -- particularly its night shifts");
}

TEST(Quotes, ObjectStillEndsAtADashAsideBeforeAClauseWithAs) {
  Document d = makeDoc("The dock union welcomed the new wage deal -- the first in a decade -- as the long strike "
                       "finally ended.");
  quotesOf(d);
  const Quote* q = find(d, "wage deal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the new wage deal");
}

TEST(Quotes, ReportInsideALaterAttributionsClauseIsNotItsOwnQuote) {
  Document d = makeDoc("The council has also agreed to host the summit next year, officials said Tuesday.\n\n"
                       "Mr. Okafor agreed to sell the farm to a developer in 2019, records show.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "The council has also agreed to host the summit next year");
  EXPECT_EQ(cue(d, d.quotes[0]), "said");
  EXPECT_EQ(d.slice(d.quotes[1].content), "Mr. Okafor agreed to sell the farm to a developer in 2019");
  EXPECT_EQ(cue(d, d.quotes[1]), "show");
}

TEST(Quotes, ParticiplesCoordinatedByAndAreTwoAttributions) {
  Document d = makeDoc("Then she turned on Ortiz, calling him a bully and accusing him of lying about the budget.\n\n"
                       "The senator praised the plan, noting that it would create jobs and suggesting that the mayor had "
                       "been too cautious.\n\nLee praised Ortiz, noting he was responsible for cleaning the river and "
                       "planting trees.");
  quotesOf(d);
  const Quote* q = find(d, "him a bully");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "him a bully");
  const Quote* q2 = find(d, "him of lying");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "accusing");
  EXPECT_EQ(d.slice(q2->content), "him of lying about the budget");
  const Quote* q3 = find(d, "create jobs");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "that it would create jobs");
  const Quote* q4 = find(d, "too cautious");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(cue(d, *q4), "suggesting");
  EXPECT_EQ(src(d, *q4), "The senator");
  Document e = makeDoc("The senator praised the mayor, noting that the port had reopened but warning that the tolls "
                       "would rise.");
  quotesOf(e);
  const Quote* b1 = find(e, "port had reopened");
  ASSERT_NE(b1, nullptr);
  EXPECT_EQ(e.slice(b1->content), "that the port had reopened");
  const Quote* b2 = find(e, "tolls would rise");
  ASSERT_NE(b2, nullptr);
  EXPECT_EQ(cue(e, *b2), "warning");
  EXPECT_EQ(src(e, *b2), "The senator");
  // A gerund inside the content ("for cleaning") takes the coordinated one.
  const Quote* q5 = find(d, "cleaning the river");
  ASSERT_NE(q5, nullptr);
  EXPECT_EQ(d.slice(q5->content), "he was responsible for cleaning the river and planting trees");
}

TEST(Quotes, ProgressiveCueAfterAnAppositionHasTheNameAsSource) {
  Document d = makeDoc("Mara Quint, who carried Leeds and her home town of York, is calling for two rival councillors "
                       "to stand down.\n\nOwen Drake, the ferry operator's chief, has been urging pilots to accept "
                       "the new rota.");
  quotesOf(d);
  const Quote* q1 = find(d, "two rival councillors to stand down");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1).rfind("Mara Quint,", 0), 0u) << src(d, *q1);
  const Quote* q2 = find(d, "pilots to accept the new rota");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2).rfind("Owen Drake,", 0), 0u) << src(d, *q2);
}

TEST(Quotes, ClaimNounWithoutAnOwnerBeforeAFullThatClauseIsASourcelessQuote) {
  Document d = makeDoc("Within a month, the new ferry timetable was drawing complaints that it ignored night workers.\n\n"
                       "The bakery chain faced accusations that Harbour Mills had underpaid its drivers.\n\n"
                       "The bakery said in a statement that its drivers were paid fairly.");
  quotesOf(d);
  const Quote* q1 = find(d, "it ignored night workers");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "that it ignored night workers");
  EXPECT_EQ(cue(d, *q1), "complaints");
  const Quote* q2 = find(d, "had underpaid its drivers");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "accusations");
  // A medium noun after the cue is no second attribution.
  const Quote* q3 = find(d, "its drivers were paid fairly");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "said in a statement");
  EXPECT_EQ(d.quotes.size(), 3u);
}

TEST(Quotes, TheQuestionIsWhetherOpensAnUnattributedContent) {
  Document d = makeDoc("The ferry line reopened on Friday. The big question is whether commuters will come back before "
                       "winter.\n\nThe hope was that fares would fall by spring.\n\nShe asked a question that nobody "
                       "answered.");
  quotesOf(d);
  const Quote* q1 = find(d, "commuters will come back");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "whether commuters will come back before winter");
  EXPECT_EQ(cue(d, *q1), "The big question is");
  const Quote* q2 = find(d, "fares would fall");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "The hope was");
}

TEST(Quotes, OwnedAttacksOnATargetAreAStanceWithTheOwnerAsSource) {
  Document d = makeDoc("The senator stepped up her attacks on the harbour board.\n\n"
                       "Voters shrugged off Omar Lind's sharp, personal attacks against the ferry union.\n\n"
                       "Storm attacks on the coast were rare.\n\n"
                       "Nadia Brook's attacks on the tram depot were unfair.");
  quotesOf(d);
  const Quote* q1 = find(d, "the harbour board");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "attacks on");
  EXPECT_EQ(src(d, *q1), "her");
  const Quote* q2 = find(d, "the ferry union");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "attacks against");
  EXPECT_EQ(src(d, *q2), "Omar Lind");
  // Without an owner the noun is no attribution.
  EXPECT_EQ(find(d, "the coast"), nullptr);
  // As the subject, the target ends before the verb.
  const Quote* q3 = find(d, "the tram depot");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "the tram depot");
}

TEST(Quotes, OwnedPledgeOrRefusalWithAnInfinitiveIsAnAttribution) {
  Document d = makeDoc("The minister repeated her pledge to cut ferry fares by June.\n\n"
                       "Staff were angered by the harbour board's refusal to publish the audit.\n\n"
                       "The club issued a call to arms.");
  quotesOf(d);
  const Quote* q1 = find(d, "cut ferry fares");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "to cut ferry fares by June");
  EXPECT_EQ(cue(d, *q1), "pledge");
  EXPECT_EQ(src(d, *q1), "her");
  const Quote* q2 = find(d, "publish the audit");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "refusal");
  EXPECT_EQ(src(d, *q2), "the harbour board");
  // Without an owner, or before a noun, the phrase is no attribution.
  EXPECT_EQ(find(d, "arms"), nullptr);
}

TEST(Quotes, AsReportedByAnAgentAttributesTheClause) {
  Document d = makeDoc("As reported by the Harbour Gazette, forty ships are waiting outside the port.\n\n"
                       "The ferry firm began cutting routes this week, as first reported by the Coast Herald on Monday.");
  quotesOf(d);
  const Quote* q1 = find(d, "forty ships are waiting");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "forty ships are waiting outside the port");
  EXPECT_EQ(src(d, *q1), "the Harbour Gazette");
  const Quote* q2 = find(d, "began cutting routes");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "The ferry firm began cutting routes this week");
  EXPECT_EQ(cue(d, *q2), "as first reported");
  EXPECT_EQ(src(d, *q2), "the Coast Herald");
}

TEST(Quotes, ShortQuotationAfterATitleWordIsAnUnattributedContent) {
  Document d = makeDoc("The party ran an ad titled \"Safe Streets,\" showing police cars at night.\n\n"
                       "The so-called \u201charbour tax\u201d is unpopular.\n\n"
                       "They marched under the slogan \"Fix the ferries.\"");
  quotesOf(d);
  const Quote* q1 = find(d, "Safe Streets");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "\"Safe Streets,\"");
  EXPECT_EQ(cue(d, *q1), "titled");
  const Quote* q2 = find(d, "harbour tax");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "so-called");
  const Quote* q3 = find(d, "Fix the ferries");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "slogan");
}

TEST(Quotes, SequenceAdverbBeforeANameAndItsApposition) {
  Document d = makeDoc("First his sister, a longtime port pilot, announced they would sell the boat.\n\n"
                       "Then Harbo, only two months later, said the deal was off.");
  quotesOf(d);
  const Quote* q1 = find(d, "they would sell the boat");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1).rfind("his sister", 0), 0u) << src(d, *q1);
  const Quote* q2 = find(d, "the deal was off");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2).rfind("Harbo", 0), 0u) << src(d, *q2);
}

TEST(Quotes, ObjectContentEndsBeforeASecondVerbWithItsOwnObject) {
  Document d = makeDoc("The mayor echoed the union's demands and took the stage with the strikers.\n\n"
                       "The board announced its plan to close the plant and sell the land.");
  quotesOf(d);
  const Quote* q = find(d, "the union's demands");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the union's demands");
  // An infinitive before the "and" takes the second verb.
  const Quote* q2 = find(d, "its plan");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "its plan to close the plant and sell the land");
}

TEST(Quotes, TheOneUrgedIsPartOfTheContent) {
  Document d = makeDoc("The mayor urged the council to approve the budget before the summer.");
  quotesOf(d);
  const Quote* q = find(d, "approve the budget");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the council to approve the budget before the summer");
  EXPECT_EQ(cue(d, *q), "urged");
}

TEST(Quotes, PassiveAgentIsNoContent) {
  Document d = makeDoc("Ortiz, who was nominated by the governor and confirmed by the state senate in 2019, will hear "
                       "the case.\n\nIt was a view endorsed by the crowd in the square.\n\nOrtiz responded by saying "
                       "that the court had no choice.");
  quotesOf(d);
  EXPECT_EQ(find(d, "state senate"), nullptr);
  EXPECT_EQ(find(d, "the crowd"), nullptr);
  const Quote* q = find(d, "had no choice");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "by saying that the court had no choice");
}

TEST(Quotes, PronounOrNameObjectEndsBeforeAnAdjunct) {
  Document d = makeDoc("The governor endorsed her early in the race.\n\nLee defended Ortiz in an interview with the "
                       "Harbour Gazette.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "her");
  EXPECT_EQ(d.slice(d.quotes[1].content), "Ortiz");
  // "on" ends a pronoun object, but not the complement of "blame".
  Document e = makeDoc("The unions opposed it on those grounds last year.\n\nThe mayor blamed it on the storm.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.slice(e.quotes[0].content), "it");
  EXPECT_EQ(e.slice(e.quotes[1].content), "it on the storm");
  // A capitalised day after the name, and "here", are adjuncts too.
  Document f = makeDoc("The farmers' union endorsed Ortiz Wednesday.\n\nThe senator endorsed Dana Ruiz here on Sunday.");
  quotesOf(f);
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_EQ(f.slice(f.quotes[0].content), "Ortiz");
  EXPECT_EQ(f.slice(f.quotes[1].content), "Dana Ruiz");
  // "last week" or "this month" closing the object is an adjunct; one before a complement is not.
  Document h = makeDoc("The dockers' union endorsed Ortiz last week.\n\nThe council urged the port last year not "
                       "to sell the pier until a buyer was found.");
  quotesOf(h);
  const Quote* h1 = find(h, "Ortiz");
  ASSERT_NE(h1, nullptr);
  EXPECT_EQ(h.slice(h1->content), "Ortiz");
  const Quote* h2 = find(h, "sell the pier");
  ASSERT_NE(h2, nullptr);
  EXPECT_EQ(h.slice(h2->content).find("the port"), 0u);
  // So is an occasion after a short object ("at a rally", "during a news conference").
  Document g = makeDoc("The governor thanked volunteers at a late rally in the port district.\n\nThe mayor unveiled a "
                       "housing plan during a news conference outside the library.");
  quotesOf(g);
  ASSERT_EQ(g.quotes.size(), 2u);
  EXPECT_EQ(g.slice(g.quotes[0].content), "volunteers");
  EXPECT_EQ(g.slice(g.quotes[1].content), "a housing plan");
}

TEST(Quotes, RelativeClauseInsideAContentThatGoesOnAfterIt) {
  Document d = makeDoc("He also said the council is pleased that Ortiz, who invoked his right to silence before a "
                       "hearing in May, is now cooperating with the inquiry.");
  quotesOf(d);
  const Quote* q = find(d, "the council is pleased");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content),
            "the council is pleased that Ortiz, who invoked his right to silence before a hearing in May, is now "
            "cooperating with the inquiry");
}

TEST(Quotes, ObjectContentEndsBeforeANewClauseAfterAnd) {
  Document d = makeDoc("Lee has not talked about the tolls and her office has been closed since May.\n\n"
                       "Lee called the tolls \"a disgrace,\" and his council has tried to block them since May.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the tolls");
  EXPECT_EQ(d.slice(d.quotes[1].content), "the tolls \"a disgrace,\"");
  Document e = makeDoc("The mayor sought to calm the crowd as she toured the flooded district.\n\n"
                       "Lee attacked the council as he launched his campaign.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.slice(e.quotes[0].content), "to calm the crowd");
  EXPECT_EQ(e.slice(e.quotes[1].content), "the council");
}

TEST(Quotes, ShortOpeningPhraseAloneIsNoContent) {
  Document d = makeDoc("On Tuesday, Lee said she was pleased with the vote, according to the Harbour Gazette.\n\n"
                       "In her speech, Ortiz declared the need for patience: \"We will rebuild the port and then we "
                       "will rebuild the town,\" she said.");
  quotesOf(d);
  EXPECT_EQ(find(d, "On Tuesday"), nullptr);
  EXPECT_EQ(find(d, "In her speech"), nullptr);
  EXPECT_NE(find(d, "pleased with the vote"), nullptr);
  EXPECT_NE(find(d, "rebuild the port"), nullptr);
}

TEST(Quotes, OpeningSubordinateClauseAloneIsNoContent) {
  Document d = makeDoc("Not long after the council approved the budget, Okafor asked the mayor about the cuts.\n\n"
                       "But at the next stop in the capital on Friday, Okafor showed no sign that he would retreat.\n\n"
                       "While the storm battered the coast overnight, the agency announced.\n\n"
                       "After the bakery closed in 2019 she opened a cafe nearby, records show.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Not long after"), nullptr);
  EXPECT_EQ(find(d, "at the next stop"), nullptr);
  EXPECT_EQ(find(d, "the storm battered"), nullptr);
  // A main clause inside the opening ("she opened ...") makes it a content.
  const Quote* q = find(d, "she opened a cafe");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "records");
}

TEST(Quotes, IndirectQuestionAfterAHearerWithAnAsideOrAdjunct) {
  Document d = makeDoc("We asked the offices of the three harbour candidates - Lee, Ortiz and Abel - why they skipped "
                       "the forum.\n\nAna Lopez, a housing activist, asked the retired governor during a radio "
                       "call-in show whether she would back the rent cap.");
  quotesOf(d);
  const Quote* q = find(d, "skipped the forum");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "why they skipped the forum");
  q = find(d, "rent cap");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "whether she would back the rent cap");
  EXPECT_EQ(src(d, *q).rfind("Ana Lopez", 0), 0u);
  EXPECT_EQ(find(d, "the retired governor"), nullptr);
}

TEST(Quotes, PassiveParticipleWithOnlyAPhraseAfterItIsNoCue) {
  Document d = makeDoc("The plan would triple the budget shortfall projected over the coming decade.\n\n"
                       "A majority of the migrants admitted to the country last year were farm workers.\n\n"
                       "The union has twice complained to port officials about the new shift rules.");
  quotesOf(d);
  EXPECT_EQ(find(d, "over the coming decade"), nullptr);
  EXPECT_EQ(find(d, "to the country last year"), nullptr);
  // A finite verb after an adverb keeps its hearer and topic.
  EXPECT_NE(find(d, "about the new shift rules"), nullptr);
}

TEST(Quotes, SubjectPronounAfterTheCueOpensTheContentNotAnInvertedSource) {
  Document d = makeDoc("Rep. Ann Dorn (D-Ohio), ranking member of the House farm committee, said he backs the "
                       "compromise.\n\n\"We will win,\" said he, smiling.");
  quotesOf(d);
  const Quote* q = find(d, "backs the compromise");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "he backs the compromise");
  EXPECT_NE(src(d, *q).find("Ann Dorn"), std::string::npos);
  Document e = makeDoc("Ana and Ben Ruiz, the parents whose speech at the rally angered the governor, say they felt "
                       "obliged to speak up.\n\nShortly after the merger, the founders mobilized, warning that the "
                       "deal would hurt the firm.");
  quotesOf(e);
  const Quote* r = find(e, "obliged to speak up");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(e.slice(r->content), "they felt obliged to speak up");
  r = find(e, "the deal would hurt");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(src(e, *r).find("founders"), std::string::npos);
  // The old inverted order with nothing after the pronoun stays a source.
  q = find(d, "We will win");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "he");
}

TEST(Quotes, AdverbialsAndOpeningPhrasesAreNeverTheSource) {
  Document d = makeDoc("In Ohio, for example, the mayor has opened a new office and lately announced a list of "
                       "endorsements.\n\nCritics have in particular noted the cost of the bridge.\n\n"
                       "Okafor so far hasn't attacked the companies he listed.\n\n"
                       "Arriving at the pier, police began a search, believing there may be three boats.\n\n"
                       "Lee, who spent the last several weeks taking swipes at Abel, was quiet on Friday.");
  quotesOf(d);
  const Quote* q = find(d, "a list of endorsements");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "the mayor");
  q = find(d, "the cost of the bridge");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Critics");
  q = find(d, "the companies he listed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Okafor");
  q = find(d, "there may be three boats");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "police");
  // A span of time before a participle is not its subject.
  for (const Quote& x : d.quotes) EXPECT_EQ(src(d, x).find("weeks"), std::string::npos);
}

TEST(Quotes, NounCueAfterAnArticleAndAdjectiveBelongsToTheSentenceSubject) {
  Document d = makeDoc("Okafor made an unscheduled call for lower fuel levies at the dock.\n\n"
                       "Lee posted several negative comments about the mayor.\n\n"
                       "The harbour company said it would hire forty people.");
  quotesOf(d);
  const Quote* q = find(d, "lower fuel levies");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Okafor");
  q = find(d, "the mayor");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Lee");
  q = find(d, "hire forty people");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "The harbour company");
}

TEST(Quotes, MannerAdverbAndPlacePhraseAfterTheCueAreNoContent) {
  Document d = makeDoc("\"The ferry leaves at noon. Are you coming?\" Ortiz, a retired deckhand, said cheerfully into "
                       "the phone.\n\nThe mayor testified reluctantly in 2019.\n\n"
                       "Lee said repeatedly on Monday that the port would close.");
  quotesOf(d);
  EXPECT_EQ(find(d, "into the phone"), nullptr);
  EXPECT_EQ(find(d, "reluctantly in 2019"), nullptr);
  const Quote* q = find(d, "The ferry leaves at noon");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(src(d, *q).find("Ortiz"), std::string::npos);
  EXPECT_NE(find(d, "that the port would close"), nullptr);
}

TEST(Quotes, QuotationAfterAColonIsTheWordsOfTheClauseSubject) {
  Document d = makeDoc("When the old ferry sank, Governor Ana Lee released the following statement:\n\n"
                       "\"We mourn a vessel that served this harbour for sixty years.\"\n\n"
                       "The timing of the strike surprised nobody at the docks: \"We saw it coming for months.\"");
  quotesOf(d);
  const Quote* q = find(d, "We mourn a vessel");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->cue.has_value());
  EXPECT_EQ(src(d, *q), "Governor Ana Lee");
  // A subject that is no name or person pronoun gives no source.
  q = find(d, "We saw it coming");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "");
}

TEST(Quotes, YesNoQuestionToTheReaderIsNoReport) {
  Document d = makeDoc("Do you support the new ferry timetable?\n\nWould you say the harbour is safer now?\n\n"
                       "You said the harbour was safe.");
  quotesOf(d);
  EXPECT_EQ(find(d, "the new ferry timetable"), nullptr);
  EXPECT_EQ(find(d, "the harbour is safer now"), nullptr);
  EXPECT_NE(find(d, "the harbour was safe"), nullptr);
}

TEST(Quotes, VerblessShortPhraseBeforeTheCueIsNoContent) {
  Document d = makeDoc("Last month, Lee sought to revive the deal, the Harbour Gazette reported.\n\n"
                       "Her resignation was confirmed by the council on Monday.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Last month"), nullptr);
  // The subject of a passive report stays.
  const Quote* q = find(d, "Her resignation");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Her resignation");
}

TEST(Quotes, SpacedEnDashEndsAnObjectContent) {
  Document d = makeDoc("The union endorsed her \u2013 they appeared together at the rally on Friday.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "her");
}

TEST(Quotes, AsideCueInsideTheSubjectEndsAtTheMainVerb) {
  Document d = makeDoc("The senator, suggesting the city outsource the repairs, was tepid about the budget.\n\n"
                       "Lee, noting that Mr. Ortiz and his deputy, Ann Bell, would stay, left early.");
  quotesOf(d);
  const Quote* q = find(d, "outsource the repairs");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the city outsource the repairs");
  // An apposition inside the content ("his deputy, Ann Bell,") is no closing comma.
  const Quote* q2 = find(d, "his deputy");
  ASSERT_NE(q2, nullptr);
  EXPECT_NE(d.slice(q2->content).find("would stay"), std::string::npos);
}

TEST(Quotes, QuotationCutByTheCueGoesOnAfterIt) {
  Document d = makeDoc("\"It was a hard winter,\" the coach said, that all three strikers missed the final.\n\n"
                       "\"The port is safe,\" she said, a view the union shares.");
  quotesOf(d);
  const Quote* q = find(d, "hard winter");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"It was a hard winter,\" the coach said, that all three strikers missed the final");
  const Quote* q2 = find(d, "The port is safe");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "\"The port is safe,\"");
}

TEST(Quotes, ObjectContentEndsBeforeTheMediumOfTheWords) {
  Document d = makeDoc("Okafor called the tender \"a stitch-up\" in an interview on Friday.\n\n"
                       "The mayor blamed the flood on a broken video camera.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the tender \"a stitch-up\"");
  EXPECT_EQ(d.slice(d.quotes[1].content), "the flood on a broken video camera");
}

TEST(Quotes, InfinitiveContentEndsAtASingleDash) {
  Document d = makeDoc("The coach declined to name a captain - only saying that the squad was young.\n\n"
                       "Lee vowed to ban all trucks - even the smallest ones - from the old bridge.");
  quotesOf(d);
  const Quote* q = find(d, "name a captain");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "to name a captain");
  const Quote* q2 = find(d, "ban all trucks");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "to ban all trucks - even the smallest ones - from the old bridge");
}

TEST(Quotes, CommonNounSourceKeepsItsPlaceTail) {
  Document d = makeDoc("Analysts in Lagos said the port would reopen within a week.");
  quotesOf(d);
  const Quote* q = find(d, "port would reopen");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Analysts in Lagos") << "the place in the tail is not the speaker";
}

TEST(Quotes, InvertedSourceKeepsItsPrepositionalModifier) {
  Document d = makeDoc("Ferry fares will rise in May, said a spokeswoman for the transit board.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "Ferry fares will rise in May");
  EXPECT_EQ(src(d, d.quotes[0]), "a spokeswoman for the transit board");

  Document e = makeDoc("Ferry fares will rise in May, said Rosa Imre of the Lakes Institute.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(src(e, e.quotes[0]), "Rosa Imre of the Lakes Institute");

  // An adjunct after the name is not part of the source.
  Document f = makeDoc("Ferry fares will rise in May, said Rosa Imre in an interview.");
  quotesOf(f);
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(src(f, f.quotes[0]), "Rosa Imre");
}

TEST(Quotes, InvertedReportAfterADatelineAndWithAParticiple) {
  const std::pair<const char*, const char*> cases[] = {
      {"HALIFAX — Ferry fares will rise in May, says a new report.", "a new report"},
      {"Ferry fares will rise in May, says a report released Tuesday.", "a report released Tuesday"},
      {"Ferry fares will rise in May, says a report released Tuesday by the transit board.",
       "a report released Tuesday by the transit board"}};
  const Resources res = Resources::load();
  for (const auto& [text, source] : cases) {
    const Document d = extractText(text, res);  // the pipeline finds the dateline
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.slice(d.quotes[0].content), "Ferry fares will rise in May") << text;
    EXPECT_EQ(src(d, d.quotes[0]), source) << text;
  }
}

TEST(Quotes, PluralRoleNounWithAPrepositionalTailIsTheSource) {
  const std::pair<const char*, const char*> cases[] = {
      {"Lawyers for the tenants had argued the eviction was unlawful.", "Lawyers for the tenants"},
      {"Workers at the ferry yard say the eviction was unlawful.", "Workers at the ferry yard"}};
  for (const auto& [text, source] : cases) {
    Document d = makeDoc(text);
    quotesOf(d);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.slice(d.quotes[0].content), "the eviction was unlawful") << text;
    EXPECT_EQ(src(d, d.quotes[0]), source) << text;
  }
}

TEST(Quotes, InvertedReportNounIsTheSource) {
  const std::pair<const char*, const char*> cases[] = {
      {"Ferry fares will rise in May, says the report.", "the report"},
      {"Ferry fares will rise in May, says a new report.", "a new report"}};
  for (const auto& [text, source] : cases) {
    Document d = makeDoc(text);
    quotesOf(d);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.slice(d.quotes[0].content), "Ferry fares will rise in May") << text;
    EXPECT_EQ(cue(d, d.quotes[0]), "says") << text;
    EXPECT_EQ(src(d, d.quotes[0]), source) << text;
  }
}

TEST(Quotes, RelativePronounAfterAnAppositionResolvesToTheName) {
  Document d = makeDoc("Ferry fares will rise, said Imre, a planner at the board, who added that buses would follow.");
  quotesOf(d);
  const Quote* q = find(d, "buses would follow");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "who");
  EXPECT_EQ(q->speakerName, "Imre") << "not the apposition 'a planner at the board'";
}

TEST(Quotes, CopulaAndColonBeforeAQuotationNameTheSpeaker) {
  Document d = makeDoc(
      "\"Fares are fair,\" said Rosa Imre. Dockers' leader Tam Berg was blunt: \"They raised prices and cut sailings.\"");
  quotesOf(d);
  const Quote* q = find(d, "cut sailings");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Dockers' leader Tam Berg") << "not a continuation of Imre's quote";
  EXPECT_EQ(cue(d, *q), "was blunt");
  EXPECT_EQ(d.slice(q->content), "\"They raised prices and cut sailings.\"");
  // A colon without a quotation after it is no attribution.
  Document e = makeDoc("Tam Berg was blunt: fares must fall.");
  quotesOf(e);
  EXPECT_EQ(find(e, "fares must fall"), nullptr);
}

TEST(Quotes, TitleNounThatIsAlsoACueVerbIsPartOfTheSource) {
  // "advocate" is a cue verb ("advocates for"), but not between a word and a name it cannot agree with.
  Document d = makeDoc("Ferry advocate Rosa Imre, 34, said the timetable was unfair.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the timetable was unfair");
  EXPECT_EQ(cue(d, d.quotes[0]), "said");
  EXPECT_EQ(src(d, d.quotes[0]), "Ferry advocate Rosa Imre, 34");

  Document e = makeDoc("Ferry advocate Rosa Imre, a pilot, said the timetable was unfair.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(src(e, e.quotes[0]), "Ferry advocate Rosa Imre, a pilot") << "not an inverted 'said the timetable'";

  // A plural subject agrees with the plain form: still a cue.
  Document f = makeDoc("Pilots argue Imre is right.");
  quotesOf(f);
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(cue(f, f.quotes[0]), "argue");
}

// A whole news story in the style of wire and broadcast copy (our own text): every quote with
// its resolved speaker, and nothing else.
TEST(Quotes, NewsStoryEveryQuoteWithItsSpeaker) {
  const std::string text =
      "For Marguerite Dubois, the closure of the Sainte-Anne mill is personal.\n\n"
      "Her father worked there for 31 years. So did her grandfather.\n\n"
      "\"This town was built around that mill,\" Dubois says, standing outside the locked gates. \"Without "
      "it, I don't know what we are.\"\n\n"
      "The company, Laurentian Fibre, announced last month that the mill would close in March. In an "
      "email, spokesperson Kevin Mah wrote that the decision \"was not made lightly\" and cited falling "
      "demand for newsprint.\n\n"
      "Economist Ruth Adeyemi of Carleton University says closures like this one ripple through a whole region.\n\n"
      "\"For every job inside the mill, you lose roughly two outside it,\" she says. \"The diner, the "
      "mechanic, the hardware store.\"\n\n"
      "Union local president Gilles Roy was blunt: \"They took the subsidies and now they are walking away.\"\n\n"
      "Roy tells CBC he wants the province to claw back $12 million in grants the company received in 2019.\n\n"
      "A spokesperson for Quebec's economy ministry said the government is \"in discussions\" with the "
      "company but would not comment further.\n\n"
      "\"We will fight this,\" Roy said. \"We have no choice.\"\n\n";
  const Resources res = Resources::load();
  const Document d = extractText(text, res);
  const std::pair<const char*, const char*> expected[] = {
      {"This town was built around that mill", "Marguerite Dubois"},
      {"that the mill would close in March", "Laurentian Fibre"},
      {"was not made lightly", "Kevin Mah"},
      {"falling demand for newsprint", "Kevin Mah"},
      {"closures like this one ripple", "Ruth Adeyemi"},
      {"you lose roughly two outside it", "Ruth Adeyemi"},
      {"They took the subsidies", "Gilles Roy"},
      {"he wants the province to claw back", "Gilles Roy"},
      {"the government is \"in discussions\"", "A spokesperson for Quebec's economy ministry"},
      {"We will fight this", "Gilles Roy"}};
  for (const auto& [needle, speaker] : expected) {
    const Quote* q = find(d, needle);
    ASSERT_NE(q, nullptr) << needle;
    EXPECT_EQ(q->speakerName, speaker) << needle;
  }
  EXPECT_EQ(d.quotes.size(), std::size(expected));
  // The interrupted quotation is one quote: both halves and the cue between them.
  const Quote* dubois = find(d, "This town was built");
  ASSERT_NE(dubois, nullptr);
  EXPECT_NE(d.slice(dubois->content).find("I don't know what we are"), std::string::npos);
}

TEST(Quotes, PronounAfterANameNoActorHoldsIsThatName) {
  Document d = makeDoc("Mayor Ann Lee said the pier would reopen. Dorn says the repairs are late. "
                       "Officials say the budget is gone. He said the contractor had quit.");
  Actor lee;
  lee.name = "Mayor Ann Lee";
  lee.kind = ActorKind::Person;
  lee.mentions.push_back(Span{0, 13});
  ASSERT_EQ(d.slice(lee.mentions[0]), "Mayor Ann Lee");
  d.actors = {lee};
  quotesOf(d);
  // The latest person named is Dorn (no actor); a plural subject in between is no person.
  const Quote* he = find(d, "contractor had quit");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->speakerName, "Dorn") << "not the earlier actor";
  EXPECT_EQ(he->speaker, kNone);
}

TEST(Quotes, QuotationBetweenTwoAttributionsContinuesTheEarlierOne) {
  Document d = makeDoc("\"The pier is unsafe,\" the harbour master said. \"It should close.\" Imre said the repairs were "
                       "\"long overdue.\"");
  quotesOf(d);
  const Quote* q = find(d, "It should close");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "the harbour master");
  EXPECT_NE(d.slice(q->content).find("The pier is unsafe"), std::string::npos);
  const Quote* r = find(d, "long overdue");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(d.slice(r->content), "the repairs were \"long overdue.\"");
}

TEST(Quotes, OpeningMarkTypedForAClosingOneClosesTheQuotation) {
  Document d = makeDoc("\xE2\x80\x9CIs the pier safe?\xE2\x80\x9C the reporter asked.\n\n"
                       "\xE2\x80\x9CNo, it is not,\xE2\x80\x9D the harbour master said.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(src(d, d.quotes[0]), "the reporter");
  EXPECT_EQ(d.slice(d.quotes[0].content), "\xE2\x80\x9CIs the pier safe?\xE2\x80\x9C");
  EXPECT_EQ(src(d, d.quotes[1]), "the harbour master");
}

TEST(Quotes, PronounIsNotResolvedToANameInsideItsOwnQuotation) {
  Document d = makeDoc("What did she call him?\n\n\"Captain Nemo,\" she said, laughing.");
  Actor nemo;
  nemo.name = "Captain Nemo";
  nemo.kind = ActorKind::Person;
  const auto b = static_cast<std::uint32_t>(d.text.find("Captain Nemo"));  // ASCII: bytes are code points
  nemo.mentions.push_back(Span{b, b + 12});
  d.actors = {nemo};
  quotesOf(d);
  const Quote* q = find(d, "Captain Nemo");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, kNone) << "the name is her words, not her";
  EXPECT_NE(q->speakerName, "Captain Nemo");
}

TEST(Quotes, OrganisationNounRefersToThePreviousOrganisationNotALaterOne) {
  Document d = makeDoc(
      "The Harbour Authority said the quay was closed. Two cranes fell in the storm, the authority said in "
      "a statement. "
      "Later, the Weather Authority reported more rain.");
  Actor harbour;
  harbour.name = "Harbour Authority";
  harbour.kind = ActorKind::Organisation;
  const auto at = [&](std::string_view w) {
    const auto b = static_cast<std::uint32_t>(d.text.find(w));  // ASCII: bytes are code points
    return Span{b, b + static_cast<std::uint32_t>(w.size())};
  };
  harbour.mentions.push_back(at("Harbour Authority"));
  Actor weather;
  weather.name = "Weather Authority";
  weather.kind = ActorKind::Organisation;
  weather.mentions.push_back(at("Weather Authority"));
  ASSERT_EQ(d.slice(harbour.mentions[0]), "Harbour Authority");
  ASSERT_EQ(d.slice(weather.mentions[0]), "Weather Authority");
  d.actors = {harbour, weather};
  quotesOf(d);
  const Quote* q = find(d, "Two cranes fell");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "Harbour Authority");
}

TEST(Quotes, DirectStraightMarksBeforeSpeaker) {
  Document d = makeDoc("\"The bridge will open in spring,\" the mayor said on Monday.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(d.slice(q.content), "\"The bridge will open in spring,\"");
  EXPECT_TRUE(q.direct);
  EXPECT_EQ(cue(d, q), "said");
  EXPECT_EQ(src(d, q), "the mayor");
}

TEST(Quotes, DirectCurlyMarksInvertedSpeaker) {
  Document d = makeDoc("\xE2\x80\x9CWe have no choice,\xE2\x80\x9D said Maria Lindqvist, a union leader.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(d.slice(q.content), "\xE2\x80\x9CWe have no choice,\xE2\x80\x9D");
  EXPECT_TRUE(q.direct);
  EXPECT_EQ(src(d, q), "Maria Lindqvist");
  EXPECT_EQ(q.speakerName, "Maria Lindqvist");
}

TEST(Quotes, SpeakerFirstWithColon) {
  Document d = makeDoc("The captain said: \"Nobody leaves the ship tonight.\"");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "\"Nobody leaves the ship tonight.\"");
  EXPECT_EQ(src(d, d.quotes[0]), "The captain");
}

TEST(Quotes, SplitQuoteIsOneHull) {
  Document d = makeDoc("\"Prices rose,\" she said. \"They will rise again.\"");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "\"Prices rose,\" she said. \"They will rise again.\"");
}

TEST(Quotes, MultiParagraphQuoteWithoutClosingMark) {
  Document d = makeDoc(
      "Tomas Berg told the hearing: \"The dam was never inspected.\n\n\"Nobody asked us about the cracks.\"\n\nThe "
      "hearing ended at noon.");
  quotesOf(d);
  ASSERT_GE(d.quotes.size(), 1u);
  const Quote* q = find(d, "never inspected");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(d.slice(q->content).find("cracks"), std::string::npos) << d.slice(q->content);
  EXPECT_EQ(find(d, "hearing ended"), nullptr);
}

TEST(Quotes, ContinuationInNextParagraphKeepsSpeaker) {
  Document d = makeDoc(
      "\"The harbour is safe,\" Admiral Petra Holm said in a speech.\n\n\"We patrol it every night.\"");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].continues, 0);
  EXPECT_EQ(d.quotes[1].speakerName, d.quotes[0].speakerName);
  EXPECT_NE(d.quotes[0].speakerName.find("Holm"), std::string::npos);
  EXPECT_TRUE(d.quotes[1].direct);
}

TEST(Quotes, PartialQuoteInsideSentence) {
  Document d = makeDoc(
      "The two ministers \"agreed on the timetable\" for the new railway, their spokesman said.");
  quotesOf(d);
  const Quote* q = find(d, "agreed on the timetable");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "said");
  EXPECT_EQ(src(d, *q), "their spokesman");
}

TEST(Quotes, IndirectSaidThat) {
  Document d = makeDoc("The finance ministry said that the deficit had narrowed in March.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(d.slice(q.content), "that the deficit had narrowed in March");
  EXPECT_FALSE(q.direct);
  EXPECT_EQ(src(d, q), "The finance ministry");
}

TEST(Quotes, IndirectCommaSpeakerSaid) {
  Document d = makeDoc("The deficit had narrowed in March, the ministry said.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "The deficit had narrowed in March");
  EXPECT_EQ(src(d, d.quotes[0]), "the ministry");
}

TEST(Quotes, IndirectCommaSaidSpeaker) {
  Document d = makeDoc("Exports fell for a third month, said Jonas Eklund, an economist.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "Exports fell for a third month");
  EXPECT_EQ(src(d, d.quotes[0]), "Jonas Eklund");
}

TEST(Quotes, AppositionSubjectBeforeCue) {
  Document d = makeDoc("Marta Lind, a nurse from Tampere, Finland, said the ward had run out of beds.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the ward had run out of beds");
  EXPECT_EQ(src(d, d.quotes[0]), "Marta Lind, a nurse from Tampere, Finland");
  EXPECT_EQ(cue(d, d.quotes[0]), "said");
}

TEST(Quotes, SplitIndirectAndDirectIsOneHull) {
  Document d = makeDoc("A cold winter, she said, \"would empty the reservoirs by March.\"");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "A cold winter, she said, \"would empty the reservoirs by March.\"");
  EXPECT_EQ(src(d, d.quotes[0]), "she");
}

TEST(Quotes, EvidenceNounShows) {
  Document d = makeDoc("A new survey shows most farmers expecting a poor harvest this year.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "most farmers expecting a poor harvest this year");
  EXPECT_EQ(src(d, d.quotes[0]), "A new survey");
  EXPECT_EQ(cue(d, d.quotes[0]), "shows");
}

TEST(Quotes, StanceVerbObjectIsContent) {
  Document d = makeDoc("The union endorsed the governor after a long vote.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the governor");
  EXPECT_EQ(src(d, d.quotes[0]), "The union");
  EXPECT_EQ(cue(d, d.quotes[0]), "endorsed");
}

TEST(Quotes, StanceObjectKeepsItsComplement) {
  Document d = makeDoc("The council accused the contractor of delaying, stalling and wasting money on Monday, "
                       "when the audit came out.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the contractor of delaying, stalling and wasting money on Monday");
  Document e = makeDoc("The judge described the ruling as final and closed the hearing.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.slice(e.quotes[0].content), "the ruling as final");
}

TEST(Quotes, InfinitiveComplement) {
  Document d = makeDoc("Kowalski vowed to repeal the parking fee, which angered shop owners.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "to repeal the parking fee, which angered shop owners");
  EXPECT_EQ(src(d, d.quotes[0]), "Kowalski");
}

TEST(Quotes, ParticleCueTopic) {
  Document d = makeDoc("The mayor talked about the new tram line, which opens in May.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the new tram line");
  EXPECT_EQ(cue(d, d.quotes[0]), "talked about");
  EXPECT_EQ(src(d, d.quotes[0]), "The mayor");
}

TEST(Quotes, PhrasalCuesWithOutClearAndCase) {
  Document d = makeDoc(
      "Morales pointed out that rural clinics were ignored. The governor laid out a plan for the harbor. "
      "Ito made it clear to the board that the ferry would stay. Lee made the case for a new bridge. "
      "The old lighthouse was singled out as a hazard.");
  quotesOf(d);
  const Quote* q = find(d, "rural clinics");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that rural clinics were ignored");
  EXPECT_EQ(cue(d, *q), "pointed out");
  EXPECT_EQ(src(d, *q), "Morales");
  q = find(d, "a plan for the harbor");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "laid out");
  q = find(d, "the ferry would stay");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that the ferry would stay");
  EXPECT_EQ(src(d, *q), "Ito");
  q = find(d, "a new bridge");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "made the case for");
  EXPECT_EQ(find(d, "as a hazard"), nullptr) << "a passive is no phrasal cue";
  Document e = makeDoc("Ruiz took a direct swing at the mayor. Lee took issue with the forecast of job losses.");
  quotesOf(e);
  q = find(e, "the mayor");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(e, *q), "took a direct swing at");
  q = find(e, "the forecast of job losses");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(e, *q), "took issue with");
}

TEST(Quotes, ParticipleAfterByTakesTheMainSubject) {
  Document d = makeDoc("The mayor angered voters by saying that the judge cannot be fair.");
  quotesOf(d);
  const Quote* q = find(d, "the judge cannot be fair");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that the judge cannot be fair");
  EXPECT_EQ(cue(d, *q), "saying");
  EXPECT_EQ(src(d, *q), "The mayor");
}

TEST(Quotes, StanceAdjectiveBeforeTheInfinitiveCue) {
  Document d = makeDoc(
      "Okafor was keen to point out that the budget was late. The panel was careful to say the vote was fair.");
  quotesOf(d);
  const Quote* q = find(d, "the budget was late");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "was keen to point out");
  EXPECT_EQ(src(d, *q), "Okafor");
  q = find(d, "the vote was fair");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "was careful to say");
  EXPECT_EQ(src(d, *q), "The panel");
}

TEST(Quotes, AgreeWithTakesItsPartnerOrTheClauseAfterIt) {
  Document d = makeDoc(
      "Brandt agrees with Okafor that Lima is the best candidate. Most farmers disagreed with the new quota.");
  quotesOf(d);
  const Quote* q = find(d, "Lima is the best candidate");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that Lima is the best candidate");
  EXPECT_EQ(src(d, *q), "Brandt");
  q = find(d, "the new quota");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "disagreed with");
  EXPECT_EQ(src(d, *q), "Most farmers");
}

TEST(Quotes, ParticipleAfterAQuotationEndingInAComma) {
  Document d = makeDoc("The union insisted that the plan was \"reckless,\" saying that jobs would be lost.");
  quotesOf(d);
  const Quote* q = find(d, "jobs would be lost");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that jobs would be lost");
  EXPECT_EQ(cue(d, *q), "saying");
  EXPECT_NE(src(d, *q).find("union"), std::string::npos);
  q = find(d, "the plan was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that the plan was \"reckless,\"");
}

TEST(Quotes, ParticipleAfterWhileAfterOrBefore) {
  Document d = makeDoc(
      "While saying that he respects the judge, Lee criticized the ruling. "
      "Ana Ruiz thanked the staff before explaining why the plant would close.");
  quotesOf(d);
  const Quote* q = find(d, "he respects the judge");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that he respects the judge");
  EXPECT_EQ(src(d, *q), "Lee");
  q = find(d, "why the plant would close");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "explaining");
  EXPECT_EQ(src(d, *q), "Ana Ruiz");
}

TEST(Quotes, OrderAndDeclineTakeAnObjectButNoAdverb) {
  Document d = makeDoc(
      "The judge ordered the release of the files. A spokeswoman, Ana Navas, declined comment on the case. "
      "Ticket sales declined sharply in May.");
  quotesOf(d);
  const Quote* q = find(d, "the release of the files");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "ordered");
  q = find(d, "comment on the case");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(src(d, *q).find("Ana Navas"), std::string::npos);
  EXPECT_EQ(find(d, "sharply"), nullptr);
}

TEST(Quotes, ExpectedAfterNegationOrADegreeAdverb) {
  Document d = makeDoc(
      "The minister isn’t expected to attend the summit. The ruling is widely expected to favor the port.");
  quotesOf(d);
  const Quote* q = find(d, "attend the summit");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "isn’t expected");
  q = find(d, "favor the port");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "is widely expected");
}

TEST(Quotes, ReportedlyReportsItsClause) {
  Document d = makeDoc("The bakery has reportedly drawn complaints from a tenants' group. Lee reportedly said the port was closed.");
  quotesOf(d);
  const Quote* q = find(d, "drawn complaints");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The bakery has reportedly drawn complaints from a tenants' group");
  EXPECT_EQ(cue(d, *q), "reportedly");
  q = find(d, "the port was closed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "reportedly said");
  EXPECT_EQ(d.quotes.size(), 2u);
}

TEST(Quotes, ThatClauseOfAReportingVerbWhoseSubjectIsHardToFind) {
  Document d = makeDoc(
      "Port leaders in Ohio, for instance, noted that the panel had ruled against the union. "
      "Rep. Dana Holt (D-Ore.), chair of the Harbor Committee, said that the dock was ready.");
  quotesOf(d);
  const Quote* q = find(d, "the panel had ruled");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that the panel had ruled against the union");
  EXPECT_EQ(cue(d, *q), "noted");
  EXPECT_EQ(src(d, *q), "Port leaders");
  q = find(d, "the dock was ready");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "said");
  EXPECT_NE(src(d, *q).find("Dana Holt"), std::string::npos);
}

TEST(Quotes, HearerNameEndingInAStopWordEndsTheSentence) {
  Document d = makeDoc("Okoro was kind and careful, a Lagos airport official told The Harbour Times.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "Okoro was kind and careful");
  EXPECT_EQ(src(d, d.quotes[0]), "a Lagos airport official");
}

TEST(Quotes, CoordinatedSubjectIsOneSource) {
  Document d = makeDoc(
      "The airline and the minister confirmed that the flight was canceled. "
      "The ferry will stop at noon, current and former officials said. "
      "The plant closed and the minister said the town would recover.");
  quotesOf(d);
  const Quote* q = find(d, "the flight was canceled");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "The airline and the minister");
  q = find(d, "The ferry will stop at noon");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "current and former officials");
  q = find(d, "the town would recover");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "the minister") << "a clause before 'and' is no conjunct of the subject";
}

TEST(Quotes, ParticipleAfterAStatementNounTakesWhoeverIssuedIt) {
  Document d = makeDoc("The mayor's office put out a statement saying the port would check every ship.");
  quotesOf(d);
  const Quote* q = find(d, "the port would check every ship");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the port would check every ship");
  EXPECT_EQ(cue(d, *q), "saying");
  EXPECT_EQ(src(d, *q), "The mayor's office");
}

TEST(Quotes, SeenAsIsASourcelessOpinion) {
  Document d = makeDoc(
      "The ferry service is increasingly seen as a lifeline for the islands. The coach is loath to be seen as "
      "gloating about the win.");
  quotesOf(d);
  const Quote* q = find(d, "a lifeline for the islands");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The ferry service is increasingly seen as a lifeline for the islands");
  EXPECT_EQ(cue(d, *q), "is increasingly seen as");
  EXPECT_EQ(find(d, "gloating about"), nullptr);
  Document e = makeDoc("The harbor pilot is best known for guiding tankers through the strait.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(cue(e, e.quotes[0]), "is best known for");
}

TEST(Quotes, SeemsLikeAndAppearsWithAPredicate) {
  Document d = makeDoc("The new toll seems like a fair idea. The harbor board appeared ready to approve the plan.");
  quotesOf(d);
  const Quote* q = find(d, "a fair idea");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The new toll seems like a fair idea");
  EXPECT_EQ(cue(d, *q), "seems");
  q = find(d, "ready to approve");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "appeared");
}

TEST(Quotes, StanceObjectAfterALongAsideTakesTheMainSubject) {
  Document d = makeDoc(
      "On Sunday, Pastor Dan Reyes stood at his pulpit in Salem, Oregon, and, citing a verse from Exodus, endorsed "
      "Senator Mia Holt of Idaho.");
  quotesOf(d);
  const Quote* q = find(d, "Senator Mia Holt");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Senator Mia Holt of Idaho");
  EXPECT_EQ(cue(d, *q), "endorsed");
  EXPECT_EQ(src(d, *q), "Pastor Dan Reyes");
  Document e = makeDoc("Speaking in Salem, Ana Ruiz, without naming him, also accused Lee of being a latecomer.");
  quotesOf(e);
  q = find(e, "Lee of being a latecomer");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(e, *q), "Ana Ruiz");
}

TEST(Quotes, NounLikeParticipleAfterACommaIsAParticiple) {
  Document d = makeDoc("The Ruiz campaign rejected the attack, calling it the sign of a nervous opponent.");
  quotesOf(d);
  const Quote* q = find(d, "the sign of a nervous opponent");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "calling");
  EXPECT_EQ(src(d, *q), "The Ruiz campaign");
}

TEST(Quotes, StanceAdjectiveAfterBe) {
  Document d = makeDoc(
      "The mayor has long been critical of the port plan. The union was eager to strike. "
      "Lee is convinced that the bridge will fall.");
  quotesOf(d);
  const Quote* q = find(d, "the port plan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "has long been critical of");
  EXPECT_EQ(src(d, *q), "The mayor");
  q = find(d, "to strike");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "was eager");
  q = find(d, "the bridge will fall");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that the bridge will fall");
  EXPECT_EQ(src(d, *q), "Lee");
}

TEST(Quotes, AccordingToATitleOrAQuotedName) {
  Document d = makeDoc(
      "According to \"Harbor Days\" by Ann Lee, the mayor sold the port in 1990. "
      "According to his \"pay-back\" scheme, firms must return the grants.");
  quotesOf(d);
  const Quote* q = find(d, "the mayor sold the port");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the mayor sold the port in 1990");
  EXPECT_EQ(src(d, *q), "\"Harbor Days\" by Ann Lee");
  q = find(d, "firms must return");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "firms must return the grants");
  EXPECT_EQ(src(d, *q), "his \"pay-back\" scheme");
}

TEST(Quotes, ProgressiveCueAfterAContractedPronoun) {
  Document d = makeDoc("She’s describing the advantages of a longer pier. They're urging the council to act.");
  quotesOf(d);
  const Quote* q = find(d, "the advantages of a longer pier");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "She");
  q = find(d, "to act");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(src(d, *q).find("They"), std::string::npos);
}

TEST(Quotes, CoordinatedCueTakesFirstSubject) {
  Document d = makeDoc("The old farmer visited the co-op, and said the drought had changed everything.");
  quotesOf(d);
  const Quote* q = find(d, "the drought");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the drought had changed everything");
  EXPECT_EQ(src(d, *q), "The old farmer");
}

TEST(Quotes, AccordingToNumberedSource) {
  Document d = makeDoc("Most small firms pay for training, according to a 2014 trade ministry survey.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "Most small firms pay for training");
  EXPECT_EQ(src(d, d.quotes[0]), "a 2014 trade ministry survey");
}

TEST(Quotes, HearerObjectBeforeWhClause) {
  Document d = makeDoc("A local radio host asked the minister Friday how the ferries would be paid for.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "how the ferries would be paid for");
  EXPECT_EQ(src(d, d.quotes[0]), "A local radio host");
}

TEST(Quotes, AppositionSubjectOfTransitiveCue) {
  Document d = makeDoc("Ana Ruiz, a tenant organiser, urged the council during the hearing to freeze rents.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(src(d, d.quotes[0]), "Ana Ruiz, a tenant organiser");
  EXPECT_EQ(cue(d, d.quotes[0]), "urged");
}

TEST(Quotes, SeemAndExpectedWithoutSource) {
  Document d = makeDoc("The harbour plan seemed to stall in the spring, with no vote held.\n\n"
                       "The assembly is expected to approve the budget next week.");
  quotesOf(d);
  const Quote* a = find(d, "harbour");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(d.slice(a->content), "The harbour plan seemed to stall in the spring");
  EXPECT_EQ(cue(d, *a), "seemed");
  EXPECT_FALSE(a->source.has_value());
  const Quote* b = find(d, "assembly");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(d.slice(b->content), "The assembly is expected to approve the budget next week");
  EXPECT_EQ(cue(d, *b), "is expected");
}

TEST(Quotes, PassiveOpinionAndExpectationWithAnAdverb) {
  Document d = makeDoc("The ferry board, which is widely seen as close to the mayor, met on Monday.\n\n"
                       "The new timetable is widely expected to cut two sailings.\n\n"
                       "The pilot was said to favour a strike.\n\n"
                       "The pier was seen by hundreds of visitors.");
  quotesOf(d);
  const Quote* a = find(d, "close to the mayor");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(d.slice(a->content), "which is widely seen as close to the mayor");
  EXPECT_EQ(cue(d, *a), "is widely seen as");
  EXPECT_FALSE(a->source.has_value());
  const Quote* b = find(d, "two sailings");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(d.slice(b->content), "The new timetable is widely expected to cut two sailings");
  const Quote* c = find(d, "favour a strike");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(cue(d, *c), "was said");
  EXPECT_EQ(find(d, "visitors"), nullptr) << "a plain passive of perception is no attribution";
}

TEST(Quotes, InAPollAndBareBeliefClause) {
  Document d = makeDoc("In the latest county survey, most residents back the new bus lanes.\n\n"
                       "Okafor thinks the bridge repairs will overrun.");
  quotesOf(d);
  const Quote* a = find(d, "bus lanes");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(d.slice(a->content), "most residents back the new bus lanes");
  EXPECT_EQ(src(d, *a), "the latest county survey");
  EXPECT_EQ(cue(d, *a), "In");
  const Quote* b = find(d, "bridge");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(d.slice(b->content), "the bridge repairs will overrun");
  EXPECT_EQ(src(d, *b), "Okafor");
}

TEST(Quotes, ProportionSubject) {
  Document d = makeDoc("About four in 10 said the ferry fares were too high.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "the ferry fares were too high");
  EXPECT_EQ(src(d, d.quotes[0]), "About four in 10");
}

TEST(Quotes, ParentheticalCueAfterShortOpening) {
  Document d = makeDoc("It was, she said, one of the wettest summers the valley had seen.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "It was, she said, one of the wettest summers the valley had seen");
  EXPECT_EQ(src(d, d.quotes[0]), "she");
}

TEST(Quotes, BeliefVerbBareClauseWithDeterminer) {
  Document d = makeDoc("Hughes believes a compromise on the toll road is within reach.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "a compromise on the toll road is within reach");
  EXPECT_EQ(cue(d, d.quotes[0]), "believes");
}

TEST(Quotes, AccordingTo) {
  Document d = makeDoc("According to the coast guard, two boats sank near the island.\n\n"
                       "Three fishermen were rescued, according to local police.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "two boats sank near the island");
  EXPECT_EQ(cue(d, d.quotes[0]), "According to");
  EXPECT_EQ(src(d, d.quotes[0]), "the coast guard");
  EXPECT_EQ(d.slice(d.quotes[1].content), "Three fishermen were rescued");
  EXPECT_EQ(src(d, d.quotes[1]), "local police");
}

TEST(Quotes, ToldHearerThat) {
  Document d = makeDoc("Senator Ruth Okafor told reporters that the vote would be delayed.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(d, d.quotes[0]), "told");
  EXPECT_EQ(d.slice(d.quotes[0].content), "that the vote would be delayed");
  EXPECT_EQ(src(d, d.quotes[0]), "Senator Ruth Okafor");
}

TEST(Quotes, ReportedThatAndSaidInAStatement) {
  Document d = makeDoc("A local newspaper reported that the factory would close.\n\n"
                       "The company said in a statement that it regretted the decision.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "that the factory would close");
  EXPECT_EQ(cue(d, d.quotes[0]), "reported");
  EXPECT_EQ(d.slice(d.quotes[1].content), "that it regretted the decision");
  EXPECT_EQ(src(d, d.quotes[1]), "The company");
}

TEST(Quotes, HasSaidAndCueVerbs) {
  const char* verbs[] = {"warned", "added", "noted", "argued", "claimed", "insisted", "announced", "stated",
                         "denied", "acknowledged"};
  for (const char* v : verbs) {
    Document d = makeDoc(std::string("The governor ") + v + " that the budget was balanced.");
    quotesOf(d);
    ASSERT_EQ(d.quotes.size(), 1u) << v;
    EXPECT_EQ(cue(d, d.quotes[0]), v);
    EXPECT_EQ(d.slice(d.quotes[0].content), "that the budget was balanced") << v;
  }
  Document d = makeDoc("The agency has said the river is unsafe for swimming.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(d, d.quotes[0]), "has said");
  EXPECT_EQ(d.slice(d.quotes[0].content), "the river is unsafe for swimming");
}

TEST(Quotes, NoQuoteWithoutCueOrMarks) {
  Document d = makeDoc("The river rose by two metres overnight and flooded the lower town.");
  quotesOf(d);
  EXPECT_TRUE(d.quotes.empty());
  Document d2 = makeDoc("The United States and the region states agreed a budget.");
  quotesOf(d2);
  EXPECT_EQ(find(d2, "budget"), nullptr);
}

TEST(Quotes, PronounResolvesToPreviousNamedSpeakerWithoutActors) {
  Document d = makeDoc("Maria Lindqvist said the strike would go on.\n\nShe said the talks had failed.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(src(d, d.quotes[1]), "She");
  EXPECT_EQ(d.quotes[1].speakerName, "Maria Lindqvist");
}

TEST(Quotes, PronounAndRoleNounResolveThroughActors) {
  Document d = makeDoc(
      "Ole Brand, the port director, said the cranes were idle.\n\n"
      "The Harbour Authority said the channel was closed.\n\n"
      "He said repairs would take a week.\n\n"
      "The authority said it would publish a report.");
  const Tokenized t = tokenize(d);
  Actor person;
  person.name = "Ole Brand";
  person.kind = ActorKind::Person;
  const auto at = [&](std::string_view s) {
    const auto b = d.text.find(s);
    return Span{d.offsets.toCodePoint(b), d.offsets.toCodePoint(b + s.size())};
  };
  person.mentions.push_back(at("Ole Brand"));
  Actor org;
  org.name = "Harbour Authority";
  org.kind = ActorKind::Organisation;
  org.mentions.push_back(at("Harbour Authority"));
  d.actors = {person, org};
  d.quotes = findQuotes(d, t);
  const Quote* he = find(d, "repairs");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(src(d, *he), "He");
  EXPECT_EQ(he->speaker, 0);
  EXPECT_EQ(he->speakerName, "Ole Brand");
  const Quote* role = find(d, "publish");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(src(d, *role), "The authority");
  EXPECT_EQ(role->speaker, 1);
  EXPECT_EQ(role->speakerName, "Harbour Authority");
}

TEST(Quotes, ItResolvesToPreviousOrganisationWithoutActors) {
  Document d = makeDoc("The health ministry said the outbreak was contained.\n\nIt said ten clinics would reopen.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speakerName, "The health ministry");
}

TEST(Quotes, CoordinatedWantOrNeedGoesOnWithTheFirstContent) {
  Document d = makeDoc("The baker said she was weary of the long queues and wanted a second oven for the shop.");
  quotesOf(d);
  const Quote* q = find(d, "she was weary");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "she was weary of the long queues and wanted a second oven for the shop");
}

TEST(Quotes, SubjectRelativeClauseContentEndsBeforeTheMainVerb) {
  Document d = makeDoc("Mr. Okonkwo, who has argued that ferry fares are too high, won the council seat in March.");
  quotesOf(d);
  const Quote* q = find(d, "ferry fares are too high");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that ferry fares are too high");
}

TEST(Quotes, OpeningCoordinatorBeforeANameAndItsApposition) {
  Document d = makeDoc("But Ms. Varga, the harbour envoy, said on Friday that no deal was made.");
  quotesOf(d);
  const Quote* q = find(d, "no deal was made");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that no deal was made");
  EXPECT_NE(q->speakerName.find("Varga"), std::string::npos);

  Document e = makeDoc("And Tomas Berg, a ferry captain, said Lena will win the vote easily.");
  quotesOf(e);
  const Quote* r = find(e, "will win the vote");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(e.slice(r->content), "Lena will win the vote easily");
  EXPECT_NE(r->speakerName.find("Berg"), std::string::npos);
}

TEST(Quotes, OwnedNounAsSubjectEndsBeforeTheMainVerb) {
  Document d = makeDoc("The warden's refusal to reopen the north gate angered the market traders.");
  quotesOf(d);
  const Quote* q = find(d, "reopen the north gate");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "to reopen the north gate");

  Document e = makeDoc("Lindqvist's attacks on the tram depot drew a sharp reply from the union.");
  quotesOf(e);
  const Quote* r = find(e, "the tram depot");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(e.slice(r->content), "the tram depot");
}

TEST(Quotes, QuotationInAnOpeningSubordinateClauseIsItsOwnReport) {
  Document d = makeDoc(
      "While the mayor insisted that \"the budget is balanced,\" auditors said the deficit had doubled.");
  quotesOf(d);
  const Quote* q = find(d, "the budget is balanced");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "insisted");
  const Quote* r = find(d, "the deficit had doubled");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(d.slice(r->content), "the deficit had doubled");
  EXPECT_EQ(cue(d, *r), "said");
  EXPECT_NE(r->speakerName.find("auditors"), std::string::npos);
}

TEST(Quotes, CoordinatedSecondCueEndsTheFirstContent) {
  Document d = makeDoc("The harbour master said the pier was unsafe, adding that repairs would start in May.");
  quotesOf(d);
  const Quote* q = find(d, "the pier was unsafe");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the pier was unsafe");
  const Quote* q2 = find(d, "repairs would start");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "adding");

  Document e = makeDoc("The ferry was late again, according to two passengers on the deck.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.slice(e.quotes[0].content), "The ferry was late again");
}

TEST(Quotes, ParentheticalAfterTheSourceName) {
  Document d = makeDoc("Sen. Ann Marlow (D-Ore.), said on Friday that the bill had no chance.");
  quotesOf(d);
  const Quote* q = find(d, "the bill had no chance");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Sen. Ann Marlow (D-Ore.)");
  EXPECT_NE(q->speakerName.find("Ann Marlow"), std::string::npos);
  EXPECT_EQ(q->speakerName.find('('), std::string::npos) << "the parenthetical is not part of the name";
  EXPECT_EQ(cue(d, *q), "said on Friday");
}

TEST(Quotes, QuantifierAndProportionSubjects) {
  Document d = makeDoc("Many say the toll is too high. About 40 percent of the drivers said they would pay it. "
                       "The two said the bridge was safe.");
  quotesOf(d);
  const Quote* q1 = find(d, "the toll is too high");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Many");
  const Quote* q2 = find(d, "they would pay it");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "About 40 percent of the drivers");
  const Quote* q3 = find(d, "the bridge was safe");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(src(d, *q3), "The two");
  // An article before the verb form makes it a noun.
  Document e = makeDoc("The report was late.");
  EXPECT_TRUE(quotesOf(e).empty());
}

TEST(Quotes, RelativeClauseBetweenSubjectAndCue) {
  Document d = makeDoc("Farmers who lost their crops say the aid came too late.");
  quotesOf(d);
  const Quote* q = find(d, "the aid came too late");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Farmers");
  EXPECT_EQ(cue(d, *q), "say");
}

TEST(Quotes, DashedAsideNamesTheSpeakerBeforeIt) {
  Document d = makeDoc("The inspector -- who toured the mine for a week -- said the shafts were sound.");
  quotesOf(d);
  const Quote* q = find(d, "the shafts were sound");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "The inspector");
}

TEST(Quotes, TitleCaseHeadlineCue) {
  Document d = makeDoc("Mayor Says Flood Barrier Will Hold\n\nThe river rose again on Monday.");
  quotesOf(d);
  const Quote* q = find(d, "Flood Barrier Will Hold");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "Says");
  EXPECT_EQ(src(d, *q), "Mayor");
  // Ordinary capitalised words in a sentence are not cues.
  Document e = makeDoc("Says Farm Road is closed for the season, the sign read.");
  quotesOf(e);
  EXPECT_EQ(find(e, "Farm Road"), nullptr);
}

TEST(Quotes, CueCoversVerbGroupAndStatementPhrase) {
  Document d = makeDoc("The airline did not immediately respond to a request for comment. "
                       "The union said in a statement that the strike would go ahead. "
                       "The pilots added: the roster is unworkable.");
  quotesOf(d);
  const Quote* q1 = find(d, "a request for comment");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "did not immediately respond to");
  EXPECT_EQ(src(d, *q1), "The airline");
  const Quote* q2 = find(d, "the strike would go ahead");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "said in a statement");
  EXPECT_EQ(d.slice(q2->content), "that the strike would go ahead");
  const Quote* q3 = find(d, "roster is unworkable");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "added:");
  Document e = makeDoc("\"The gates stay shut,\" the warden said in a statement.");
  quotesOf(e);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(cue(e, e.quotes[0]), "said in a statement");
  // A noun ending in -ly is the subject, not an adverb of the cue.
  Document f = makeDoc("The family said the house was sold.");
  quotesOf(f);
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(src(f, f.quotes[0]), "The family");
}

TEST(Quotes, TimeAdverbAndAsideAroundTheCue) {
  Document d = makeDoc("Union leaders here say the talks have stalled. The council this week announced "
                       "a new budget for the schools. He believes, for example, that the levy is fair.");
  quotesOf(d);
  const Quote* q1 = find(d, "the talks have stalled");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Union leaders");
  const Quote* q2 = find(d, "a new budget");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "The council");
  const Quote* q3 = find(d, "the levy is fair");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "that the levy is fair");
}

TEST(Quotes, AmbiguousVerbFormsAreNoCues) {
  Document d = makeDoc("The firm tried to sell the plant. Officials know the road well. The states reported gains.");
  quotesOf(d);
  EXPECT_EQ(find(d, "to sell the plant"), nullptr);
  EXPECT_EQ(find(d, "the road well"), nullptr);
}

TEST(Quotes, ParagraphHullStopsAfterTheNextSentence) {
  Document d = makeDoc("\"The dam is full,\" the engineer said. \"We open the gates at dawn.\" The town slept. "
                       "Later the wind rose. \"Nobody was warned about the second wave of water.\"");
  quotesOf(d);
  const Quote* q = find(d, "The dam is full");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(d.slice(q->content).find("gates at dawn"), std::string::npos);
  EXPECT_EQ(d.slice(q->content).find("second wave"), std::string::npos);
}

TEST(Quotes, QuestionAskedIsItsOwnContent) {
  Document d = makeDoc("Asked by reporters on Monday whether the pier would reopen, the mayor shrugged.");
  quotesOf(d);
  const Quote* q = find(d, "whether the pier");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "whether the pier would reopen");
  EXPECT_EQ(cue(d, *q), "Asked");
  EXPECT_EQ(src(d, *q), "reporters");
  Document e = makeDoc("Asked about the delay, the engineer said the trains were old.");
  quotesOf(e);
  const Quote* q2 = find(e, "the delay");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(e.slice(q2->content), "the delay");
  EXPECT_EQ(cue(e, *q2), "Asked about");
  ASSERT_NE(find(e, "the trains were old"), nullptr);
}

TEST(Quotes, PollWithATailBeforeItsVerbOrComma) {
  Document d = makeDoc("A county poll of likely voters released on Tuesday showed the mayor with a wide lead. "
                       "In a survey published last week, most residents backed the levy.");
  quotesOf(d);
  const Quote* q1 = find(d, "the mayor with a wide lead");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "A county poll");
  const Quote* q2 = find(d, "most residents backed the levy");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "a survey published last week");
}

TEST(Quotes, NestedReportKeepsTheOuterAttributionOnly) {
  Document d = makeDoc("The newspaper reported that the minister said the port would close.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(d, d.quotes[0]), "reported");
  EXPECT_EQ(d.slice(d.quotes[0].content), "that the minister said the port would close");
}

TEST(Quotes, ParticipleAfterAPluralSubjectAndRelativeThat) {
  Document d = makeDoc("The hall was full, with many growers backing the new levy. "
                       "The unions that endorsed Mayor Lane say the levy is fair.");
  quotesOf(d);
  const Quote* q1 = find(d, "the new levy");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "backing");
  EXPECT_EQ(src(d, *q1), "many growers");
  const Quote* q2 = find(d, "the levy is fair");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "say");
}

TEST(Quotes, ColonLabelsAndSubheadingsAreNoSpeakers) {
  Document d = makeDoc("Editor's Note: This story was updated on Monday with new figures.\n\n"
                       "Lane: A long shot.\n\n"
                       "MARLOW: We will keep the clinic open all winter.");
  quotesOf(d);
  EXPECT_EQ(find(d, "This story was updated"), nullptr);
  EXPECT_EQ(find(d, "A long shot"), nullptr);
  const Quote* q = find(d, "keep the clinic open");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "MARLOW");
}

TEST(Quotes, TranscriptSpeakerLabelSpeaksToTheEndOfItsParagraph) {
  Document d = makeDoc("HOST: Will the clinic stay open?\n\n"
                       "MARLOW: We will keep it open all winter. The board said it would find the money. Nobody "
                       "loses care.\n\nThe board meets again in March.");
  quotesOf(d);
  const Quote* q = find(d, "keep it open");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content),
            "We will keep it open all winter. The board said it would find the money. Nobody loses care");
  EXPECT_EQ(src(d, *q), "MARLOW");
  EXPECT_EQ(find(d, "meets again"), nullptr);
}

TEST(Quotes, PossessedClaimNounWithThatClause) {
  Document d = makeDoc("Mayor Ann Lane spoke on Monday. She repeated her claim that the bridge was safe. "
                       "The engineer's repeated warning that the dam would fail went unheard. "
                       "The belief that the river is clean is common.");
  quotesOf(d);
  const Quote* q1 = find(d, "the bridge was safe");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "claim");
  EXPECT_EQ(src(d, *q1), "her");
  const Quote* q2 = find(d, "the dam would fail");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "warning");
  EXPECT_EQ(src(d, *q2), "The engineer");
  EXPECT_EQ(find(d, "the river is clean"), nullptr) << "no possessor, no speaker";
}

TEST(Quotes, StrayClosingMarkAndPossessiveNouns) {
  Document d = makeDoc("The council met late\" and the vote was close. Lane's reports circulated for months.\n\n"
                       "\"We will build it,\" Lane said.");
  quotesOf(d);
  EXPECT_EQ(find(d, "the vote was close"), nullptr) << "a mark glued left and spaced right opens nothing";
  EXPECT_EQ(find(d, "circulated for months"), nullptr) << "'s + noun is no cue";
  const Quote* q = find(d, "We will build it");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Lane");
}

TEST(Quotes, AspectVerbBeforeTheCue) {
  Document d = makeDoc("The mayor continues to insist that the bridge is safe. She went on to say the ferry would stay.");
  quotesOf(d);
  const Quote* q1 = find(d, "the bridge is safe");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "continues to insist");
  EXPECT_EQ(src(d, *q1), "The mayor");
  const Quote* q2 = find(d, "the ferry would stay");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "went on to say");
  // A plain infinitive is no cue.
  Document e = makeDoc("The plan is to say nothing until May.");
  EXPECT_TRUE(quotesOf(e).empty());
}

TEST(Quotes, PassiveWithAgent) {
  Document d = makeDoc("The toll plan was sharply criticized by the Drivers Union. "
                       "It is a practice endorsed by Mayor Lane. The bridge was built by engineers.");
  quotesOf(d);
  const Quote* q1 = find(d, "The toll plan");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "was sharply criticized");
  EXPECT_EQ(src(d, *q1), "the Drivers Union");
  const Quote* q2 = find(d, "a practice");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "Mayor Lane");
  EXPECT_EQ(find(d, "The bridge"), nullptr) << "'built' reports nothing";
}

TEST(Quotes, ColonCueIntroducesTheNextParagraphsQuotation) {
  Document d = makeDoc("In a letter to the port, the harbour master wrote:\n\n"
                       "\"The pier stays closed until the divers finish their survey.\"\n\nShips waited offshore.");
  quotesOf(d);
  const Quote* q = find(d, "The pier stays closed");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(cue(d, *q), "wrote:");
  EXPECT_EQ(src(d, *q), "the harbour master");
}

TEST(Quotes, AccordingToInsideAndAroundTheContent) {
  Document d = makeDoc("Since last spring, according to the river authority, the water has risen by a metre. "
                       "(According to the ferry company, it does not keep records of delays.)");
  quotesOf(d);
  const Quote* q1 = find(d, "the water has risen");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content).rfind("Since last spring", 0), 0u) << d.slice(q1->content);
  EXPECT_EQ(cue(d, *q1), "according to");
  const Quote* q2 = find(d, "does not keep records");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "the ferry company");
}

TEST(Quotes, HearerEndingTheSentenceIsNoContent) {
  Document d = makeDoc("The ferry will run again in May, a harbour spokesman told The Coastal Herald. "
                       "Tolls rose twice last year, the port manager told The Washington Post on Monday.");
  quotesOf(d);
  const Quote* q1 = find(d, "ferry will run again");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "The ferry will run again in May");
  EXPECT_EQ(src(d, *q1), "a harbour spokesman");
  EXPECT_EQ(cue(d, *q1), "told");
  const Quote* q2 = find(d, "Tolls rose twice");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "Tolls rose twice last year");
  EXPECT_EQ(find(d, "Coastal Herald"), nullptr);
  EXPECT_EQ(find(d, "Washington Post"), nullptr);
}

TEST(Quotes, LongTitleSubjectRunsBackToTheComma) {
  Document d = makeDoc("Two trucks were stopped at the border, Northland foreign affairs ministry spokesman "
                       "Ben Carl Abel said Thursday.");
  quotesOf(d);
  const Quote* q = find(d, "trucks were stopped");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Two trucks were stopped at the border");
  EXPECT_EQ(src(d, *q), "Northland foreign affairs ministry spokesman Ben Carl Abel");
}

TEST(Quotes, AppositionSubjectWithAdverbBeforeTheCue) {
  Document d = makeDoc("Ann Lee, a spokeswoman for the port, also declined to comment on the plan. "
                       "Bob Ray, the dock organiser who founded the union in 1979, has endorsed Carl Dee for mayor.");
  quotesOf(d);
  const Quote* q1 = find(d, "to comment on the plan");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Ann Lee, a spokeswoman for the port");
  EXPECT_EQ(q1->speakerName, "Ann Lee");
  const Quote* q2 = find(d, "Carl Dee for mayor");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "has endorsed");
  EXPECT_EQ(q2->speakerName, "Bob Ray");
}

TEST(Quotes, ParentheticalCueInsideAShortOrDeterminerLedClause) {
  Document d = makeDoc("The fix, the engineer told them, was cheap. "
                       "Over the coming decade, many planners say, the harbour will silt up.");
  quotesOf(d);
  const Quote* q1 = find(d, "The fix");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "The fix, the engineer told them, was cheap");
  const Quote* q2 = find(d, "Over the coming decade");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "Over the coming decade, many planners say, the harbour will silt up");
  EXPECT_EQ(src(d, *q2), "many planners");
  // A noun phrase after the parenthetical is an apposition to the content, not its rest.
  Document d2 = makeDoc("Two ferry lines resumed service from the island on Monday, the port authority said, the first "
                        "time the two lines have run together.");
  quotesOf(d2);
  const Quote* q3 = find(d2, "resumed service");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d2.slice(q3->content), "Two ferry lines resumed service from the island on Monday");
}

TEST(Quotes, TitleCaseQuotationIsATitleNotAQuote) {
  Document d = makeDoc("She later became the host of \"The Late Hour with Ann Lee,\" a talk show on regional radio. "
                       "The crowd outside the hall kept chanting \"Close the Port Now!\" until midnight.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Late Hour"), nullptr);
  EXPECT_NE(find(d, "Close the Port Now"), nullptr);
}

TEST(Quotes, RelativeClauseWithItsOwnCueIsItsOwnAttribution) {
  Document d = makeDoc("The mayor urged the council to delay the vote, which she said was not a final decision.");
  quotesOf(d);
  const Quote* q1 = find(d, "to delay the vote");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "the council to delay the vote");
  const Quote* q2 = find(d, "not a final decision");
  ASSERT_NE(q2, nullptr);
  EXPECT_NE(q1, q2);
  EXPECT_EQ(src(d, *q2), "she");
}

TEST(Quotes, AdjunctAfterTheCueIsNoContent) {
  Document d = makeDoc("The ferry company said in a statement. The port authority told reporters on Monday. "
                       "The win added to her lead after a long campaign.");
  quotesOf(d);
  EXPECT_EQ(find(d, "in a statement"), nullptr);
  EXPECT_EQ(find(d, "on Monday"), nullptr);
  EXPECT_EQ(find(d, "her lead"), nullptr);
  Document d2 = makeDoc("The mayor talked about the new bridge.");
  quotesOf(d2);
  EXPECT_NE(find(d2, "the new bridge"), nullptr);
}

TEST(Quotes, NamesModifiersAndNounsAreNoCues) {
  Document d = makeDoc("Her sister runs a cafe called \"Harbour Days\" near the docks. "
                       "The union's reported membership fell sharply after the vote. "
                       "Many pensioners lack retirement plans through their former employers. "
                       "Ann Lee pointed to her steady rise in the polls.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Harbour Days"), nullptr);
  EXPECT_EQ(find(d, "membership fell"), nullptr);
  EXPECT_EQ(find(d, "through their former employers"), nullptr);
  EXPECT_EQ(find(d, "pointed to her steady rise"), nullptr);
  Document d2 = makeDoc("Ann Lee plans to add two boats next year.");
  quotesOf(d2);
  EXPECT_NE(find(d2, "to add two boats"), nullptr);
}

TEST(Quotes, FunctionWordsInsideNamesAndQuotationBeforeAnAside) {
  Document d = makeDoc("\"It is a costly model,\" said Will Dorn, a professor at the college. "
                       "Prime Minister Theresa May said the talks would resume.\n\n"
                       "\"And I am not being paid!\" Lee declared, a point he makes often.");
  quotesOf(d);
  const Quote* q1 = find(d, "costly model");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Will Dorn");
  const Quote* q2 = find(d, "talks would resume");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "said");
  EXPECT_EQ(src(d, *q2), "Prime Minister Theresa May");
  const Quote* q3 = find(d, "not being paid");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "declared");
  EXPECT_EQ(find(d, "a point he makes often"), nullptr);
}

TEST(Quotes, HearerBeforeABareClauseAndThisOpeningAClause) {
  Document d = makeDoc("While the unions pushed for new talks, Corbin told reporters this was a rare chance. "
                       "He tells audiences the port may close.");
  quotesOf(d);
  const Quote* q1 = find(d, "a rare chance");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "this was a rare chance");
  EXPECT_EQ(src(d, *q1), "Corbin");
  const Quote* q2 = find(d, "the port may close");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the port may close");
}

TEST(Quotes, ParticipleAsideInsideADirectHullIsKept) {
  Document d = makeDoc("\"That is the big question,\" Clark said, noting that he would back any other candidate. "
                       "\"We have a deep bench.\"");
  quotesOf(d);
  const Quote* q1 = find(d, "big question");
  ASSERT_NE(q1, nullptr);
  EXPECT_TRUE(q1->direct);
  const Quote* q2 = nullptr;
  for (const Quote& q : d.quotes)
    if (cue(d, q) == "noting") q2 = &q;
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "that he would back any other candidate");
  EXPECT_EQ(cue(d, *q2), "noting");
  EXPECT_EQ(src(d, *q2), "Clark");
}

TEST(Quotes, MoreStanceAndRecallVerbs) {
  Document d = makeDoc("The mayor bemoaned the slow pace of the repairs. Lee remembered that the bridge had flooded twice. "
                       "Ray outlined a plan to widen the harbour. The crowd chanted \"Open the port!\" for an hour. "
                       "The senator pressed for a new vote.");
  quotesOf(d);
  const Quote* q1 = find(d, "slow pace");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "the slow pace of the repairs");
  EXPECT_EQ(cue(d, *q1), "bemoaned");
  const Quote* q2 = find(d, "bridge had flooded");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "Lee");
  const Quote* q3 = find(d, "widen the harbour");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "outlined");
  const Quote* q4 = find(d, "Open the port");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(cue(d, *q4), "chanted");
  const Quote* q5 = find(d, "a new vote");
  ASSERT_NE(q5, nullptr);
  EXPECT_EQ(cue(d, *q5), "pressed for");
}

TEST(Quotes, PleasAndParticleStances) {
  Document d = makeDoc("The clerk pleaded guilty to taking bribes from a builder. The court sided with the union. "
                       "In the interview she touched on the new ferry contract.");
  quotesOf(d);
  const Quote* q1 = find(d, "taking bribes");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "pleaded");
  const Quote* q2 = find(d, "the union");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "sided with");
  const Quote* q3 = find(d, "ferry contract");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "touched on");
}

TEST(Quotes, StanceObjectsOfProposalAndRejectionVerbs) {
  Document d = makeDoc("The council unveiled a plan to rebuild the pier. Lee invoked the old harbour charter. "
                       "The union resisted any cut to night shifts. The board balked at the price of the cranes.");
  quotesOf(d);
  const Quote* q1 = find(d, "rebuild the pier");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "unveiled");
  const Quote* q2 = find(d, "harbour charter");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "invoked");
  const Quote* q3 = find(d, "night shifts");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "resisted");
  const Quote* q4 = find(d, "price of the cranes");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(cue(d, *q4), "balked at");
}

TEST(Quotes, StanceParticipleAfterAnyNounHasItAsSubject) {
  Document d = makeDoc("The older population praising the mayor turned out early. One pastor endorsing Lee spoke first.");
  quotesOf(d);
  const Quote* q1 = find(d, "the mayor");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "praising");
  EXPECT_EQ(src(d, *q1), "The older population");
  const Quote* q2 = find(d, "Lee");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "One pastor");
}

TEST(Quotes, OpeningPhraseBeforeTheSubjectIsNoContent) {
  Document d = makeDoc("In 2007, the party saw its vote share rise. For once, a survey shows Lee leading the race. "
                       "Ann Lee, in her campaign, suggested she'll turn to her brother for advice.");
  quotesOf(d);
  EXPECT_EQ(find(d, "In 2007"), nullptr);
  const Quote* q1 = find(d, "leading the race");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "Lee leading the race");
  EXPECT_EQ(find(d, "For once"), nullptr);
  const Quote* q2 = find(d, "turn to her brother");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speakerName, "Ann Lee");
}

TEST(Quotes, AppositionAfterAQuotationAndOneWordQuotations) {
  Document d = makeDoc("\"Yes, I back the plan,\" Bob Ray, founder of the Port Research Center, tells Harbour News.\n\n"
                       "\"Okay,\" Lee said, trying to regroup. \"I was young then.\"");
  quotesOf(d);
  const Quote* q1 = find(d, "I back the plan");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "tells");
  EXPECT_EQ(q1->speakerName, "Bob Ray");
  const Quote* q2 = find(d, "Okay");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "said");
  EXPECT_EQ(src(d, *q2), "Lee");
  EXPECT_NE(d.slice(q2->content).find("I was young then"), std::string::npos);
}

TEST(Quotes, CueSentenceAfterAQuestionOrExclamation) {
  Document d = makeDoc("\"Who do these people think they are?\" Lee said of the firm in February. "
                       "\"We need our fix!\" Ray said to the radio host.");
  quotesOf(d);
  const Quote* q1 = find(d, "Who do these people");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "said");
  EXPECT_EQ(src(d, *q1), "Lee");
  const Quote* q2 = find(d, "We need our fix");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "Ray");
  EXPECT_EQ(find(d, "of the firm"), nullptr);
}

TEST(Quotes, NestedClosingMarksColonAfterWeakCueAndPutIt) {
  Document d = makeDoc("''They tell me, 'Go back home,''' said Mr. Regal, who was born abroad. "
                       "Mark Mahey, an analyst at Ord Markets, agreed: ''They have a great brand.'' "
                       "As Tom Rand put it: ''The gates are open.''");
  quotesOf(d);
  const Quote* q1 = find(d, "Go back home");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Mr. Regal");
  const Quote* q2 = find(d, "great brand");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speakerName, "Mark Mahey");
  const Quote* q3 = find(d, "gates are open");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(src(d, *q3), "Tom Rand");
}

TEST(Quotes, MainClauseSubjectAfterAnOpeningPhrase) {
  Document d = makeDoc("In April, Lee called the plan a disgrace and threatened to quit the board. "
                       "For months, Ray stayed quiet, arguing he did not want to tip the scales.");
  quotesOf(d);
  const Quote* q1 = find(d, "to quit the board");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Lee");
  const Quote* q2 = find(d, "tip the scales");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "Ray");
}

TEST(Quotes, OutOfProportionIsASource) {
  Document d = makeDoc("Almost eight out of 10 say the harbour needs new cranes.");
  quotesOf(d);
  const Quote* q = find(d, "new cranes");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Almost eight out of 10");
}

TEST(Quotes, AppositionSubjectBeatsInversionBeforeAClause) {
  Document d = makeDoc("Carl Dorn, a harbour pilot from Tain, said the new cranes are too slow for the port. "
                       "Ann Lee, chair of the port board, said Lee supporters plan to block the vote.");
  quotesOf(d);
  const Quote* q1 = find(d, "too slow");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "the new cranes are too slow for the port");
  EXPECT_EQ(q1->speakerName, "Carl Dorn");
  const Quote* q2 = find(d, "block the vote");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "Lee supporters plan to block the vote");
  EXPECT_EQ(q2->speakerName, "Ann Lee");
}

TEST(Quotes, QuotationAfterACueThatFollowsAnOpeningPhrase) {
  Document d = makeDoc("In her speech on the pier, the mayor said, \"We will rebuild it by spring.\"");
  quotesOf(d);
  const Quote* q = find(d, "rebuild it");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "\"We will rebuild it by spring.\"");
  EXPECT_EQ(find(d, "In her speech"), nullptr);
}

TEST(Quotes, ParticiplePhraseOpeningIsNoContent) {
  Document d = makeDoc("Speaking at the pier on Monday, Lee found the cranes idle.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Speaking at the pier"), nullptr);
}

TEST(Quotes, RelativeClauseAfterAnInvertedSourceIsNoContent) {
  Document d = makeDoc("The pier will reopen in May, said a union official who asked not to be named.");
  quotesOf(d);
  const Quote* q = find(d, "pier will reopen");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The pier will reopen in May");
  EXPECT_EQ(src(d, *q), "a union official");
}

TEST(Quotes, AppositionSubjectWithANamedPlaceInside) {
  Document d = makeDoc("Critics, including several shop owners on Harbour Street, argue the lanes hurt sales.");
  Resources res = Resources::load();
  const Document full = extractText(d.text, res);
  const Quote* q = find(full, "hurt sales");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(full.slice(q->content), "the lanes hurt sales");
  EXPECT_EQ(q->speakerName, "Critics");
}

TEST(Quotes, NamedHearerBeforeABareClauseAndAnonymityTerms) {
  Document d = makeDoc("Economist Sara Kim told Harbour Radio the deficit could grow. "
                       "\"It is a mess,\" said one official, who spoke on condition of anonymity.");
  quotesOf(d);
  const Quote* q1 = find(d, "deficit could grow");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "the deficit could grow");
  EXPECT_EQ(find(d, "condition of anonymity"), nullptr);
}

TEST(Quotes, ParticipleAfterALongCueTakesItsSpeakerNotAQuotedWord) {
  Document d = makeDoc("\"We had no choice,\" Mayor Ann Lee told a crowded news conference at the pier on Friday, adding "
                       "that the decision was hard.");
  quotesOf(d);
  const Quote* q = find(d, "decision was hard");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "adding");
  EXPECT_EQ(src(d, *q), "Mayor Ann Lee");
}

TEST(Quotes, RoleNounTailsNumbersAfterOfAndShortNamesBeforeAnApposition) {
  Document d = makeDoc("A spokesman for the ministry said: \"We are working on it.\"\n\n"
                       "\"Frankly, I was shocked,\" the 54-year-old mother of three said in an interview.\n\n"
                       "Sam Lau, the director for the harbour board said in a statement that it was fine.");
  quotesOf(d);
  const Quote* q1 = find(d, "working on it");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "A spokesman for the ministry");
  const Quote* q2 = find(d, "I was shocked");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "the 54-year-old mother of three");
  const Quote* q3 = find(d, "it was fine");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(q3->speakerName, "Sam Lau");
  EXPECT_EQ(find(d, "Sam Lau"), nullptr);
}

TEST(Quotes, QuotationInsideAPhraseBeforeTheSourceIsNoContent) {
  Document d = makeDoc("Walking in to chants of \"four more years,\" the senator said her campaign was closing strong. "
                       "Speaking on Harbour Radio's \"Morning Desk,\" Ann Lee said the port would reopen.");
  quotesOf(d);
  const Quote* q1 = find(d, "closing strong");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(d.slice(q1->content), "her campaign was closing strong");
  const Quote* q2 = find(d, "port would reopen");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the port would reopen");
  EXPECT_EQ(src(d, *q2), "Ann Lee");
}

TEST(Quotes, OpeningPhraseIsNeverPartOfTheContentOfALaterCue) {
  Document d = makeDoc("Over a long career in the port, Lee has advised, in no particular order, two mayors and a governor. "
                       "Since the vote on the pier, the mayor asked the council for a new survey.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Over a long career"), nullptr);
  const Quote* q1 = find(d, "two mayors");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "Lee");
  EXPECT_EQ(find(d, "Since the vote"), nullptr);
}

TEST(Quotes, ShortTitleInsideAnApposition) {
  Document d = makeDoc("Dana Perl, a host of \"The Hour\", refused to go along with the plan.");
  quotesOf(d);
  const Quote* q = find(d, "go along with the plan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "Dana Perl");
}

TEST(Quotes, NegativeContractionBelongsToTheCue) {
  Document d = makeDoc("The board didn't endorse Lee. The union doesn’t expect a deal this year.");
  quotesOf(d);
  const Quote* q1 = find(d, "Lee");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(src(d, *q1), "The board");
  EXPECT_EQ(cue(d, *q1), "didn't endorse");
  const Quote* q2 = find(d, "a deal");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "The union");
}

TEST(Quotes, ContractedPronounSourceResolvesLikeThePronoun) {
  Document d = makeDoc("Ann Lee said the pier was safe. She’d told reporters that the plan was dead.");
  quotesOf(d);
  const Quote* q = find(d, "plan was dead");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "Ann Lee");
}

TEST(Quotes, NameInAppositionToACommonNounIsTheSpeaker) {
  Document d = makeDoc("The union leader, Carla Dominguez, said the strike would go on. \"We are ready,\" she said. "
                       "A senior port official, speaking on background, said the talks had stalled.");
  quotesOf(d);
  const Quote* q1 = find(d, "strike would go on");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(q1->speakerName, "Carla Dominguez");
  const Quote* q2 = find(d, "We are ready");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speakerName, "Carla Dominguez");
  EXPECT_EQ(find(d, "background"), nullptr);
}

TEST(Quotes, PassiveAskedTakesItsQuestion) {
  Document d = makeDoc("The mayor has been asked to publish the port records. Lee was asked by a listener why the ferry was late.");
  quotesOf(d);
  const Quote* q1 = find(d, "publish the port records");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ(cue(d, *q1), "has been asked");
  const Quote* q2 = find(d, "why the ferry was late");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "a listener");
}

TEST(Quotes, AskedWithAnOccasionBeforeTheQuestion) {
  Document d = makeDoc("When asked at the harbour meeting about the merger, she stood by the deal.");
  quotesOf(d);
  const Quote* q = find(d, "the merger");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the merger");
}

TEST(Quotes, AskedAsideInsideADirectHullIsKept) {
  Document d = makeDoc("\"It has been seven years,\" Lee said, asked about the delay. \"Why should I wait?\"");
  quotesOf(d);
  const Quote* q = nullptr;
  for (const Quote& x : d.quotes)
    if (cue(d, x) == "asked about") q = &x;
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the delay");
  ASSERT_NE(find(d, "seven years"), nullptr);
  EXPECT_TRUE(find(d, "seven years")->direct);
}

TEST(Quotes, DemonstrativeObjectOfAStanceVerb) {
  Document d = makeDoc("The pier is public land, although Northland disputes this.");
  quotesOf(d);
  const Quote* q = nullptr;
  for (const Quote& x : d.quotes)
    if (cue(d, x) == "disputes") q = &x;
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "this");
  EXPECT_EQ(src(d, *q), "Northland");
}

TEST(Quotes, RelativeSayClauseInsideADirectHullIsKept) {
  Document d = makeDoc(
      "\"The ferries are always late,\" said Ana Ruiz, a nurse who said she would stop taking the boat. \"I have "
      "had enough.\" \"We are busy,\" said Tom Hale, who endorsed the mayor. \"Very busy.\"");
  quotesOf(d);
  const Quote* q = nullptr;
  for (const Quote& x : d.quotes)
    if (d.slice(x.content) == "she would stop taking the boat") q = &x;
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "said");
  EXPECT_FALSE(q->direct);
  ASSERT_NE(find(d, "always late"), nullptr);
  EXPECT_TRUE(find(d, "always late")->direct);
  // An object that describes the speaker ("who endorsed the mayor") stays inside the hull.
  for (const Quote& x : d.quotes) EXPECT_NE(d.slice(x.content), "the mayor");
}

TEST(Quotes, SoundedANoteOrSoundedOffIsACue) {
  {
    Document d = makeDoc("The union chief sounded a wary note about the ferry deal.");
    quotesOf(d);
    const Quote* q = find(d, "the ferry deal");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(d.slice(q->content), "the ferry deal");
    EXPECT_EQ(cue(d, *q), "sounded a wary note about");
    EXPECT_EQ(src(d, *q), "The union chief");
  }
  {
    Document d = makeDoc("On the radio, the retired judge sounded off on the harbour board.");
    quotesOf(d);
    const Quote* q = find(d, "harbour board");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(cue(d, *q), "sounded off on");
  }
  {
    Document d = makeDoc("The school bell sounded at noon and the pupils left.");
    quotesOf(d);
    EXPECT_TRUE(d.quotes.empty());
  }
}

TEST(Quotes, CameOutAgainstIsAStance) {
  {
    Document d = makeDoc("In the spring, the mayor came out against the harbour toll.");
    quotesOf(d);
    const Quote* q = find(d, "the harbour toll");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(d.slice(q->content), "the harbour toll");
    EXPECT_EQ(cue(d, *q), "came out against");
    EXPECT_EQ(src(d, *q), "the mayor");
  }
  {
    Document d = makeDoc("The dockers' union spoke out in favor of the ferry plan.");
    quotesOf(d);
    const Quote* q = find(d, "the ferry plan");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(cue(d, *q), "spoke out in favor of");
  }
  {
    Document d = makeDoc("The players came out for the second half and scored twice.");
    quotesOf(d);
    EXPECT_TRUE(d.quotes.empty());
  }
}

TEST(Quotes, AttitudeAdjectiveTowardATopicIsAStance) {
  {
    Document d = makeDoc("The chief engineer is upbeat about the bridge repairs.");
    quotesOf(d);
    const Quote* q = find(d, "the bridge repairs");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(d.slice(q->content), "the bridge repairs");
    EXPECT_EQ(cue(d, *q), "is upbeat about");
    EXPECT_EQ(src(d, *q), "The chief engineer");
  }
  {
    Document d = makeDoc("Several shop owners are confident in the new harbour master.");
    quotesOf(d);
    const Quote* q = find(d, "the new harbour master");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(cue(d, *q), "are confident in");
  }
}

TEST(Quotes, StanceAgentNounAfterBe) {
  {
    Document d = makeDoc("The retired captain has been a fierce critic of the ferry timetable.");
    quotesOf(d);
    const Quote* q = find(d, "the ferry timetable");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(d.slice(q->content), "the ferry timetable");
    EXPECT_EQ(cue(d, *q), "has been a fierce critic of");
    EXPECT_EQ(src(d, *q), "The retired captain");
  }
  {
    Document d = makeDoc("Weber is no fan of the council.");
    quotesOf(d);
    const Quote* q = find(d, "the council");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(cue(d, *q), "is no fan of");
  }
}

TEST(Quotes, StanceAfterBeTakesTheNameBeforeAShortApposition) {
  for (const char* text : {"Ana Ruiz, 43, is an ardent backer of the harbour plan.",
                           "Rep. Joe Abel, D-Ohio, was critical of the harbour plan."}) {
    Document d = makeDoc(text);
    quotesOf(d);
    const Quote* q = find(d, "the harbour plan");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(d.slice(q->content), "the harbour plan");
    EXPECT_NE(q->speakerName.find(std::string_view(text).substr(0, 3)), std::string::npos) << q->speakerName;
  }
}

TEST(Quotes, HopeForIsAParticleCue) {
  Document d = makeDoc("His aides have hoped for a third-place finish in the county vote.");
  quotesOf(d);
  const Quote* q = find(d, "third-place finish");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "a third-place finish in the county vote");
  EXPECT_EQ(cue(d, *q), "have hoped for");
  EXPECT_EQ(src(d, *q), "His aides");
}

TEST(Quotes, ThrewSupportBehindIsAnEndorsement) {
  {
    Document d = makeDoc("The nurses' union threw its full support behind Kim Lee.");
    quotesOf(d);
    const Quote* q = find(d, "Kim Lee");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(d.slice(q->content), "Kim Lee");
    EXPECT_EQ(cue(d, *q), "threw its full support behind");
  }
  {
    Document d = makeDoc("The boy threw the ball behind the fence.");
    quotesOf(d);
    EXPECT_TRUE(d.quotes.empty());
  }
}

TEST(Quotes, SeedArticleAcceptance) {
  const std::filesystem::path path =
      std::filesystem::path(WIREMAP_SHARED_DIR) / "seed" / "reuters-korea-japan-us-air-drill.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "seed article not present: " << path;
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  const Resources res = Resources::load();
  const Document d = extractText(ss.str(), res);

  const Quote* q1 = find(d, "illuminating a future path");
  ASSERT_NE(q1, nullptr);
  EXPECT_TRUE(q1->direct);
  EXPECT_EQ(cue(d, *q1), "said");
  EXPECT_NE(q1->speakerName.find("Caine"), std::string::npos);
  const Quote* q2 = find(d, "mindful of that");
  ASSERT_NE(q2, nullptr);
  EXPECT_TRUE(q2->direct);
  ASSERT_NE(q2->continues, kNone);
  EXPECT_EQ(&d.quotes[static_cast<std::size_t>(q2->continues)], q1);
  EXPECT_NE(q2->speakerName.find("Caine"), std::string::npos);

  const Quote* q3 = find(d, "discussed the deployment");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "said");

  const Quote* q4 = find(d, "conducted a joint air drill");
  ASSERT_NE(q4, nullptr);
  EXPECT_FALSE(q4->direct);
  EXPECT_NE(q4->speakerName.find("defence ministry"), std::string::npos);
  const Quote* q5 = find(d, "B-52H strategic bomber was deployed");
  ASSERT_NE(q5, nullptr);
  EXPECT_EQ(src(d, *q5), "it");
  EXPECT_NE(q5->speakerName.find("defence ministry"), std::string::npos) << q5->speakerName;
  const Quote* q6 = find(d, "held an annual meeting in Seoul");
  ASSERT_NE(q6, nullptr);
  EXPECT_EQ(src(d, *q6), "the defence ministry");
  const Quote* q7 = find(d, "maintain a strong deterrence");
  ASSERT_NE(q7, nullptr);
  EXPECT_NE(q7->speakerName.find("Foreign Ministry"), std::string::npos);
  const Quote* q8 = find(d, "looking into when North Korean leader");
  ASSERT_NE(q8, nullptr);
  EXPECT_EQ(cue(d, *q8), "reported");
  EXPECT_NE(src(d, *q8).find("RIA"), std::string::npos);
  const Quote* q9 = find(d, "no immediate plans for a visit");
  ASSERT_NE(q9, nullptr);
  EXPECT_EQ(cue(d, *q9), "had said");
  EXPECT_NE(q9->speakerName.find("Peskov"), std::string::npos);
  const Quote* q10 = find(d, "preparing to deploy additional troops");
  ASSERT_NE(q10, nullptr);
  EXPECT_EQ(cue(d, *q10), "has said");
  EXPECT_NE(src(d, *q10).find("intelligence service"), std::string::npos);
  // Byline and image tags are not quotes.
  EXPECT_EQ(find(d, "Reporting by"), nullptr);
}

TEST(Quotes, TheAndARoleNounIsTheLatestPersonWithThatTitle) {
  const Resources res = Resources::load();  // the pipeline finds the actors and their titles
  const Document d = extractText(
      "Mayor Ines Corbett opened the new bridge on Monday. Councillor Tom Reyes said the cost had doubled. "
      "\"It was worth every cent,\" the mayor said. \"Too slow,\" a councillor said of the works.",
      res);
  const Quote* q = find(d, "worth every cent");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "the mayor");
  EXPECT_EQ(q->speakerName, "Ines Corbett");
  q = find(d, "Too slow");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "a councillor");  // an indefinite role noun names no one in particular
}

TEST(Quotes, RoleWithAPrepositionalTailBeforeANameApposition) {
  for (const char* text : {"A spokesperson for the city, Devon Ames, said in an email that the pools would stay shut.",
                           "A lawyer for the family, Devon Ames, said the pools would stay shut."}) {
    Document d = makeDoc(text);
    quotesOf(d);
    const Quote* q = find(d, "the pools would stay shut");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(cue(d, *q).substr(0, 4), "said") << text;
    EXPECT_EQ(src(d, *q).substr(0, 2), "A ") << text;
    EXPECT_NE(src(d, *q).find("Devon Ames"), std::string::npos) << text;
  }
}

TEST(Quotes, ComparativeAsWithAnAuxiliaryEndsTheContent) {
  Document d = makeDoc("Two trustees said on Monday they would not back the levy, as has the chair of the board.");
  quotesOf(d);
  const Quote* q = find(d, "would not back the levy");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "they would not back the levy");
}

TEST(Quotes, SubjectPronounAfterATimePhraseOpensTheContent) {
  for (const char* text : {"Two trustees said on Monday they would not back the levy, and the chair agreed.",
                           "Two trustees said last week they would not back the levy."}) {
    Document d = makeDoc(text);
    quotesOf(d);
    const Quote* q = find(d, "would not back the levy");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(d.slice(q->content).substr(0, 28), "they would not back the levy") << text;
    EXPECT_EQ(src(d, *q), "Two trustees") << text;
  }
}

TEST(Quotes, SheAndHeSkipASpeakerOfTheOtherGender) {
  Document d = makeDoc(
      "Tomas Berg said the tariff would hurt farmers. Ingrid Holm, the author of the bill, was calm. "
      "\"Farmers asked for this,\" she said. Berg shook his head. \"It is a tax,\" he said.");
  const auto actor = [&](const std::string& name, Gender g) {
    Actor a;
    a.name = name;
    a.kind = ActorKind::Person;
    a.gender = g;
    for (auto b = d.text.find(name); b != std::string::npos; b = d.text.find(name, b + 1))
      a.mentions.push_back(Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + name.size())});
    return a;
  };
  d.actors = {actor("Tomas Berg", Gender::Male), actor("Ingrid Holm", Gender::Female)};
  quotesOf(d);
  const Quote* she = find(d, "Farmers asked");
  ASSERT_NE(she, nullptr);
  EXPECT_EQ(she->speakerName, "Ingrid Holm") << "not the previous speaker, a man";
  const Quote* he = find(d, "It is a tax");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->speakerName, "Tomas Berg");
  // Without genders the pronoun continues the previous speaker, as before.
  for (Actor& a : d.actors) a.gender = Gender::Unknown;
  quotesOf(d);
  she = find(d, "Farmers asked");
  ASSERT_NE(she, nullptr);
  EXPECT_EQ(she->speakerName, "Tomas Berg");
}

TEST(Quotes, GendersFromGivenNamesInThePipeline) {
  const Resources res = Resources::load();
  ASSERT_NE(res.givenNames, nullptr);
  const Document d = extractText(
      "Councillor Peter Okafor said the ferry levy would be scrapped. Mayor Susan Whitby, the author of the levy, "
      "did not give up. \"We need the money for the pier,\" she said.",
      res);
  const Quote* q = find(d, "money for the pier");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "she");
  EXPECT_NE(q->speakerName.find("Whitby"), std::string::npos) << q->speakerName;
}

TEST(Quotes, NameInAppositionToAPossessiveRoleIsTheSpeaker) {
  Document d = makeDoc("Mayor Lund's press secretary, Ivo Marsh, said the mayor would not comment.");
  Actor lund;
  lund.name = "Lund";
  lund.kind = ActorKind::Person;
  lund.mentions.push_back(Span{6, 10});
  Actor marsh;
  marsh.name = "Ivo Marsh";
  marsh.kind = ActorKind::Person;
  marsh.mentions.push_back(Span{30, 39});
  ASSERT_EQ(d.slice(lund.mentions[0]), "Lund");
  ASSERT_EQ(d.slice(marsh.mentions[0]), "Ivo Marsh");
  d.actors = {lund, marsh};
  quotesOf(d);
  const Quote* q = find(d, "would not comment");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "Ivo Marsh") << "not the mayor whose secretary speaks";
}

TEST(Quotes, NounishCueAfterAnAppositionSubjectKeepsItsClause) {
  // The name before the apposition is the subject, so "hopes" is the verb, not a noun.
  Document d = makeDoc("Mara Quist, who has raised more money than votes so far, hopes her tour of the valley towns "
                       "will turn the race around.\n\n\"Nobody listened to us.\"\n\nThe Valley Water Board, a regional "
                       "agency with a large budget, declined to comment.");
  quotesOf(d);
  const Quote* q = find(d, "tour of the valley towns");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "her tour of the valley towns will turn the race around");
  EXPECT_EQ(cue(d, *q), "hopes");
  EXPECT_EQ(src(d, *q), "Mara Quist, who has raised more money than votes so far");
  // A refusal to comment takes no quotation before it as its content.
  const Quote* q2 = find(d, "Nobody listened");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "");
}

TEST(Quotes, WeakCueAfterAnOpeningSentenceAdverbReportsTheClauseAfterIt) {
  Document d = makeDoc("Still, union organizers believe their new phone drive will lift turnout in the mill towns.\n\n"
                       "Even so, berry growers suspect their harvest may rot in the fields.");
  quotesOf(d);
  const Quote* q = find(d, "phone drive");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "their new phone drive will lift turnout in the mill towns");
  EXPECT_EQ(src(d, *q), "union organizers");
  const Quote* q2 = find(d, "rot in the fields");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "their harvest may rot in the fields");
}

TEST(Quotes, AppositionSubjectWhoseHeadHasPrepositionalOrCoordinatedTails) {
  Document d = makeDoc("Two members of the harbour board from Dover, Ann Reyes and Tom Barker, have said they will vote "
                       "against the new levy.\n\nThe veteran ferry captain and union steward, who backs the strike, "
                       "warned of long delays at the docks this summer.\n\nPia Lund and her brother Rolf, cousin Ada "
                       "and uncle Sven had been sailing together, wrote her neighbour Kai Berg on Facebook.");
  quotesOf(d);
  const Quote* q = find(d, "vote against the new levy");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "they will vote against the new levy");
  EXPECT_EQ(src(d, *q), "Two members of the harbour board from Dover, Ann Reyes and Tom Barker");
  const Quote* q2 = find(d, "long delays");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "warned of");
  EXPECT_EQ(src(d, *q2), "The veteran ferry captain and union steward, who backs the strike");
  // An auxiliary after the first comma makes a clause, not an apposition: the source follows the cue.
  const Quote* q3 = find(d, "sailing together");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "wrote");
  EXPECT_NE(src(d, *q3).find("Kai Berg"), std::string::npos) << src(d, *q3);
}

TEST(Quotes, RelativeThatBeforeAFiniteCueIsItsSubjectNotADeterminer) {
  Document d = makeDoc("The toll plan drew protests from truckers and from bakeries that argued the fees would ruin "
                       "their deliveries.");
  quotesOf(d);
  const Quote* q = find(d, "the fees would ruin");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the fees would ruin their deliveries");
  EXPECT_EQ(cue(d, *q), "argued");
  EXPECT_EQ(src(d, *q), "that");
  // Inside the subject the relative clause would run into the main clause: no report there.
  Document e = makeDoc("Bakeries that argued the fees were unfair lost the vote in March.");
  quotesOf(e);
  EXPECT_EQ(find(e, "the fees were unfair"), nullptr);
}

TEST(Quotes, RelativeCueAfterAQuotationTakesTheClauseAfterItsPhrase) {
  Document d = makeDoc("\"We count every mailed ballot twice,\" said Ines Vega, who predicted about half of the county "
                       "vote would arrive by mail.");
  quotesOf(d);
  const Quote* q = find(d, "half of the county");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "about half of the county vote would arrive by mail");
  EXPECT_EQ(cue(d, *q), "predicted");
  const Quote* q2 = find(d, "every mailed ballot");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(cue(d, *q2), "said");
}

TEST(Quotes, QuotationInsideAnOpeningSubordinateClauseIsNotTheMainCuesContent) {
  Document d = makeDoc("Although Ravel admitted to the council that he and the builder had \"talked now and then,\" he "
                       "insisted they had never discussed the tender.");
  quotesOf(d);
  const Quote* q = find(d, "never discussed the tender");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "they had never discussed the tender");
  EXPECT_EQ(cue(d, *q), "insisted");
}

TEST(Quotes, ShortAsideBetweenTheCueAndItsThatClauseIsNoContent) {
  Document d = makeDoc("\"The ferry is late again,\" Ola Berg said. She said, twice, that the timetable had been "
                       "changed without notice.\n\nThe inspector argued, in a long memo, that the hull needed repairs.");
  quotesOf(d);
  const Quote* q = find(d, "timetable had been");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "that the timetable had been changed without notice");
  EXPECT_EQ(cue(d, *q), "said");
  const Quote* q2 = find(d, "hull needed repairs");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "that the hull needed repairs");
}

TEST(Quotes, ShortTitleClosingTheSubjectBeforeTheCueIsNoContent) {
  Document d = makeDoc("Kim Varga, a host of \"The Early Desk,\" said the bridge tolls were far too high.\n\n"
                       "Hundreds of self-described \"Toll Rebels\" say the new fees hurt commuters.");
  quotesOf(d);
  const Quote* q = find(d, "bridge tolls");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the bridge tolls were far too high");
  EXPECT_EQ(src(d, *q), "Kim Varga, a host of \"The Early Desk,\"");
  EXPECT_EQ(find(d, "The Early Desk"), nullptr);  // the title is no quotation of its own
  const Quote* q2 = find(d, "new fees hurt");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the new fees hurt commuters");
  EXPECT_EQ(cue(d, *q2), "say");
}

TEST(Quotes, MediumNounInsideACuePhraseIsNoSecondAttribution) {
  for (const char* text : {"Sato said in a blog post that the strike would hurt riders.",
                           "Coun. Eva Sato wrote in a Facebook post that the strike would hurt riders."}) {
    Document d = makeDoc(text);
    quotesOf(d);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.slice(d.quotes[0].content), "that the strike would hurt riders") << text;
    EXPECT_NE(src(d, d.quotes[0]).find("Sato"), std::string::npos) << text;
  }
}

TEST(Quotes, ExpectationAfterAnAppositionSubjectSpansTheSubject) {
  Document d = makeDoc("The port authority, which has kept its fees flat since 2011, is expected to raise them in "
                       "the spring.\n\nEven Lara Moss, the board's newest member and a critic of the fees, is not "
                       "expected to object.");
  quotesOf(d);
  const Quote* q = find(d, "raise them");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content),
            "The port authority, which has kept its fees flat since 2011, is expected to raise them in the spring");
  EXPECT_EQ(cue(d, *q), "is expected");
  const Quote* q2 = find(d, "to object");
  ASSERT_NE(q2, nullptr);
  EXPECT_NE(d.slice(q2->content).find("Lara Moss"), std::string::npos) << d.slice(q2->content);
}

TEST(Quotes, OpeningParticiplePhraseBeforeAnAppositionSubject) {
  Document d = makeDoc("Speaking at a town hall, the harbour master, a former ferry pilot, argued the new pier was "
                       "too short.\n\nBowling, a retired judge, said the pier was fine.");
  quotesOf(d);
  const Quote* q = find(d, "new pier was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the new pier was too short");
  EXPECT_EQ(src(d, *q), "the harbour master, a former ferry pilot");
  const Quote* q2 = find(d, "pier was fine");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(src(d, *q2), "Bowling, a retired judge");
}

TEST(Quotes, ShortQuotationInTheSubjectsRelativeClauseBeforeTheCue) {
  Document d = makeDoc("Nell Ashby, who called the toll plan \"a quiet robbery,\" said she would vote against it.");
  quotesOf(d);
  const Quote* q = find(d, "vote against it");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "she would vote against it");
  EXPECT_EQ(cue(d, *q), "said");
  EXPECT_EQ(src(d, *q), "Nell Ashby, who called the toll plan \"a quiet robbery,\"");
}

TEST(Quotes, PostposedCueBeforeASemicolonOrAfterAnAppositionSource) {
  Document d = makeDoc("Fares will climb again next spring, transit planners say; in 2019, they fell.\n\n"
                       "The two climbers were heading back to Bergen after a week on the glacier, their guiding "
                       "firm, Fjellvakt, confirmed on Friday.");
  quotesOf(d);
  const Quote* q = find(d, "Fares will climb");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Fares will climb again next spring");
  EXPECT_EQ(src(d, *q), "transit planners");
  EXPECT_EQ(find(d, "they fell"), nullptr);
  const Quote* q2 = find(d, "heading back to Bergen");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "The two climbers were heading back to Bergen after a week on the glacier");
  EXPECT_EQ(src(d, *q2), "their guiding firm, Fjellvakt");
}

TEST(Quotes, CommentClauseWithAsAfterTheContent) {
  Document d = makeDoc("The ferry line will drop its night crossings in May, as the Coast Ledger reported last week.");
  quotesOf(d);
  const Quote* q = find(d, "night crossings");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The ferry line will drop its night crossings in May");
  EXPECT_EQ(cue(d, *q), "reported");
  EXPECT_EQ(src(d, *q), "the Coast Ledger");
}

// A news story of our own (tests/data/stories) through the whole pipeline: every quote with the
// person who said it, as a news quote corpus with resolved speakers scores them.
TEST(Quotes, NewsStoryQuotesWithResolvedSpeakers) {
  std::ifstream in(std::filesystem::path(WIREMAP_TEST_DATA_DIR) / "stories" / "ferry-levy.txt", std::ios::binary);
  ASSERT_TRUE(in) << "tests/data/stories/ferry-levy.txt";
  std::stringstream text;
  text << in.rdbuf();
  const Resources res = Resources::load();
  const Document d = extractText(text.str(), res);
  const std::pair<const char*, const char*> expected[] = {
      {"would cover half the cost", "Okonkwo"},       // "Premier Nadia Okonkwo announced"
      {"patient for far too long", "Okonkwo"},        // "the premier told"
      {"a levy of $40 a year", "Okafor"},
      {"money for the pier", "Whitby"},               // "she": not Okafor, the previous speaker
      {"a tax by another name", "Okafor"},            // "he": not Whitby
      {"first vessel could arrive", "Devon Ames"},    // a role with a tail, then the name
      {"levy would end", "Raj Malhotra"},             // "Whitby's chief of staff, Raj Malhotra,"
      {"wait and see", "Aaron Banks"},
      {"catch to market", "Aaron Banks"}};
  for (const auto& [needle, speaker] : expected) {
    const Quote* q = find(d, needle);
    ASSERT_NE(q, nullptr) << needle;
    EXPECT_NE(q->speakerName.find(speaker), std::string::npos) << needle << ": " << q->speakerName;
  }
  EXPECT_EQ(d.quotes.size(), std::size(expected)) << "no quote from 'a blog post' or the headline";
}

TEST(Quotes, SubjectWithAnAdjectiveComplementBeforeTheCueSpeaks) {
  Document d = makeDoc("The ferry board will raise fares in April, a clerk close to him said.\n\n"
                       "Sources close to the harbour master say the pier must be rebuilt.\n\n"
                       "A planner familiar with the budget said the tunnel would open late.");
  quotesOf(d);
  const Quote* q = find(d, "raise fares");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The ferry board will raise fares in April");
  EXPECT_EQ(src(d, *q), "a clerk close to him");
  const Quote* q2 = find(d, "pier must");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "the pier must be rebuilt");
  EXPECT_EQ(src(d, *q2), "Sources close to the harbour master");
  const Quote* q3 = find(d, "tunnel would");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(src(d, *q3), "A planner familiar with the budget");
  Document d2 = makeDoc("The depot will close in June, people briefed on the audit said.\n\n"
                        "The depot will sell its buses, a clerk with knowledge of the audit said.");
  quotesOf(d2);
  const Quote* q4 = find(d2, "close in June");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(src(d2, *q4), "people briefed on the audit");
  const Quote* q5 = find(d2, "sell its buses");
  ASSERT_NE(q5, nullptr);
  EXPECT_EQ(src(d2, *q5), "a clerk with knowledge of the audit");
}

TEST(Quotes, PastVerbWithAnObjectAfterAParentheticalCueFinishesTheHull) {
  Document d = makeDoc("Cutting the ferry budget too soon, many planners say, slowed the harbour recovery.\n\n"
                       "Painting the mural by hand, Vance said, allowed him to slow down.\n\n"
                       "The mayor raised bus fares on Monday, the clerk said, surprised by the anger.");
  quotesOf(d);
  const Quote* q = find(d, "ferry budget");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Cutting the ferry budget too soon, many planners say, slowed the harbour recovery");
  const Quote* q2 = find(d, "mural");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "Painting the mural by hand, Vance said, allowed him to slow down");
  const Quote* q3 = find(d, "bus fares");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(d.slice(q3->content), "The mayor raised bus fares on Monday");  // a participle aside stays out
}

TEST(Quotes, SpanOfTimeCountedBackAfterTheCueIsNoContent) {
  Document d = makeDoc("The ferry fund received nearly $2 million in unlisted gifts, the Harbour Gazette reported ten "
                       "days ago.\n\nMayor Vance said two weeks ago that the night ferry would stop.");
  quotesOf(d);
  const Quote* q = find(d, "ferry fund");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The ferry fund received nearly $2 million in unlisted gifts");
  EXPECT_EQ(find(d, "ten days ago"), nullptr);
  const Quote* q2 = find(d, "night ferry");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "that the night ferry would stop");
}

TEST(Quotes, QuotationInARelativeClauseAfterTheSourceIsNoHullNorQuote) {
  Document d = makeDoc("\"It was a farce,\" said Mara Quell, 41, a nurse in the suit who waited in an \"endless queue "
                       "snaking around the old depot\" to vote.");
  quotesOf(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.slice(d.quotes[0].content), "\"It was a farce,\"");
  EXPECT_EQ(cue(d, d.quotes[0]), "said");
}

TEST(Quotes, ClauseBeforeACommaAndAsWithAReportingCueIsTheContent) {
  Document d = makeDoc("The toll rise is a familiar stalling trick, as Mara Quell noted in the Harbour Gazette.\n\n"
                       "The council could also weigh a ferry levy for the islands, as Vance proposes.");
  quotesOf(d);
  const Quote* q = find(d, "stalling trick");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "The toll rise is a familiar stalling trick");
  EXPECT_EQ(src(d, *q), "Mara Quell");
  EXPECT_EQ(find(d, "ferry levy"), nullptr);  // a plan cue after "as" reports no clause
}

TEST(Quotes, CastWithAsAfterItsObjectPortrays) {
  Document d = makeDoc("Mayor Lund has cast the harbour board as a club of insiders.\n\n"
                       "Islanders cast their ballots as the ferry docked.");
  quotesOf(d);
  const Quote* q = find(d, "harbour board");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the harbour board as a club of insiders");
  EXPECT_EQ(cue(d, *q), "has cast");
  EXPECT_EQ(find(d, "ballots"), nullptr);  // votes cast are no one's words
  Document d2 = makeDoc("Lee framed the toll debate as a choice between ferries and bridges.\n\n"
                        "The board has painted the union as a relic, presenting itself as the voice of riders.\n\n"
                        "The crew painted the hull as well as the deck.");
  quotesOf(d2);
  const Quote* q2 = find(d2, "toll debate");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d2.slice(q2->content), "the toll debate as a choice between ferries and bridges");
  EXPECT_EQ(cue(d2, *q2), "framed");
  const Quote* q3 = find(d2, "the union as");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d2, *q3), "has painted");
  const Quote* q4 = find(d2, "voice of riders");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(cue(d2, *q4), "presenting");
  EXPECT_EQ(find(d2, "hull"), nullptr);  // "as well as" portrays nothing
}

TEST(Quotes, OpeningAdverbialBeforeItsCommaIsNeverTheSpeaker) {
  Document d = makeDoc("Hours later, Lopez returned the favour to Brandt, telling reporters the two had been friends "
                       "for years.\n\n"
                       "Minutes later, the ferry company issued a statement saying that the captain had been misquoted.\n\n"
                       "By contrast, the harbour board met in March and decided it needed to lower its fees.\n\n"
                       "Essentially, the auditors read the ledgers and found that two clerks had lied.\n\n"
                       "Likewise, Vance went after Orla Brandt for her silence and called for her to resign.");
  quotesOf(d);
  const struct {
    const char* needle;
    const char* source;
  } cases[] = {{"friends for years", "Lopez"},
               {"misquoted", "the ferry company"},
               {"lower its fees", "the harbour board"},
               {"two clerks had lied", "the auditors"},
               {"to resign", "Vance"}};
  for (const auto& c : cases) {
    const Quote* q = find(d, c.needle);
    ASSERT_NE(q, nullptr) << c.needle;
    EXPECT_EQ(src(d, *q), c.source) << c.needle;
  }
}

TEST(Quotes, AdverbBetweenASubjectAndItsCueIsNeverTheSpeaker) {
  Document d = makeDoc("She falsely presented herself to the board as a licensed ferry pilot.\n\n"
                       "He memorably promised that the night ferry would run until dawn.\n\n"
                       "Mr. Lane seldom speaks of his cousin Tomas.");
  quotesOf(d);
  const Quote* q = find(d, "licensed ferry pilot");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "She");
  q = find(d, "run until dawn");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "He");
  q = find(d, "cousin Tomas");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Mr. Lane");
}

TEST(Quotes, WeakCueBeforeACommaAndAnOpeningQuoteIntroducesIt) {
  Document d = makeDoc("\"We will keep the night ferry,\" Mayor Lund said.\n\n"
                       "He continued, \"The harbour belongs to the islanders and so do the ferries.\"\n\n"
                       "The harbour board's reality TV show, \"Dock Life,\" ran for two seasons.");
  quotesOf(d);
  const Quote* q = find(d, "belongs to the islanders");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "continued");
  EXPECT_EQ(src(d, *q), "He");
  q = find(d, "Dock Life");
  if (q != nullptr) {
    EXPECT_EQ(cue(d, *q), "");  // a TV show's title has no cue
  }
}

TEST(Quotes, AccordingToAListOfSourcesReportsTheClauseAfterTheList) {
  Document d = makeDoc("But according to talks with a dozen of the skipper's crew, neighbours and rivals, she plans to "
                       "sail again.\n\n"
                       "According to the mayor, the toll and the fee, both set in 2010, will rise.");
  quotesOf(d);
  const Quote* q = find(d, "sail again");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "she plans to sail again");
  EXPECT_EQ(cue(d, *q), "according to");
  EXPECT_EQ(find(d, "neighbours and rivals"), nullptr);
  q = find(d, "will rise");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the toll and the fee, both set in 2010, will rise");
}

TEST(Quotes, ParticipleAfterABeginOrKeepVerbHasThatVerbsSubject) {
  Document d = makeDoc("Then he began dismissing the claim that the old pier was unsafe.\n\n"
                       "Protesters started chanting slogans against the toll rise.");
  quotesOf(d);
  const Quote* q = find(d, "old pier");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(d, *q), "dismissing");
  EXPECT_EQ(src(d, *q), "he");
  q = find(d, "slogans against");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Protesters");
}

TEST(Quotes, ParticipleAfterAnObjectHasTheSubjectOfTheVerbBeforeIt) {
  Document d = makeDoc("While Lund spoke, dock workers held banners calling for a strike.\n\n"
                       "The ferry captains took turns criticizing the new timetable.");
  quotesOf(d);
  const Quote* q = find(d, "a strike");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "dock workers");
  q = find(d, "new timetable");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "The ferry captains");
}

TEST(Quotes, ColonIntroAfterAnOpeningNameOrAskedPhraseHasItsSubject) {
  Document d = makeDoc("Lund then stood up and boomed: \"Let us win the harbour vote in May.\"\n\n"
                       "Asked whether the harbour board should take the blame for the long delays at the ferry "
                       "terminal, Mr. Berg shot back: \"That would be silly.\"\n\n"
                       "Asked about his fees in the 2019 race, Vance's campaign said he had taken no new jobs and "
                       "suggested that the real question is whether the councillors are idle.");
  quotesOf(d);
  const Quote* q = find(d, "harbour vote in May");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Lund");
  q = find(d, "would be silly");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Mr. Berg");
  q = find(d, "councillors are idle");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Vance's campaign");
}

TEST(Quotes, SecondVerbOfASubordinateClauseHasThatClausesSubject) {
  Document d = makeDoc("By the tenth minute on Friday night, some people were yawning as he mentioned the ferry and "
                       "described Berg's plans for the pier.\n\n"
                       "Lund smiled when she thanked the crowd and praised the union.");
  quotesOf(d);
  const Quote* q = find(d, "plans for the pier");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "he");
  q = find(d, "the union");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "she");
}

TEST(Quotes, ReportedFromAPlaceIsABylineNotAReport) {
  Document d = makeDoc("\"The pier is packed every weekend,\" said Ada Varga, a ferry captain. \"We need a second "
                       "boat.\"\n\nLund reported from Oslo; Berg, from Bergen.\n\n"
                       "The Gazette reported from court records that the mayor had misled the board.");
  quotesOf(d);
  EXPECT_EQ(find(d, "Bergen"), nullptr);
  const Quote* q = find(d, "second boat");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "Ada Varga");
  q = find(d, "misled the board");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(src(d, *q), "The Gazette");
}

TEST(Quotes, EvidenceNounOpeningTheSentenceBeforeAPlaceIsTheSource) {
  Document d = makeDoc("Surveys in Manitoba show most growers expect a poor harvest.");
  quotesOf(d);
  const Quote* q = find(d, "poor harvest");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "most growers expect a poor harvest");
  EXPECT_EQ(cue(d, *q), "show");
  EXPECT_EQ(src(d, *q), "Surveys");
  Document d2 = makeDoc("A statewide poll released on Sunday by the Harbour Gazette and Island Radio shows the mayor "
                        "keeping his lead among ferry riders.");
  quotesOf(d2);
  const Quote* q2 = find(d2, "keeping his lead");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d2.slice(q2->content), "the mayor keeping his lead among ferry riders");
  EXPECT_EQ(cue(d2, *q2), "shows");
}

TEST(Quotes, PerfectOfShowWithAnEvidenceSubject) {
  Document d = makeDoc("Harbour polls have shown Abel, Quell and Lund tied for second place.\n\n"
                       "The crew has shown the visitors around the dock.");
  quotesOf(d);
  const Quote* q = find(d, "tied for second");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Abel, Quell and Lund tied for second place");
  EXPECT_EQ(cue(d, *q), "have shown");
  EXPECT_EQ(find(d, "visitors"), nullptr);  // no evidence noun, no clause: a plain act
}

TEST(Quotes, AmongPhraseOpeningTheSentenceIsNoContent) {
  Document d = makeDoc("Among ferry riders, the Gazette poll shows her with a lead of nine points.");
  quotesOf(d);
  const Quote* q = find(d, "lead of nine");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "her with a lead of nine points");
  EXPECT_EQ(cue(d, *q), "shows");
}

TEST(Quotes, NounLikeCueAfterASingularSubjectBeforeAPronounIsTheVerb) {
  Document d = makeDoc("The trawler owner claims his licence was never suspended.\n\n"
                       "The skipper demands they refund the fuel levy.\n\n"
                       "Lund praised the harbour projects he helped fund.");
  quotesOf(d);
  const Quote* q = find(d, "licence was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "his licence was never suspended");
  EXPECT_EQ(cue(d, *q), "claims");
  EXPECT_EQ(src(d, *q), "The trawler owner");
  const Quote* q2 = find(d, "fuel levy");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "they refund the fuel levy");
  const Quote* q3 = find(d, "helped fund");
  EXPECT_TRUE(q3 == nullptr || cue(d, *q3) != "projects");  // a noun and its relative clause
  Document d2 = makeDoc("The harbour master notes the fuel levy doubled last year.");
  quotesOf(d2);
  const Quote* q4 = find(d2, "fuel levy");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(d2.slice(q4->content), "the fuel levy doubled last year");
  EXPECT_EQ(cue(d2, *q4), "notes");
}

TEST(Quotes, WeakCueBeforeANameAndAVerbTakesTheClause) {
  Document d = makeDoc("The recount showed Abel had won 50.2 percent of the ballots.\n\n"
                       "In its breakdown, the Gazette found Islanders favored Quell by a wide margin.\n\n"
                       "The crew showed Abel the engine room.");
  quotesOf(d);
  const Quote* q = find(d, "50.2 percent");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "Abel had won 50.2 percent of the ballots");
  EXPECT_EQ(cue(d, *q), "showed");
  const Quote* q2 = find(d, "wide margin");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "Islanders favored Quell by a wide margin");
  EXPECT_EQ(find(d, "engine room"), nullptr);  // a name and an object: no clause
}

TEST(Quotes, WeakCueBeforeANounPhraseAndAnAuxiliaryTakesTheClause) {
  Document d = makeDoc("The old ledger shows the night crossing was cancelled twice.\n\n"
                       "The skipper showed the new deckhands the lifeboats.");
  quotesOf(d);
  const Quote* q = find(d, "night crossing");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "the night crossing was cancelled twice");
  EXPECT_EQ(cue(d, *q), "shows");
  EXPECT_EQ(find(d, "lifeboats"), nullptr);  // no verb after the noun phrase: two objects
  Document d2 = makeDoc("Just as we thought ferry fares had peaked, the board raised them again.");
  quotesOf(d2);
  const Quote* q2 = find(d2, "ferry fares");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d2.slice(q2->content), "ferry fares had peaked");
  EXPECT_EQ(cue(d2, *q2), "thought");
}

TEST(Quotes, ReportingVerbInsideARelativeClauseWithTheSubjectGap) {
  Document d = makeDoc("Quell attacked the night toll, which he believes will drive tourists off the island.\n\n"
                       "The board kept a rule that most skippers still think is unfair.\n\n"
                       "Abel suggested that the real question is whether the ferry can pay its way.");
  quotesOf(d);
  const Quote* q = find(d, "drive tourists");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "which he believes will drive tourists off the island");
  EXPECT_EQ(cue(d, *q), "believes");
  const Quote* q2 = find(d, "is unfair");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "that most skippers still think is unfair");
  EXPECT_EQ(src(d, *q2), "most skippers");
  const Quote* q3 = find(d, "ferry can pay");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(d, *q3), "suggested");  // "question" is the noun here
  Document d2 = makeDoc("The mayor cut the night fares, a move Islanders hope will bring back the late ferry.");
  quotesOf(d2);
  const Quote* q4 = find(d2, "late ferry");
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(d2.slice(q4->content), "a move Islanders hope will bring back the late ferry");
  EXPECT_EQ(src(d2, *q4), "Islanders");
}

TEST(Quotes, PaperProbeAndDisclosureAreEvidenceSubjects) {
  Document d = makeDoc("An early 2011 paper found gains in reading scores, but no change in math.\n\n"
                       "Rich donors are funding a late push against the levy, disclosures filed on Friday revealed.");
  quotesOf(d);
  const Quote* q = find(d, "gains in reading");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "gains in reading scores, but no change in math");
  EXPECT_EQ(cue(d, *q), "found");
  const Quote* q2 = find(d, "late push");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.slice(q2->content), "Rich donors are funding a late push against the levy");
  EXPECT_EQ(cue(d, *q2), "revealed");
}

TEST(Quotes, ProgressiveBeliefVerbTakesANounPhraseClause) {
  Document d = makeDoc("The union is hoping a nod from Abel will carry the levy through the council.");
  quotesOf(d);
  const Quote* q = find(d, "nod from Abel");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "a nod from Abel will carry the levy through the council");
  EXPECT_EQ(src(d, *q), "The union");
}

TEST(Quotes, WeakCueBeforeAnIfClause) {
  Document d = makeDoc("Abel's aides believe if they can win the port vote, he will have a shot at the mayoralty.");
  quotesOf(d);
  const Quote* q = find(d, "port vote");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(d.slice(q->content), "if they can win the port vote, he will have a shot at the mayoralty");
  EXPECT_EQ(cue(d, *q), "believe");
  EXPECT_EQ(src(d, *q), "Abel's aides");
}

TEST(Quotes, SubjectWithAPrepositionalOrParticipleTailKeepsItsHead) {
  // The noun phrase right before the cue is the object of a preposition inside the subject:
  // the head noun that opens the clause speaks, not "the orchard" or "the flood".
  const std::pair<const char*, const char*> cases[] = {
      {"Growers of the orchard said the frost had taken half the crop.", "Growers of the orchard"},
      {"Tenants displaced by the flood said they had been given two days to leave.",
       "Tenants displaced by the flood"},
      {"Shoppers interviewed outside the Fernvale market said prices had doubled.",
       "Shoppers interviewed outside the Fernvale market"},
      {"On Friday, the principal of the academy said classes would resume.", "the principal of the academy"},
      {"Economists surveyed by the institute say growth will slow.", "Economists surveyed by the institute"}};
  for (const auto& [text, source] : cases) {
    Document d = makeDoc(text);
    const auto qs = quotesOf(d);
    ASSERT_EQ(qs.size(), 1u) << text;
    EXPECT_EQ(src(d, qs[0]), source) << text;
  }
  // A preposition after a verb is no subject tail: the subject stays the name.
  Document d = makeDoc("Ines Varga spoke at the forum and said the budget was too small.");
  for (const Quote& q : quotesOf(d)) EXPECT_EQ(src(d, q).find("forum"), std::string::npos);
}

TEST(Quotes, NameInAppositionAfterARoleWithItsOrganisationSpeaks) {
  // The word before the comma is the organisation's (capitalised), not the role noun; the
  // person named after it is still the speaker.
  const Resources res = Resources::load();
  const Document d = extractText(
      "A spokesperson for the Ministry of Transport, Olive Brandt, said the ferry schedule would not change.", res);
  const Quote* q = find(d, "the ferry schedule would not change");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName, "Olive Brandt");
}

TEST(Quotes, OrganisationNounWithAPossessiveOwnerIsANewSpeaker) {
  // "the mayor's office" is the mayor's, not the union quoted before it.
  const Resources res = Resources::load();
  const Document d = extractText(
      "The Dockworkers Union said in a statement that the strike would go on. "
      "The mayor's office said in an email that talks would resume on Monday.", res);
  const Quote* q = find(d, "talks would resume on Monday");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speakerName.find("Dockworkers"), std::string::npos) << q->speakerName;
  EXPECT_EQ(q->speakerName, "The mayor's office");
}

TEST(Quotes, AddedToAnAudienceAfterAQuotationAttributesIt) {
  // "added to" is a sum ("added to her lead"), except right after a quotation and its subject.
  Document d = makeDoc("\"The pier will reopen,\" Ostrander added to reporters. \"Maybe in June.\"");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "added");
  EXPECT_EQ(src(d, qs[0]), "Ostrander");
  EXPECT_NE(d.slice(qs[0].content).find("Maybe in June"), std::string::npos);
  Document sum = makeDoc("The late goal added to their lead in the standings.");
  EXPECT_TRUE(quotesOf(sum).empty());
  // A quotation in the sentence before does not make the next "adds to" a cue.
  Document apart = makeDoc("The board said it will \"review the fares.\"\n\nThe delay adds to the anger among riders.");
  for (const Quote& q : quotesOf(apart)) EXPECT_EQ(apart.slice(q.content).find("anger"), std::string::npos);
}

TEST(Quotes, InterviewerPressingAfterAQuestionAttributesIt) {
  // '"...?" X pressed.' attributes the question and joins the quotation after it; pressing
  // with no quotation before it says nothing.
  Document d = makeDoc("\u201cWould the toll be lifted for trucks?\u201d Vandermeer pressed. \u201cPerhaps only at night?\u201d");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "pressed");
  EXPECT_EQ(src(d, qs[0]), "Vandermeer");
  EXPECT_NE(d.slice(qs[0].content).find("only at night"), std::string::npos);
  Document comma = makeDoc("\"The toll stays for now,\" Vandermeer pressed. \"Until the bridge is paid off.\"");
  const auto qc = quotesOf(comma);
  ASSERT_EQ(qc.size(), 1u);
  EXPECT_EQ(cue(comma, qc[0]), "pressed");
  Document play = makeDoc("The visitors pressed. The home side held on.");
  EXPECT_TRUE(quotesOf(play).empty());
}

TEST(Quotes, WhatATextReadsOrStatesAfterAQuotationAttributesIt) {
  // '"...," the note read.', '"...," read the note.', '"...," the filing states.': cues right after
  // the quotation at the clause end, so the hull joins the next quotation; elsewhere "read" and
  // "states" say nothing.
  Document d = makeDoc("\"Our shop has pushed the county to rethink its parking rules,\" read the flyer. "
                       "\"And with every sign-up we grow louder.\"");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "read");
  EXPECT_EQ(src(d, qs[0]), "the flyer");
  EXPECT_NE(d.slice(qs[0].content).find("grow louder"), std::string::npos);
  Document after = makeDoc("\u201cThe club owes its members a safe rink,\u201d the complaint reads.");
  const auto qa = quotesOf(after);
  ASSERT_EQ(qa.size(), 1u);
  EXPECT_EQ(cue(after, qa[0]), "reads");
  Document states = makeDoc("\u201cThe club owes its members a safe rink,\u201d the complaint states. \u201cIt did not keep one.\u201d");
  const auto qt = quotesOf(states);
  ASSERT_EQ(qt.size(), 1u);
  EXPECT_EQ(cue(states, qt[0]), "states");
  EXPECT_NE(states.slice(qt[0].content).find("did not keep one"), std::string::npos);
  Document plain = makeDoc("Jurors read the contract twice. Both states border the lake.");
  EXPECT_TRUE(quotesOf(plain).empty());
}

TEST(Quotes, TellingAfterBeWithNoObjectIsAnAdjective) {
  // "The analogy is telling." says nothing, so the quotation before it stays in the hull of
  // its own speaker; "is telling voters" still reports.
  Document d = makeDoc("\u201cThe port needs cheaper credit,\u201d Halvorsen said. \u201cAnd the board acts like a pawnbroker!\u201d\n"
                       "Halvorsen\u2019s analogy is telling in its own way.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "said");
  EXPECT_NE(d.slice(qs[0].content).find("pawnbroker"), std::string::npos);
  Document tells = makeDoc("The mayor is telling voters that the ferry will run all winter.");
  const auto qt = quotesOf(tells);
  ASSERT_EQ(qt.size(), 1u);
  EXPECT_EQ(cue(tells, qt[0]), "is telling");
}

TEST(Quotes, CurlyQuotationNestedInAStraightOneKeepsItOpen) {
  // '"It is not about “fair play” anymore. ..."': the inner curly pair closes nothing outside,
  // so the whole quotation is one.
  Document d = makeDoc("Coach Pellerin wrote:\n\n\"The league is not about \u201cfair play\u201d anymore. "
                       "It is about ticket sales and nothing else.\"");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_NE(d.slice(qs[0].content).find("ticket sales"), std::string::npos);
  EXPECT_NE(d.slice(qs[0].content).find("The league"), std::string::npos);
}

TEST(Quotes, EarlierQuotationWithItsOwnCueStaysOutOfTheNextOne) {
  // '"A," she said, but ..., "B," said X.': A keeps its own cue; B is X's alone.
  Document d = makeDoc("\"Her usual manner is stern,\" he said, but despite the bitter mood of the count, "
                       "\"I expect she will concede,\" said Lindqvist, a former alderman.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(src(d, qs[0]), "he");
  EXPECT_EQ(d.slice(qs[0].content).find("concede"), std::string::npos);
  EXPECT_NE(d.slice(qs[1].content).find("concede"), std::string::npos);
  EXPECT_EQ(d.slice(qs[1].content).find("stern"), std::string::npos);
}

TEST(Quotes, InterjectedDeadpannedAndRiffedAreSpeechCues) {
  // Manner-of-speaking verbs attribute the quotation; the noun "riff" says nothing.
  Document d = makeDoc("\"Councillor, allow me to help - the answer is no,\" the alderman riffed on the vote, drawing "
                       "cheers from the hall. \"And that is why we need a new budget!\"");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "riffed");
  EXPECT_NE(d.slice(qs[0].content).find("new budget"), std::string::npos);
  Document inter = makeDoc("\"Not before the thaw,\" Brandvold interjected.");
  const auto qi = quotesOf(inter);
  ASSERT_EQ(qi.size(), 1u);
  EXPECT_EQ(cue(inter, qi[0]), "interjected");
  Document dead = makeDoc("\"The ferry is always on time,\" Brandvold deadpanned.");
  const auto qd = quotesOf(dead);
  ASSERT_EQ(qd.size(), 1u);
  EXPECT_EQ(cue(dead, qd[0]), "deadpanned");
  Document noun = makeDoc("The opening riff was loud. She played a riff on the cello.");
  EXPECT_TRUE(quotesOf(noun).empty());
}

TEST(Quotes, SpokeWithAMannerAdverbBeforeAboutTakesTheTopic) {
  // "spoke warmly about X": the adverb between the verb and its particle keeps the topic.
  Document d = makeDoc("Later, the coach spoke warmly about the value of patience and hard work.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "spoke warmly about");
  EXPECT_EQ(d.slice(qs[0].content), "the value of patience and hard work");
  Document of = makeDoc("This time the goalkeeper talked briefly of his bond with the owner.");
  const auto qo = quotesOf(of);
  ASSERT_EQ(qo.size(), 1u);
  EXPECT_EQ(of.slice(qo[0].content), "his bond with the owner");
}

TEST(Quotes, MadeNoMentionOfTakesWhatWentUnsaid) {
  // "made no mention of X": X is the content, the phrase its cue.
  Document d = makeDoc("In her speech the mayor made no mention of the new stadium or its cost.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "made no mention of");
  EXPECT_EQ(d.slice(qs[0].content), "the new stadium or its cost");
  Document adj = makeDoc("The harbour charter makes no specific mention of ferries.");
  const auto qa = quotesOf(adj);
  ASSERT_EQ(qa.size(), 1u);
  EXPECT_EQ(cue(adj, qa[0]), "makes no specific mention of");
  EXPECT_EQ(adj.slice(qa[0].content), "ferries");
}

TEST(Quotes, VerbalAssaultNounsNameTheirTargetAfterAgainst) {
  // "his tirade against X", "a swipe against X": the target is the content; an article
  // with no owner leaves the source open. Opening the sentence as its subject, it stays out.
  Document d = makeDoc("The senator continued his verbal onslaught against the port authority.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "onslaught against");
  EXPECT_EQ(d.slice(qs[0].content), "the port authority");
  Document art = makeDoc("The vote set off a fierce backlash against the ferry fares.");
  const auto qa = quotesOf(art);
  ASSERT_EQ(qa.size(), 1u);
  EXPECT_EQ(cue(art, qa[0]), "backlash against");
  EXPECT_EQ(art.slice(qa[0].content), "the ferry fares");
  Document plain = makeDoc("The backlash against the fares grew.");
  EXPECT_TRUE(quotesOf(plain).empty());
}

TEST(Quotes, FavorableOpinionOfIsAJudgmentOfItsObject) {
  // "had a favorable opinion of X": the holder judges X.
  Document d = makeDoc("About 60 percent of the dock workers had a favorable opinion of Ms. Okafor.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "had a favorable opinion of");
  EXPECT_EQ(d.slice(qs[0].content), "Ms. Okafor");
  Document adv = makeDoc("The ranchers hold generally unfavorable views of the water levy.");
  const auto qa = quotesOf(adv);
  ASSERT_EQ(qa.size(), 1u);
  EXPECT_EQ(adv.slice(qa[0].content), "the water levy");
}

TEST(Quotes, TheQuestionIsWhatOpensAnUnattributedContent) {
  // "the question is what/who ..." like "the question is whether ...".
  Document d = makeDoc("After the loss in Dover, the question is what sort of coach Ms. Abara will hire.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(d.slice(qs[0].content), "what sort of coach Ms. Abara will hire");
}

TEST(Quotes, OpeningInPhraseLeavesTheClauseToItsOwnThatCue) {
  // "In its review, the board found that X": the board's cue reports X, not "in".
  Document d = makeDoc("In its yearly review, the harbour board found that ferry delays had doubled since spring.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "found");
  EXPECT_EQ(src(d, qs[0]), "the harbour board");
  EXPECT_EQ(d.slice(qs[0].content), "that ferry delays had doubled since spring");
}

TEST(Quotes, AsReportedClauseTakesTheWholeMainClauseAfterAnAdverbial) {
  // "As X reported, on Monday evening, CLAUSE": the content is the main clause, not the phrase.
  Document d = makeDoc(
      "As the Valley Courier reported, on Monday evening, the orchard owners were still waiting for rain.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "reported");
  EXPECT_EQ(d.slice(qs[0].content), "on Monday evening, the orchard owners were still waiting for rain");
}

TEST(Quotes, StanceCueBeforeASentenceFinalNameIsInverted) {
  // "CLAUSE, predicted NAME.": the name speaks; the clause before the comma is the content.
  Document d = makeDoc("The ferry fares will double by autumn, predicted Corwin Alstead.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "predicted");
  EXPECT_EQ(src(d, qs[0]), "Corwin Alstead");
  EXPECT_EQ(d.slice(qs[0].content), "The ferry fares will double by autumn");
  Document w = makeDoc("The ferry fares will double by autumn, warned Corwin Alstead, an economist.");
  const auto ws = quotesOf(w);
  ASSERT_EQ(ws.size(), 1u);
  EXPECT_EQ(src(w, ws[0]), "Corwin Alstead");
  // An apposition subject keeps its object: "The mayor, a Democrat, endorsed NAME."
  Document e = makeDoc("The harbour mayor, a veteran Democrat, predicted Corwin Alstead.");
  for (const Quote& q : quotesOf(e)) EXPECT_NE(src(e, q), "Corwin Alstead");
}

TEST(Quotes, PostposedAppositionSourceWithAHearerObjectSpeaks) {
  // "CLAUSE, her aide, NAME, told The Paper.": the named aide speaks; the hearer ends the sentence.
  Document d = makeDoc(
      "After two bruising defeats, Mayor Ida Warrick remains set on finishing the race, her chief of staff, "
      "Pell Okafor, told The Lakeside Ledger.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "told");
  EXPECT_EQ(src(d, qs[0]), "her chief of staff, Pell Okafor");
  EXPECT_NE(d.slice(qs[0].content).find("remains set on finishing the race"), std::string::npos);
}

TEST(Quotes, ParentheticalCueAfterOpeningStopsAtDashAlthoughAndKeepsLaterQuotation) {
  // "Over time, she said, CLAUSE – although ... she laughed and admitted QUOTE": two reports by
  // the same woman; the first ends at the dash, the second's subject is the pronoun after the phrase.
  Document d = makeDoc(
      "Over the decades, she said, the radio has kept her close to her cousins \xE2\x80\x93 although at the "
      "mention of the radio she grinned and admitted \"the static drives me mad.\"");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(cue(d, qs[0]), "said");
  EXPECT_EQ(d.slice(qs[0].content), "Over the decades, she said, the radio has kept her close to her cousins");
  EXPECT_EQ(cue(d, qs[1]), "admitted");
  EXPECT_EQ(d.slice(qs[1].content), "\"the static drives me mad.\"");
}

TEST(Quotes, AskedWhetherNameWithQuotationThenPercentAnswerYes) {
  // 'Asked whether NAME "...," N percent of GROUP said yes, but M percent say no': the question
  // is the asking's content, "yes" the group's, and the contrast after it is another report.
  Document d = makeDoc(
      "Asked whether Ortega \"can keep the canal open all winter,\" 61 percent of farmers said yes, "
      "but 30 percent of shippers say he cannot.");
  const auto qs = quotesOf(d);
  ASSERT_GE(qs.size(), 2u);
  EXPECT_EQ(cue(d, qs[0]), "Asked");
  EXPECT_EQ(d.slice(qs[0].content), "whether Ortega \"can keep the canal open all winter,\"");
  EXPECT_EQ(cue(d, qs[1]), "said");
  EXPECT_EQ(d.slice(qs[1].content), "yes");
  Document w = makeDoc("Asked if the levy should rise, most growers said no while a few said yes.");
  bool no = false;
  for (const Quote& q : quotesOf(w)) no |= cue(w, q) == "said" && w.slice(q.content) == "no";
  EXPECT_TRUE(no);
}

TEST(Quotes, TownAndStateInAnOpeningPhraseAreNotTheSpeaker) {
  // "At a fair in Dayton, Ohio, NAME ... and explained X": the state belongs to the place.
  Document d = makeDoc(
      "At an August fair in Dayton, Ohio, 71-year-old Ottilie Brandvold also scolded the council, and explained "
      "how much the new parking fees annoyed her.");
  bool found = false;
  for (const Quote& q : quotesOf(d))
    if (cue(d, q) == "explained") {
      found = true;
      EXPECT_NE(q.speakerName.find("Ottilie Brandvold"), std::string::npos) << q.speakerName;
    }
  EXPECT_TRUE(found);
  Document p = makeDoc("Touring a mill in Berlin, N.H., Gorski went after Vance, calling him \"a tourist.\"");
  const auto ps = quotesOf(p);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].speakerName.find("N.H."), std::string::npos) << ps[0].speakerName;
  EXPECT_NE(ps[0].speakerName.find("Gorski"), std::string::npos) << ps[0].speakerName;
}

TEST(Quotes, DespiteWhatSomeoneWroteIsItsOwnReportBeforeTheMainClause) {
  // "Despite what she wrote about X, NAME said Y": two reports; the free relative ends at the comma.
  Document d = makeDoc(
      "Despite what she wrote in the council's newsletter about the ferry, Halvorsen said she \"might still "
      "back the new route.\"");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(cue(d, qs[0]), "wrote");
  EXPECT_EQ(d.slice(qs[0].content), "what she wrote in the council's newsletter about the ferry");
  EXPECT_EQ(cue(d, qs[1]), "said");
  EXPECT_EQ(src(d, qs[1]), "Halvorsen");
}

TEST(Quotes, DespiteOwnersClaimThatClauseEndsBeforeTheMainClause) {
  // "Despite NAME's insistence that X, a judge did Y": the claim's content ends at the comma.
  Document d = makeDoc(
      "Despite Ferreira's stubborn insistence that the shed belonged to the club, a magistrate ordered it cleared.");
  bool found = false;
  for (const Quote& q : quotesOf(d))
    if (cue(d, q) == "insistence") {
      found = true;
      EXPECT_EQ(d.slice(q.content), "that the shed belonged to the club");
    }
  EXPECT_TRUE(found);
  Document m = makeDoc(
      "The audit came out in May. Despite the treasurer's claims that the books are balanced, most of the "
      "auditors put the shortfall far higher.");
  found = false;
  for (const Quote& q : quotesOf(m))
    if (cue(m, q) == "claims") {
      found = true;
      EXPECT_EQ(m.slice(q.content), "that the books are balanced");
    }
  EXPECT_TRUE(found);
}

TEST(Quotes, OpeningAsReportedKeepsTheMainClauseWithItsOwnStanceVerb) {
  // "As X reported, ADVERBIAL, NP was refusing to Y": the report covers the whole main clause;
  // its subject is no later source cutting it short.
  Document d = makeDoc(
      "As the Tidewater Bulletin reported, even by Sunday noon, the port authority was refusing to call the "
      "spill an accident.");
  const auto qs = quotesOf(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(cue(d, qs[0]), "reported");
  EXPECT_EQ(d.slice(qs[0].content),
            "even by Sunday noon, the port authority was refusing to call the spill an accident");
}

TEST(Quotes, AlongWithAndDespiteOpenersLeaveTheSubjectPronounAsSpeaker) {
  // "Along with her cousin, NAME, a baker, she has X, but plans to Y": "she" plans, not "Along".
  Document d = makeDoc(
      "Along with her cousin, Ines Varga, a baker, she has funded three shelters, but intends to fund a "
      "fourth next year.");
  bool found = false;
  for (const Quote& q : quotesOf(d))
    if (cue(d, q) == "intends") {
      found = true;
      EXPECT_EQ(q.speakerName.find("Along"), std::string::npos) << q.speakerName;
      EXPECT_EQ(q.speakerName.find("Ines"), std::string::npos) << q.speakerName;
    }
  EXPECT_TRUE(found);
  // No comma after the opening phrase: the pronoun inside it is the subject.
  Document n = makeDoc("Despite the endless hearings he has stayed calm, and hopes to see a verdict by June.");
  found = false;
  for (const Quote& q : quotesOf(n))
    if (cue(n, q) == "hopes") {
      found = true;
      EXPECT_EQ(q.speakerName.find("Despite"), std::string::npos) << q.speakerName;
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace wiremap::extract
