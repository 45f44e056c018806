#pragma once
// UI state shared by the panels (selection, hover, filters) and the actions panels emit.
// Panels draw from `const Document&` and this state, and push actions; the app applies them.
#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/document.hpp"
#include "geo/map_data.hpp"

namespace wiremap::ui {

enum class ItemKind : std::uint8_t { None, Place, Actor, Quote, Link };

/// A reference to one item of the Document.
struct ItemRef {
  ItemKind kind = ItemKind::None;
  Id id = kNone;
  friend bool operator==(const ItemRef&, const ItemRef&) = default;
  explicit operator bool() const { return kind != ItemKind::None && id >= 0; }
};

inline constexpr int kPlaceKindCount = 8;  ///< PlaceKind values
inline constexpr int kLinkTypeCount = 9;   ///< LinkType values

struct Filters {
  std::array<bool, kPlaceKindCount> placeKinds{true, true, true, true, true, true, true, true};
  std::array<bool, kLinkTypeCount> linkTypes{true, true, true, true, true, true, true, true, true};
  bool showLinks = true;
  bool showLabels = true;
  bool showUnresolved = false;
  std::string search;  ///< case-insensitive substring over names and quote text
  bool placeVisible(const Place& p) const { return placeKinds[static_cast<int>(p.kind)]; }
  bool linkVisible(const Link& l) const { return showLinks && linkTypes[static_cast<int>(l.type)]; }
};

struct UiState {
  ItemRef selected;
  ItemRef hovered;               ///< this frame's hover, from the map or the text
  std::optional<Span> scrollTo;  ///< the article panel scrolls to this span once
  Filters filters;
};

// ---- actions ------------------------------------------------------------------------------
struct Select { ItemRef item; bool scrollText = false; };
struct Hover { ItemRef item; };
struct FocusOn { geo::BBox bbox; };
enum class ViewPreset { Region, World, Fit };
struct SetView { ViewPreset preset; };
struct OpenFile { std::string path; };
struct ExportPng { std::string path; int width = 1920; int height = 1080; bool report = true; };
struct ExportJson { std::string path; bool geojson = false; };
struct OverridePlace { Id place = kNone; int candidate = 0; };
struct PasteText { std::string text; };
struct Quit {};

using Action = std::variant<Select, Hover, FocusOn, SetView, OpenFile, ExportPng, ExportJson, OverridePlace, PasteText, Quit>;

/// Case-insensitive ASCII substring test ("" matches everything).
bool containsNoCase(std::string_view haystack, std::string_view needle);

}  // namespace wiremap::ui
