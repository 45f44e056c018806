// Headless UI tests: ImGui runs without a window or GL; the panels are driven for a few
// frames with synthetic mouse input and the actions they emit are checked.
#include "ui/panels.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>

using namespace wiremap;
using namespace wiremap::ui;

namespace {

class ImGuiHarness {
 public:
  ImGuiHarness() {
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(900, 700);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);  // build the default font atlas
  }
  ~ImGuiHarness() { ImGui::DestroyContext(ctx_); }

  /// Runs one frame with the mouse at (x, y), button down or not, drawing `body` in a
  /// full-size window. Returns the actions emitted.
  std::vector<Action> frame(float x, float y, bool down, const std::function<void(std::vector<Action>&)>& body) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
    std::vector<Action> out;
    body(out);
    ImGui::End();
    ImGui::Render();
    return out;
  }

  /// Clicks at (x, y) (press frame, release frame) and returns every action emitted.
  std::vector<Action> click(float x, float y, const std::function<void(std::vector<Action>&)>& body) {
    auto a = frame(x, y, false, body);
    auto b = frame(x, y, true, body);
    auto c = frame(x, y, false, body);
    a.insert(a.end(), b.begin(), b.end());
    a.insert(a.end(), c.begin(), c.end());
    return a;
  }

 private:
  ImGuiContext* ctx_;
};

Document doc() {
  Document d;
  d.setText("Lima hosted the talks.\n\nDiplomats from Chile arrived later.");
  d.paragraphs = {{0, 22}, {24, 59}};
  d.sentences = {{0, 22}, {24, 59}};
  Place lima;
  lima.name = "Lima";
  lima.kind = PlaceKind::City;
  lima.resolved = true;
  lima.mentions.push_back({{0, 4}});
  Place chile;
  chile.name = "Chile";
  chile.kind = PlaceKind::Country;
  chile.resolved = true;
  chile.mentions.push_back({{39, 44}});
  d.places = {lima, chile};
  return d;
}

template <class T>
std::vector<T> only(const std::vector<Action>& as) {
  std::vector<T> r;
  for (const auto& a : as)
    if (const T* t = std::get_if<T>(&a)) r.push_back(*t);
  return r;
}

/// Clicks down the left side of the panel until a click selects something; returns those
/// selections (empty when none did). Filters are restored after each click, since the sweep may
/// toggle a filter checkbox on its way down.
std::vector<Select> sweepForSelect(ImGuiHarness& h, UiState& state, const std::function<void(std::vector<Action>&)>& body) {
  std::vector<Select> selects;
  const Filters original = state.filters;
  for (float y = 40; y < 400 && selects.empty(); y += 4) {
    selects = only<Select>(h.click(30, y, body));
    state.filters = original;
  }
  return selects;
}

}  // namespace

TEST(ArticlePanel, HoverAndClickOnAPlaceNameSelectIt) {
  ImGuiHarness h;
  const Document d = doc();
  UiState state;
  ArticlePanel panel;
  const auto body = [&](std::vector<Action>& out) { panel.draw(d, state, out); };
  // Sweep down the left edge until the first word ("Lima") reports a hover.
  std::optional<float> hitY;
  for (float y = 0; y < 120 && !hitY; y += 3)
    if (!only<Hover>(h.frame(14, y, false, body)).empty()) hitY = y;
  ASSERT_TRUE(hitY) << "no word of the article reported a hover";
  auto hovers = only<Hover>(h.frame(14, *hitY, false, body));
  ASSERT_FALSE(hovers.empty());
  EXPECT_EQ(hovers[0].item, (ItemRef{ItemKind::Place, 0}));
  auto selects = only<Select>(h.click(14, *hitY, body));
  ASSERT_FALSE(selects.empty());
  EXPECT_EQ(selects[0].item, (ItemRef{ItemKind::Place, 0}));
  // Over plain text ("hosted"), nothing is emitted.
  EXPECT_TRUE(only<Hover>(h.frame(80, *hitY, false, body)).empty());
}

TEST(ListsPanel, ClickingARowSelectsThatPlace) {
  ImGuiHarness h;
  const Document d = doc();
  UiState state;
  ListsPanel panel;
  const auto body = [&](std::vector<Action>& out) { panel.draw(d, state, out); };
  const std::vector<Select> selects = sweepForSelect(h, state, body);
  ASSERT_FALSE(selects.empty()) << "no row reacted to a click";
  EXPECT_EQ(selects[0].item.kind, ItemKind::Place);
  // Rows are sorted by name: the first row is Chile (id 1).
  EXPECT_EQ(selects[0].item.id, 1);
  EXPECT_TRUE(selects[0].scrollText);
}

TEST(ListsPanel, SearchFiltersRows) {
  ImGuiHarness h;
  const Document d = doc();
  UiState state;
  state.filters.search = "lim";
  ListsPanel panel;
  const auto body = [&](std::vector<Action>& out) { panel.draw(d, state, out); };
  const std::vector<Select> selects = sweepForSelect(h, state, body);
  ASSERT_FALSE(selects.empty());
  EXPECT_EQ(selects[0].item, (ItemRef{ItemKind::Place, 0})) << "only Lima matches 'lim'";
}

TEST(Related, PlaceQuotesAndLinks) {
  Document d = doc();
  Quote q;
  q.content = {24, 59};
  q.saidAt = {0};
  d.quotes.push_back(q);
  Quote about;
  about.content = {0, 22};
  about.about = {1};
  d.quotes.push_back(about);
  Link l;
  l.from.place = 1;
  l.to.place = 0;
  d.links.push_back(l);
  const Related r = relatedToPlace(d, 0);
  EXPECT_EQ(r.quotesSaidAt, std::vector<Id>{0});
  EXPECT_TRUE(r.quotesAbout.empty());
  EXPECT_EQ(r.links, std::vector<Id>{0});
  EXPECT_EQ(r.sentences, std::vector<Id>{0});
  EXPECT_EQ(relatedToPlace(d, 1).quotesAbout, std::vector<Id>{1});
}

TEST(Panels, CityShowsTheLinksOfTheCountryDrawnAtItsMarker) {
  // Chile's anchor is its capital; when the story also names that city, the map draws one
  // marker there, and clicking it must list the country's links.
  Document d = doc();
  d.places[0].lat = -33.45;  // the city, at Chile's capital
  d.places[0].lon = -70.67;
  d.places[1].lat = -35.0;   // the country's own point, and its anchor at the capital
  d.places[1].lon = -71.0;
  d.places[1].anchorLat = -33.45;
  d.places[1].anchorLon = -70.67;
  Place peru;
  peru.name = "Peru";
  peru.kind = PlaceKind::Country;
  peru.resolved = true;
  peru.anchorLat = -12.05;
  peru.anchorLon = -77.04;
  d.places.push_back(peru);
  Link l;
  l.from.place = 1;
  l.to.place = 2;
  d.links.push_back(l);
  EXPECT_EQ(relatedToPlace(d, 0).links, std::vector<Id>{0});
  EXPECT_EQ(relatedToPlace(d, 1).links, std::vector<Id>{0});
  EXPECT_TRUE(countryAnchoredAtCity(d, 1, 0));
  EXPECT_FALSE(countryAnchoredAtCity(d, 2, 0));
  EXPECT_FALSE(countryAnchoredAtCity(d, 0, 1)) << "a city is not a country";
  // A capital elsewhere: the city is not the country's marker.
  d.places[1].anchorLat = -20.0;
  EXPECT_TRUE(relatedToPlace(d, 0).links.empty());
}
