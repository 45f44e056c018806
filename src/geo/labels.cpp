#include "geo/labels.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace wiremap::geo {

std::vector<PlacedLabel> placeLabels(const std::vector<LabelCandidate>& cands, const Camera& camera, float padding,
                                     float margin) {
  std::vector<std::uint32_t> order(cands.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return cands[a].rank < cands[b].rank; });
  // Uniform grid of placed boxes for O(1) average overlap checks.
  constexpr float kCell = 64;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> grid;
  auto key = [](int cx, int cy) { return (static_cast<std::int64_t>(cx) << 32) ^ static_cast<std::uint32_t>(cy); };
  std::vector<PlacedLabel> placed;
  const float w = static_cast<float>(camera.width()), h = static_cast<float>(camera.height());
  for (std::uint32_t i : order) {
    const LabelCandidate& c = cands[i];
    Vec2 s;
    if (!camera.worldToScreen(c.position, s)) continue;
    const float px = static_cast<float>(s.x), py = static_cast<float>(s.y);
    PlacedLabel l{i, 0, 0, 0, 0};
    switch (c.anchor) {
      case LabelAnchor::Center: l.x0 = px - c.width / 2; l.y0 = py - c.height / 2; break;
      case LabelAnchor::Right: l.x0 = px + c.offset; l.y0 = py - c.height / 2; break;
      case LabelAnchor::Above: l.x0 = px - c.width / 2; l.y0 = py - c.offset - c.height; break;
    }
    l.x1 = l.x0 + c.width;
    l.y1 = l.y0 + c.height;
    if (l.x0 < margin || l.y0 < margin || l.x1 > w - margin || l.y1 > h - margin) continue;
    const float bx0 = l.x0 - padding, by0 = l.y0 - padding, bx1 = l.x1 + padding, by1 = l.y1 + padding;
    const int cx0 = static_cast<int>(std::floor(bx0 / kCell)), cx1 = static_cast<int>(std::floor(bx1 / kCell));
    const int cy0 = static_cast<int>(std::floor(by0 / kCell)), cy1 = static_cast<int>(std::floor(by1 / kCell));
    bool hit = false;
    for (int cx = cx0; cx <= cx1 && !hit; ++cx)
      for (int cy = cy0; cy <= cy1 && !hit; ++cy) {
        auto it = grid.find(key(cx, cy));
        if (it == grid.end()) continue;
        for (std::uint32_t j : it->second) {
          const PlacedLabel& o = placed[j];
          // Both boxes grown by padding: separated by at least `padding` pixels... per side.
          if (bx0 < o.x1 + padding && o.x0 - padding < bx1 && by0 < o.y1 + padding && o.y0 - padding < by1) {
            hit = true;
            break;
          }
        }
      }
    if (hit) continue;
    const auto idx = static_cast<std::uint32_t>(placed.size());
    placed.push_back(l);
    // Register under the padded box so later padded queries find it.
    const int rx0 = static_cast<int>(std::floor((l.x0 - padding) / kCell)), rx1 = static_cast<int>(std::floor((l.x1 + padding) / kCell));
    const int ry0 = static_cast<int>(std::floor((l.y0 - padding) / kCell)), ry1 = static_cast<int>(std::floor((l.y1 + padding) / kCell));
    for (int cx = rx0; cx <= rx1; ++cx)
      for (int cy = ry0; cy <= ry1; ++cy) grid[key(cx, cy)].push_back(idx);
  }
  return placed;
}

}  // namespace wiremap::geo
