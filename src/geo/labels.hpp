#pragma once
// Label placement with collision avoidance: greedy by priority over axis-aligned boxes.
#include <cstdint>
#include <vector>

#include "geo/camera.hpp"

namespace wiremap::geo {

enum class LabelAnchor : std::uint8_t { Center, Right, Above };

/// A label the caller wants drawn. Sizes are in framebuffer pixels (the caller measures text).
struct LabelCandidate {
  GeoPoint position;            ///< degrees
  float width = 0, height = 0;  ///< pixels
  int rank = 0;                 ///< lower wins (0 = most important)
  LabelAnchor anchor = LabelAnchor::Center;
  float offset = 0;             ///< pixels between the point and the box for Right / Above
};

struct PlacedLabel {
  std::uint32_t candidate = 0;  ///< index into the candidate list
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  ///< box, framebuffer pixels, origin top-left
};

/// Places candidates in order of (rank, index): a label is kept when its box is inside the
/// viewport (less `margin`), its point is visible, and its box overlaps no label kept
/// before it (boxes grown by `padding` pixels). Deterministic for the same inputs.
std::vector<PlacedLabel> placeLabels(const std::vector<LabelCandidate>& candidates, const Camera& camera,
                                     float padding = 2, float margin = 0);

}  // namespace wiremap::geo
