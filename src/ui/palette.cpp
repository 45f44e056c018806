#include "ui/palette.hpp"

namespace wiremap::ui {

render::Rgba placeColor(PlaceKind k) {
  switch (k) {
    case PlaceKind::City: return {200, 50, 45, 255};
    case PlaceKind::Country: return {40, 90, 160, 255};
    case PlaceKind::Admin1: return {150, 70, 160, 255};
    case PlaceKind::Region: return {40, 140, 120, 255};
    case PlaceKind::Water: return {30, 120, 190, 255};
    case PlaceKind::Continent: return {90, 90, 90, 255};
    case PlaceKind::Landmark: return {210, 120, 30, 255};
    case PlaceKind::Other: return {110, 110, 110, 255};
  }
  return {110, 110, 110, 255};
}

render::Rgba linkColor(LinkType t) {
  switch (t) {
    case LinkType::Meeting: return {33, 102, 172, 255};
    case LinkType::Visit: return {27, 158, 119, 255};
    case LinkType::Deployment: return {215, 48, 39, 255};
    case LinkType::Exercise: return {230, 140, 20, 255};
    case LinkType::Alliance: return {117, 80, 160, 255};
    case LinkType::Conflict: return {120, 20, 20, 255};
    case LinkType::Statement: return {90, 90, 90, 255};
    case LinkType::Deterrence: return {180, 120, 60, 255};
    case LinkType::Other: return {120, 120, 120, 255};
  }
  return {120, 120, 120, 255};
}

const char* linkLabel(LinkType t) {
  switch (t) {
    case LinkType::Meeting: return "Meeting";
    case LinkType::Visit: return "Visit";
    case LinkType::Deployment: return "Deployment";
    case LinkType::Exercise: return "Joint exercise";
    case LinkType::Alliance: return "Alliance / agreement";
    case LinkType::Conflict: return "Conflict";
    case LinkType::Statement: return "Statement";
    case LinkType::Deterrence: return "Deterrence";
    case LinkType::Other: return "Other link";
  }
  return "Other link";
}

const char* placeLabel(PlaceKind k) {
  switch (k) {
    case PlaceKind::City: return "City";
    case PlaceKind::Country: return "Country";
    case PlaceKind::Admin1: return "Region (admin)";
    case PlaceKind::Region: return "Region";
    case PlaceKind::Water: return "Sea / water";
    case PlaceKind::Continent: return "Continent";
    case PlaceKind::Landmark: return "Landmark";
    case PlaceKind::Other: return "Other place";
  }
  return "Other place";
}

}  // namespace wiremap::ui
