#pragma once
// Colours of the article layers, shared by the map symbols and the legend.
#include "core/document.hpp"
#include "render/map_renderer.hpp"

namespace wiremap::ui {

render::Rgba placeColor(PlaceKind k);
render::Rgba linkColor(LinkType t);
/// Human label for the legend ("Meeting", "Deployment").
const char* linkLabel(LinkType t);
const char* placeLabel(PlaceKind k);

}  // namespace wiremap::ui
