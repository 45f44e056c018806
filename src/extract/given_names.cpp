#include "extract/given_names.hpp"

#include <array>
#include <cctype>

#include "core/files.hpp"
#include "core/text.hpp"

namespace wiremap::extract {
namespace {

// Title words that say the gender; honorifics with or without their period.
constexpr std::array<std::string_view, 24> kFemaleTitles = {
    "mrs",        "ms",          "miss",         "madam",       "madame",       "lady",
    "dame",       "queen",       "princess",     "duchess",     "countess",     "sister",
    "mother",     "spokeswoman", "chairwoman",   "congresswoman", "councilwoman", "businesswoman",
    "alderwoman", "assemblywoman", "policewoman", "sportswoman", "grandmother", "actress"};
constexpr std::array<std::string_view, 21> kMaleTitles = {
    "mr",         "sir",         "lord",         "king",        "prince",       "duke",
    "count",      "brother",     "father",       "spokesman",   "chairman",     "congressman",
    "councilman", "businessman", "alderman",     "assemblyman", "policeman",    "sportsman",
    "grandfather", "monsignor",  "sheikh"};

// Titles that may open a name as the tagger found it ("Mayor Sophie Tremblay"): not given names,
// even where the name list has them ("Mayor" is one).
constexpr std::array<std::string_view, 44> kNameTitles = {
    "mayor",     "premier",  "president", "senator",   "sen",        "governor",  "gov",       "judge",
    "justice",   "general",  "gen",       "minister",  "chancellor", "coach",     "dr",        "doctor",
    "professor", "prof",     "rev",       "reverend",  "rep",        "col",       "colonel",   "capt",
    "captain",   "lt",       "sgt",       "sergeant",  "chief",      "councillor", "coun",     "cllr",
    "mp",        "mla",      "mpp",       "rabbi",     "imam",       "pastor",    "bishop",    "ambassador",
    "secretary", "commissioner", "deputy", "officer"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

}  // namespace

Result<std::shared_ptr<const GivenNames>> GivenNames::parse(std::string_view text, const std::string& origin) {
  auto g = std::make_shared<GivenNames>();
  std::size_t lineNo = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (line.size() < 3 || (line[0] != 'f' && line[0] != 'm') || line[1] != ' ' || line.size() > 64)
      return Error{origin + ":" + std::to_string(lineNo) + ": expected \"f NAME\" or \"m NAME\""};
    g->names_[text::asciiLowered(line.substr(2))] = line[0] == 'f' ? Gender::Female : Gender::Male;
  }
  if (g->names_.empty()) return Error{origin + ": no names"};
  return std::shared_ptr<const GivenNames>(std::move(g));
}

Result<std::shared_ptr<const GivenNames>> GivenNames::load(const std::filesystem::path& path) {
  auto text = files::readAll(path, 4u << 20);
  if (!text) return text.error();
  return parse(text.value(), path.string());
}

Gender GivenNames::of(std::string_view givenName) const {
  const auto it = names_.find(text::asciiLowered(givenName));
  return it == names_.end() ? Gender::Unknown : it->second;
}

Gender pronounGender(std::string_view word) {
  using text::equalsIgnoreCase;
  if (equalsIgnoreCase(word, "he") || equalsIgnoreCase(word, "him")) return Gender::Male;
  if (equalsIgnoreCase(word, "she") || equalsIgnoreCase(word, "her")) return Gender::Female;
  return Gender::Unknown;
}

Gender personGender(const Actor& actor, const GivenNames* names) {
  if (actor.kind != ActorKind::Person) return Gender::Unknown;
  // Title words first: "Mrs. Clinton", "Rep. Ann Lee, a spokeswoman".
  std::string_view title = actor.title;
  while (!title.empty()) {
    const std::size_t sp = title.find(' ');
    std::string w = text::asciiLowered(title.substr(0, sp));
    title = sp == std::string_view::npos ? std::string_view() : title.substr(sp + 1);
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
    if (listed(kFemaleTitles, w)) return Gender::Female;
    if (listed(kMaleTitles, w)) return Gender::Male;
  }
  // The given name of a full name, after any title the name opens with ("Mayor Sophie
  // Tremblay", "Mrs. Ann Lee"); a surname alone ("Whitfield") tells nothing.
  std::string_view name = actor.name;
  while (true) {
    const std::size_t sp = name.find(' ');
    if (sp == std::string_view::npos || sp == 0) return Gender::Unknown;
    std::string w = text::asciiLowered(name.substr(0, sp));
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (listed(kFemaleTitles, w)) return Gender::Female;
    if (listed(kMaleTitles, w)) return Gender::Male;
    if (!listed(kNameTitles, w)) return names == nullptr ? Gender::Unknown : names->of(name.substr(0, sp));
    name = name.substr(sp + 1);
  }
}

void assignGenders(Document& doc, const GivenNames* names) {
  for (Actor& a : doc.actors) {
    a.gender = personGender(a, names);
    if (a.kind != ActorKind::Person || a.gender != Gender::Unknown) continue;
    // "Mr. Obama", "Ms. Hua", "Mr Obama": an honorific before any mention of the name.
    for (const Span& m : a.mentions) {
      // Up to six characters before the mention, with a word boundary before the honorific.
      const std::string before = text::asciiLowered(doc.slice(Span{m.start >= 6 ? m.start - 6 : 0, m.start}));
      const auto after = [&](std::string_view h) {
        if (!before.ends_with(h)) return false;
        const std::size_t at = before.size() - h.size();
        return at == 0 || !std::isalpha(static_cast<unsigned char>(before[at - 1]));
      };
      if (after("mrs. ") || after("ms. ") || after("mrs ") || after("ms ")) a.gender = Gender::Female;
      else if (after("mr. ") || after("mr ")) a.gender = Gender::Male;
      if (a.gender != Gender::Unknown) break;
    }
  }
}

}  // namespace wiremap::extract
