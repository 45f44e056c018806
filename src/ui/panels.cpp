#include "ui/panels.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <set>

#include "ui/palette.hpp"

namespace wiremap::ui {
namespace {

ImU32 rgba(render::Rgba c, int alpha) { return IM_COL32(c.r, c.g, c.b, alpha); }
ImVec4 vec(render::Rgba c) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1.f); }

std::string trimmed(std::string s, std::size_t maxLen) {
  for (char& c : s)
    if (c == '\n' || c == '\t') c = ' ';
  if (s.size() > maxLen) {
    std::size_t cut = maxLen;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "\xE2\x80\xA6";
  }
  return s;
}

bool contains(const std::vector<Id>& v, Id x) { return std::find(v.begin(), v.end(), x) != v.end(); }

std::string speakerOf(const Document& doc, const Quote& q) {
  if (q.speaker >= 0 && q.speaker < static_cast<Id>(doc.actors.size())) return doc.actors[q.speaker].name;
  if (!q.speakerName.empty()) return q.speakerName;
  return "unattributed";
}

void quoteItem(const Document& doc, Id qi, std::vector<Action>& out) {
  const Quote& q = doc.quotes[qi];
  ImGui::PushID(qi);
  ImGui::TextDisabled("%s %s", q.direct ? "\xE2\x80\x9C" : "~", speakerOf(doc, q).c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(trimmed(doc.slice(q.content), 400).c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemHovered()) {
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetColorU32(ImGuiCol_HeaderHovered));
    ImGui::SetTooltip("%s quote. Click to show it in the article.", q.direct ? "Direct" : "Indirect");
  }
  if (ImGui::IsItemClicked()) out.push_back(Select{{ItemKind::Quote, qi}, true});
  ImGui::Spacing();
  ImGui::PopID();
}

}  // namespace

TextMarks buildTextMarks(const Document& doc) {
  TextMarks tm;
  for (std::size_t q = 0; q < doc.quotes.size(); ++q)
    tm.marks.push_back({doc.quotes[q].content, {ItemKind::Quote, static_cast<Id>(q)}, IM_COL32(120, 120, 120, 40)});
  for (std::size_t a = 0; a < doc.actors.size(); ++a) {
    const Actor& ac = doc.actors[a];
    if (ac.kind == ActorKind::Country) continue;  // shown as places
    const ImU32 c = ac.kind == ActorKind::Person ? IM_COL32(240, 160, 60, 90) : IM_COL32(80, 170, 90, 80);
    for (Span s : ac.mentions) tm.marks.push_back({s, {ItemKind::Actor, static_cast<Id>(a)}, c});
  }
  for (std::size_t p = 0; p < doc.places.size(); ++p)
    for (const auto& m : doc.places[p].mentions)
      tm.marks.push_back({m.span, {ItemKind::Place, static_cast<Id>(p)}, rgba(placeColor(doc.places[p].kind), 70)});
  std::stable_sort(tm.marks.begin(), tm.marks.end(), [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
  return tm;
}

Related relatedToPlace(const Document& doc, Id place) {
  Related r;
  for (std::size_t q = 0; q < doc.quotes.size(); ++q) {
    if (contains(doc.quotes[q].saidAt, place)) r.quotesSaidAt.push_back(static_cast<Id>(q));
    else if (contains(doc.quotes[q].about, place)) r.quotesAbout.push_back(static_cast<Id>(q));
  }
  // A link of a country drawn at this city's marker ("South Korea" at "Seoul") ends here too.
  const auto endsHere = [&](const Endpoint& e) {
    const Id p = endpointPlace(doc, e);
    return p == place || countryAnchoredAtCity(doc, p, place);
  };
  for (std::size_t l = 0; l < doc.links.size(); ++l)
    if (endsHere(doc.links[l].from) || endsHere(doc.links[l].to)) r.links.push_back(static_cast<Id>(l));
  if (place >= 0 && place < static_cast<Id>(doc.places.size())) {
    const Place& p = doc.places[place];
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
      for (const auto& m : p.mentions)
        if (doc.sentences[s].overlaps(m.span)) {
          r.sentences.push_back(static_cast<Id>(s));
          break;
        }
    std::set<Id> actors;
    for (Id l : r.links)
      for (const Endpoint* e : {&doc.links[l].from, &doc.links[l].to})
        if (e->actor >= 0) actors.insert(e->actor);
    for (std::size_t a = 0; a < doc.actors.size(); ++a)
      if (doc.actors[a].place == place) actors.insert(static_cast<Id>(a));
    r.actors.assign(actors.begin(), actors.end());
  }
  return r;
}

Related relatedToActor(const Document& doc, Id actor) {
  Related r;
  for (std::size_t q = 0; q < doc.quotes.size(); ++q)
    if (doc.quotes[q].speaker == actor) r.quotesSaidAt.push_back(static_cast<Id>(q));
  for (std::size_t l = 0; l < doc.links.size(); ++l)
    if (doc.links[l].from.actor == actor || doc.links[l].to.actor == actor) r.links.push_back(static_cast<Id>(l));
  if (actor >= 0 && actor < static_cast<Id>(doc.actors.size()))
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
      for (Span m : doc.actors[actor].mentions)
        if (doc.sentences[s].overlaps(m)) {
          r.sentences.push_back(static_cast<Id>(s));
          break;
        }
  return r;
}

// ---- Article -----------------------------------------------------------------------------

void ArticlePanel::draw(const Document& doc, UiState& state, std::vector<Action>& out) {
  if (!built_) {
    marks_ = buildTextMarks(doc);
    longestMark_ = 0;
    for (const auto& mk : marks_.marks) longestMark_ = std::max(longestMark_, mk.span.size());
    built_ = true;
  }
  const Metadata& m = doc.meta;
  if (!m.headline.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextUnformatted(m.headline.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopTextWrapPos();
  }
  std::vector<std::string> bits;
  if (!m.dateline.empty()) bits.push_back(m.dateline);
  if (!m.date.empty()) bits.push_back(m.date);
  if (!m.publisher.empty()) bits.push_back(m.publisher);
  if (!m.byline.empty()) {
    std::string b = "By ";
    for (std::size_t i = 0; i < m.byline.size(); ++i) b += (i ? ", " : "") + m.byline[i];
    bits.push_back(b);
  }
  if (!bits.empty()) {
    std::string line;
    for (std::size_t i = 0; i < bits.size(); ++i) line += (i ? "  \xC2\xB7  " : "") + bits[i];
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
  }
  {
    // Key to the highlight colours.
    const auto key = [](ImU32 c, const char* label) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float h = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + h, p.y + h), c, 2.0f);
      ImGui::Dummy(ImVec2(h, h));
      ImGui::SameLine();
      ImGui::TextDisabled("%s", label);
      ImGui::SameLine();
    };
    key(rgba(placeColor(PlaceKind::City), 110), "place");
    key(IM_COL32(240, 160, 60, 140), "person");
    key(IM_COL32(80, 170, 90, 130), "organisation");
    key(IM_COL32(120, 120, 120, 80), "quote");
    ImGui::NewLine();
  }
  if (doc.repairedSequences)
    ImGui::TextColored(ImVec4(0.8f, 0.4f, 0.f, 1.f), "%zu invalid UTF-8 sequence(s) were replaced with \xEF\xBF\xBD", doc.repairedSequences);
  ImGui::Separator();

  ImGui::BeginChild("article-text", ImVec2(0, 0), false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float wrap = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  const float spaceW = ImGui::CalcTextSize(" ").x;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool winHovered = ImGui::IsWindowHovered();
  const float scrollY = ImGui::GetScrollY(), viewH = ImGui::GetWindowHeight();
  const ImU32 textCol = ImGui::GetColorU32(ImGuiCol_Text);
  float x = 0, y = 0;
  ItemRef hoverNow;
  std::optional<float> scrollTarget;
  std::size_t markCursor = 0;
  const std::string_view text = doc.text;
  // Highlights go under the text (channel 0) as one rectangle per run of words with the same
  // mark on a line: a few hundred anti-aliased rounded rectangles per frame otherwise, each
  // a fan of tiny triangles, which cost llvmpipe more than all the glyphs.
  dl->ChannelsSplit(2);
  struct Run {
    const TextMarks::Mark* mark = nullptr;
    bool active = false;
    ImVec2 p0, p1;
  } run;
  auto flushRun = [&] {
    if (!run.mark) return;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(ImVec2(run.p0.x - 1, run.p0.y), ImVec2(run.p1.x + 1, run.p1.y - 1),
                      run.active ? (run.mark->color | IM_COL32(0, 0, 0, 160)) : run.mark->color, 2.0f);
    if (run.active) dl->AddLine(ImVec2(run.p0.x, run.p1.y - 1), ImVec2(run.p1.x, run.p1.y - 1), IM_COL32(30, 30, 30, 200));
    dl->ChannelsSetCurrent(1);
    run.mark = nullptr;
  };
  dl->ChannelsSetCurrent(1);
  for (Span para : doc.paragraphs) {
    const bool boiler = std::any_of(m.boilerplate.begin(), m.boilerplate.end(), [&](Span b) { return b.overlaps(para); });
    if (boiler) continue;
    if (m.headlineSpan && m.headlineSpan->overlaps(para)) continue;
    x = 0;
    std::size_t b = doc.offsets.toByte(para.start);
    const std::size_t pe = doc.offsets.toByte(para.end);
    while (b < pe) {
      while (b < pe && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) ++b;
      if (b >= pe) break;
      std::size_t e = b;
      while (e < pe && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' && text[e] != '\r') ++e;
      const std::uint32_t cs = doc.offsets.toCodePoint(b), ce = doc.offsets.toCodePoint(e);
      const ImVec2 sz = ImGui::CalcTextSize(text.data() + b, text.data() + e);
      if (x > 0 && x + sz.x > wrap) {
        x = 0;
        y += lineH;
      }
      if (state.scrollTo && !scrollTarget && state.scrollTo->start < ce) scrollTarget = y;
      const bool visible = y + lineH >= scrollY - lineH && y <= scrollY + viewH + lineH;
      const ImVec2 p0(origin.x + x, origin.y + y);
      const ImVec2 p1(p0.x + sz.x, p0.y + lineH);
      if (visible) {
        // The most specific mark covering this word: marks are sorted by start, and none is
        // longer than longestMark_, so only those starting after cs - longestMark_ can cover it.
        const std::uint32_t from = cs > longestMark_ ? cs - longestMark_ : 0;
        while (markCursor < marks_.marks.size() && marks_.marks[markCursor].span.start < from) ++markCursor;
        const TextMarks::Mark* best = nullptr;
        for (std::size_t k = markCursor; k < marks_.marks.size() && marks_.marks[k].span.start < ce; ++k) {
          const auto& mk = marks_.marks[k];
          if (mk.span.end <= cs) continue;
          if (!best || mk.span.size() < best->span.size()) best = &mk;
        }
        if (run.mark && (run.mark != best || run.p0.y != p0.y)) flushRun();
        if (best && !run.mark) {
          run.mark = best;
          run.active = state.hovered == best->item || state.selected == best->item;
          run.p0 = p0;
        }
        if (best) run.p1 = p1;
        dl->AddText(p0, textCol, text.data() + b, text.data() + e);
        if (winHovered && best && mouse.x >= p0.x && mouse.x < p1.x && mouse.y >= p0.y && mouse.y < p1.y) hoverNow = best->item;
      }
      x += sz.x + spaceW;
      b = e;
    }
    flushRun();
    y += lineH * 1.6f;
  }
  flushRun();
  dl->ChannelsMerge();
  ImGui::Dummy(ImVec2(wrap, y + lineH));
  if (scrollTarget) {
    ImGui::SetScrollY(std::max(0.0f, *scrollTarget - viewH * 0.3f));
    state.scrollTo.reset();
  }
  if (hoverNow) {
    out.push_back(Hover{hoverNow});
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) out.push_back(Select{hoverNow, false});
  }
  ImGui::EndChild();
}

// ---- Inspector ---------------------------------------------------------------------------

void InspectorPanel::draw(const Document& doc, UiState& state, std::vector<Action>& out) {
  const ItemRef sel = state.selected;
  if (!sel) {
    ImGui::TextWrapped("Click a place on the map or a highlighted name in the article to see its quotes and evidence.");
    return;
  }
  const auto sentenceList = [&](const std::vector<Id>& sentences) {
    for (Id s : sentences) {
      ImGui::PushID(s + 100000);
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(trimmed(doc.slice(doc.sentences[s]), 500).c_str());
      ImGui::PopTextWrapPos();
      if (ImGui::IsItemClicked()) state.scrollTo = doc.sentences[s];
      ImGui::PopID();
    }
  };
  const auto linkList = [&](const std::vector<Id>& links) {
    for (Id l : links) {
      const Link& lk = doc.links[l];
      const auto endName = [&](const Endpoint& e) -> std::string {
        if (e.actor >= 0) return doc.actors[e.actor].name;
        if (e.place >= 0) return doc.places[e.place].name;
        return "?";
      };
      ImGui::PushID(l + 200000);
      ImGui::TextColored(vec(linkColor(lk.type)), "%s", linkLabel(lk.type));
      ImGui::SameLine();
      const std::string s = fmt::format("{} -> {}{}  \"{}\"", endName(lk.from), endName(lk.to),
                                        lk.hypothetical ? " (possible)" : "", trimmed(doc.slice(lk.trigger), 80));
      if (ImGui::Selectable(s.c_str())) out.push_back(Select{{ItemKind::Link, l}, true});
      ImGui::PopID();
    }
  };
  if (sel.kind == ItemKind::Place && sel.id < static_cast<Id>(doc.places.size())) {
    const Place& p = doc.places[sel.id];
    {
      const ImVec2 c = ImGui::GetCursorScreenPos();
      const float r = ImGui::GetTextLineHeight() * 0.35f;
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(c.x + r, c.y + ImGui::GetTextLineHeight() * 0.5f), r, rgba(placeColor(p.kind), 255));
      ImGui::Dummy(ImVec2(2 * r, ImGui::GetTextLineHeight()));
      ImGui::SameLine();
    }
    ImGui::Text("%s", p.name.c_str());
    ImGui::TextDisabled("%s%s%s  %.3f, %.3f  %s", placeLabel(p.kind), p.countryCode.empty() ? "" : " in ", p.countryCode.c_str(),
                        p.lat, p.lon, p.geonameId ? fmt::format("GeoNames {}", p.geonameId).c_str() : "");
    const Related r = relatedToPlace(doc, sel.id);
    if (ImGui::CollapsingHeader(fmt::format("Quotes said here ({})", r.quotesSaidAt.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
      for (Id q : r.quotesSaidAt) quoteItem(doc, q, out);
    if (ImGui::CollapsingHeader(fmt::format("Quotes about it ({})", r.quotesAbout.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
      for (Id q : r.quotesAbout) quoteItem(doc, q, out);
    if (ImGui::CollapsingHeader(fmt::format("Links ({})", r.links.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) linkList(r.links);
    if (ImGui::CollapsingHeader(fmt::format("Sentences ({})", r.sentences.size()).c_str())) sentenceList(r.sentences);
    if (!r.actors.empty() && ImGui::CollapsingHeader(fmt::format("Actors ({})", r.actors.size()).c_str()))
      for (Id a : r.actors) {
        ImGui::PushID(a + 300000);
        if (ImGui::Selectable(doc.actors[a].name.c_str())) out.push_back(Select{{ItemKind::Actor, a}, false});
        ImGui::PopID();
      }
    if (ImGui::CollapsingHeader("Why this place?")) {
      if (p.candidates.empty()) ImGui::TextDisabled("No alternative candidates.");
      if (ImGui::BeginTable("cands", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Candidate");
        ImGui::TableSetupColumn("Score");
        ImGui::TableSetupColumn("Why");
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (std::size_t c = 0; c < p.candidates.size(); ++c) {
          const auto& cd = p.candidates[c];
          ImGui::PushID(static_cast<int>(c));
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::Text("%s%s%s", cd.name.c_str(), cd.countryCode.empty() ? "" : ", ", cd.countryCode.c_str());
          ImGui::TableNextColumn();
          ImGui::Text("%.2f", cd.score);
          ImGui::TableNextColumn();
          ImGui::TextWrapped("%s", cd.why.c_str());
          ImGui::TableNextColumn();
          const bool chosen = std::abs(cd.lat - p.lat) < 1e-6 && std::abs(cd.lon - p.lon) < 1e-6;
          if (chosen) ImGui::TextDisabled("chosen");
          else if (ImGui::SmallButton("Use")) out.push_back(OverridePlace{sel.id, static_cast<int>(c)});
          ImGui::PopID();
        }
        ImGui::EndTable();
      }
    }
  } else if (sel.kind == ItemKind::Actor && sel.id < static_cast<Id>(doc.actors.size())) {
    const Actor& a = doc.actors[sel.id];
    ImGui::Text("%s", a.name.c_str());
    ImGui::TextDisabled("%s%s%s", toString(a.kind), a.countryCode.empty() ? "" : " \xC2\xB7 ", a.countryCode.c_str());
    if (!a.title.empty()) ImGui::TextWrapped("%s", a.title.c_str());
    const Related r = relatedToActor(doc, sel.id);
    if (ImGui::CollapsingHeader(fmt::format("Quotes ({})", r.quotesSaidAt.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
      for (Id q : r.quotesSaidAt) quoteItem(doc, q, out);
    {
      // Places the actor is linked to, and its country.
      std::vector<Id> places;
      for (Id l : r.links)
        for (const Endpoint* e : {&doc.links[l].from, &doc.links[l].to})
          if (const Id p = endpointPlace(doc, *e); p != kNone && std::find(places.begin(), places.end(), p) == places.end())
            places.push_back(p);
      if (const Id p = endpointPlace(doc, Endpoint{sel.id, kNone}); p != kNone && std::find(places.begin(), places.end(), p) == places.end())
        places.push_back(p);
      if (ImGui::CollapsingHeader(fmt::format("Places ({})", places.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        for (Id p : places) {
          ImGui::PushID(p + 400000);
          if (ImGui::Selectable(doc.places[p].name.c_str())) out.push_back(Select{{ItemKind::Place, p}, false});
          ImGui::PopID();
        }
    }
    if (ImGui::CollapsingHeader(fmt::format("Links ({})", r.links.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) linkList(r.links);
    if (ImGui::CollapsingHeader(fmt::format("Sentences ({})", r.sentences.size()).c_str())) sentenceList(r.sentences);
  } else if (sel.kind == ItemKind::Quote && sel.id < static_cast<Id>(doc.quotes.size())) {
    const Quote& q = doc.quotes[sel.id];
    ImGui::Text("%s quote by %s", q.direct ? "Direct" : "Indirect", speakerOf(doc, q).c_str());
    if (q.cue) ImGui::TextDisabled("cue: \"%s\"", doc.slice(*q.cue).c_str());
    ImGui::Separator();
    ImGui::TextWrapped("%s", doc.slice(q.content).c_str());
    for (Id p : q.saidAt) {
      ImGui::PushID(p);
      if (ImGui::SmallButton(fmt::format("said in {}", doc.places[p].name).c_str())) out.push_back(Select{{ItemKind::Place, p}, false});
      ImGui::SameLine();
      ImGui::PopID();
    }
    for (Id p : q.about) {
      ImGui::PushID(p + 50000);
      if (ImGui::SmallButton(fmt::format("about {}", doc.places[p].name).c_str())) out.push_back(Select{{ItemKind::Place, p}, false});
      ImGui::SameLine();
      ImGui::PopID();
    }
    ImGui::NewLine();
  } else if (sel.kind == ItemKind::Link && sel.id < static_cast<Id>(doc.links.size())) {
    const Link& l = doc.links[sel.id];
    ImGui::TextColored(vec(linkColor(l.type)), "%s%s", linkLabel(l.type), l.hypothetical ? " (possible)" : "");
    ImGui::TextWrapped("Evidence: %s", doc.slice(l.sentence).c_str());
  }
}

// ---- Lists -------------------------------------------------------------------------------

void ListsPanel::draw(const Document& doc, UiState& state, std::vector<Action>& out) {
  Filters& f = state.filters;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%s", f.search.c_str());
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##search", "Search places, actors, quotes", buf, sizeof buf)) f.search = buf;
  if (ImGui::TreeNode("Filters")) {
    for (int k = 0; k < kPlaceKindCount; ++k) {
      ImGui::Checkbox(placeLabel(static_cast<PlaceKind>(k)), &f.placeKinds[k]);
      if (k % 3 != 2) ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Checkbox("Links", &f.showLinks);
    ImGui::SameLine();
    ImGui::Checkbox("Labels", &f.showLabels);
    for (int t = 0; t < kLinkTypeCount; ++t) {
      ImGui::PushStyleColor(ImGuiCol_CheckMark, vec(linkColor(static_cast<LinkType>(t))));
      ImGui::Checkbox(linkLabel(static_cast<LinkType>(t)), &f.linkTypes[t]);
      ImGui::PopStyleColor();
      if (t % 3 != 2) ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::TreePop();
  }
  if (!ImGui::BeginTabBar("lists")) return;
  const ImGuiTableFlags tf = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                             ImGuiTableFlags_BordersInnerV;
  if (ImGui::BeginTabItem(fmt::format("Places ({})###places", doc.places.size()).c_str())) {
    if (ImGui::BeginTable("places", 4, tf)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort);
      ImGui::TableSetupColumn("Kind");
      ImGui::TableSetupColumn("Mentions", ImGuiTableColumnFlags_PreferSortDescending);
      ImGui::TableSetupColumn("Country");
      ImGui::TableHeadersRow();
      std::vector<Id> rows;
      for (std::size_t i = 0; i < doc.places.size(); ++i)
        if (f.placeVisible(doc.places[i]) && containsNoCase(doc.places[i].name, f.search)) rows.push_back(static_cast<Id>(i));
      if (auto* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const auto& s = specs->Specs[0];
        std::stable_sort(rows.begin(), rows.end(), [&](Id a, Id b) {
          const Place &pa = doc.places[a], &pb = doc.places[b];
          int c = 0;
          switch (s.ColumnIndex) {
            case 0: c = pa.name.compare(pb.name); break;
            case 1: c = static_cast<int>(pa.kind) - static_cast<int>(pb.kind); break;
            case 2: c = static_cast<int>(pa.mentions.size()) - static_cast<int>(pb.mentions.size()); break;
            default: c = pa.countryCode.compare(pb.countryCode); break;
          }
          return s.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
        });
      }
      for (Id i : rows) {
        const Place& p = doc.places[i];
        ImGui::PushID(i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool isSel = state.selected == ItemRef{ItemKind::Place, i};
        if (ImGui::Selectable(p.name.c_str(), isSel, ImGuiSelectableFlags_SpanAllColumns)) out.push_back(Select{{ItemKind::Place, i}, true});
        if (ImGui::IsItemHovered()) out.push_back(Hover{{ItemKind::Place, i}});
        ImGui::TableNextColumn();
        ImGui::TextColored(vec(placeColor(p.kind)), "%s%s", placeLabel(p.kind), p.resolved ? "" : " (unresolved)");
        ImGui::TableNextColumn();
        ImGui::Text("%zu", p.mentions.size());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.countryCode.c_str());
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(fmt::format("Actors ({})###actors", doc.actors.size()).c_str())) {
    if (ImGui::BeginTable("actors", 4, tf)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort);
      ImGui::TableSetupColumn("Kind");
      ImGui::TableSetupColumn("Country");
      ImGui::TableSetupColumn("Mentions", ImGuiTableColumnFlags_PreferSortDescending);
      ImGui::TableHeadersRow();
      std::vector<Id> rows;
      for (std::size_t i = 0; i < doc.actors.size(); ++i)
        if (containsNoCase(doc.actors[i].name, f.search) || containsNoCase(doc.actors[i].title, f.search)) rows.push_back(static_cast<Id>(i));
      if (auto* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const auto& s = specs->Specs[0];
        std::stable_sort(rows.begin(), rows.end(), [&](Id a, Id b) {
          const Actor &x = doc.actors[a], &y = doc.actors[b];
          int c = 0;
          switch (s.ColumnIndex) {
            case 0: c = x.name.compare(y.name); break;
            case 1: c = static_cast<int>(x.kind) - static_cast<int>(y.kind); break;
            case 2: c = x.countryCode.compare(y.countryCode); break;
            default: c = static_cast<int>(x.mentions.size()) - static_cast<int>(y.mentions.size()); break;
          }
          return s.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
        });
      }
      for (Id i : rows) {
        const Actor& a = doc.actors[i];
        ImGui::PushID(i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string name = a.metadataOnly ? a.name + " (byline)" : a.name;
        if (ImGui::Selectable(name.c_str(), state.selected == ItemRef{ItemKind::Actor, i}, ImGuiSelectableFlags_SpanAllColumns))
          out.push_back(Select{{ItemKind::Actor, i}, true});
        if (!a.title.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(toString(a.kind));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(a.countryCode.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%zu", a.mentions.size());
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(fmt::format("Quotes ({})###quotes", doc.quotes.size()).c_str())) {
    ImGui::BeginChild("quotes");
    for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
      const Quote& q = doc.quotes[i];
      if (!f.search.empty() && !containsNoCase(doc.slice(q.content), f.search) && !containsNoCase(speakerOf(doc, q), f.search)) continue;
      quoteItem(doc, static_cast<Id>(i), out);
      ImGui::Separator();
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(fmt::format("Links ({})###links", doc.links.size()).c_str())) {
    ImGui::BeginChild("links");
    for (std::size_t i = 0; i < doc.links.size(); ++i) {
      const Link& l = doc.links[i];
      if (!f.linkVisible(l)) continue;
      const auto endName = [&](const Endpoint& e) -> std::string {
        if (e.actor >= 0) return doc.actors[e.actor].name;
        if (e.place >= 0) return doc.places[e.place].name;
        return "?";
      };
      ImGui::PushID(static_cast<int>(i));
      ImGui::TextColored(vec(linkColor(l.type)), "%s", linkLabel(l.type));
      ImGui::SameLine();
      const std::string s = fmt::format("{} -> {}{}", endName(l.from), endName(l.to), l.hypothetical ? " (possible)" : "");
      if (ImGui::Selectable(s.c_str(), state.selected == ItemRef{ItemKind::Link, static_cast<Id>(i)}))
        out.push_back(Select{{ItemKind::Link, static_cast<Id>(i)}, true});
      ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

// ---- File browser ------------------------------------------------------------------------

void FileBrowser::open(const std::filesystem::path& start) {
  dir_ = start;
  error_.clear();
  typed_[0] = 0;
  requestPopup_ = true;
  open_ = true;
}

void FileBrowser::draw(std::vector<Action>& out) {
  namespace fs = std::filesystem;
  if (requestPopup_) {
    ImGui::OpenPopup("Open article");
    requestPopup_ = false;
  }
  ImGui::SetNextWindowSize(ImVec2(640, 460), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Open article", &open_)) return;
  ImGui::TextWrapped("%s", dir_.string().c_str());
  if (ImGui::Button("Up") && dir_.has_parent_path()) dir_ = dir_.parent_path();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-80);
  const bool enter = ImGui::InputTextWithHint("##path", "or type a path", typed_, sizeof typed_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open") || enter) && typed_[0]) {
    out.push_back(OpenFile{typed_});
    open_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::BeginChild("entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), true);
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(*it);
  if (ec) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.2f, 1), "Cannot list this folder: %s", ec.message().c_str());
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    std::error_code e1, e2;
    const bool da = a.is_directory(e1), db = b.is_directory(e2);
    if (da != db) return da;
    return a.path().filename() < b.path().filename();
  });
  for (const auto& e : entries) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(".")) continue;
    std::error_code e1;
    const bool isDir = e.is_directory(e1);
    const std::string ext = e.path().extension().string();
    if (!isDir && ext != ".txt" && ext != ".html" && ext != ".htm" && ext != ".json" && ext != ".md") continue;
    if (ImGui::Selectable((isDir ? "[dir] " + name : name).c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) &&
        ImGui::IsMouseDoubleClicked(0)) {
      if (isDir) dir_ = e.path();
      else {
        out.push_back(OpenFile{e.path().string()});
        open_ = false;
        ImGui::CloseCurrentPopup();
      }
    }
  }
  ImGui::EndChild();
  ImGui::TextDisabled("Double-click a file (.txt, .html, .json) to open it.");
  ImGui::EndPopup();
}

// ---- Export ------------------------------------------------------------------------------

void ExportDialog::open(const std::string& suggestedPath) {
  std::snprintf(path_, sizeof path_, "%s", suggestedPath.c_str());
  requestPopup_ = true;
}

void ExportDialog::draw(std::vector<Action>& out) {
  if (requestPopup_) {
    ImGui::OpenPopup("Export");
    requestPopup_ = false;
  }
  if (!ImGui::BeginPopupModal("Export", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  static constexpr const char* kPresets[] = {"1920 x 1080 (HD)", "3840 x 2160 (4K)", "A4 landscape, 300 dpi (3508 x 2480)", "Custom"};
  static constexpr int kSizes[][2] = {{1920, 1080}, {3840, 2160}, {3508, 2480}};
  if (ImGui::Combo("Size", &preset_, kPresets, 4) && preset_ < 3) {
    width_ = kSizes[preset_][0];
    height_ = kSizes[preset_][1];
  }
  if (preset_ == 3) {
    ImGui::InputInt("Width", &width_);
    ImGui::InputInt("Height", &height_);
    width_ = std::clamp(width_, 16, 16384);
    height_ = std::clamp(height_, 16, 16384);
  }
  ImGui::Checkbox("Title, legend, scale bar and attribution", &report_);
  ImGui::InputText("File", path_, sizeof path_);
  if (ImGui::Button("Export PNG")) {
    out.push_back(ExportPng{path_, width_, height_, report_});
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("GeoJSON")) {
    std::string p = path_;
    if (p.ends_with(".png")) p = p.substr(0, p.size() - 4) + ".geojson";
    out.push_back(ExportJson{p, true});
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Full JSON")) {
    std::string p = path_;
    if (p.ends_with(".png")) p = p.substr(0, p.size() - 4) + ".json";
    out.push_back(ExportJson{p, false});
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace wiremap::ui
