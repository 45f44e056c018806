#pragma once
// Dear ImGui themes (light and dark) and fonts with a fallback chain over Debian font packages.
#include <string>
#include <vector>

namespace wiremap::ui {

enum class Theme { Light, Dark };

/// Applies colours and spacing for the theme, scaled for the display (1 = 96 dpi).
void applyTheme(Theme theme, float scale);

/// Loads the UI font at `pixelSize` with glyph ranges for Latin, Cyrillic, Hangul and CJK from
/// the first font files that exist; returns the files used (empty: ImGui's built-in font).
std::vector<std::string> loadFonts(float pixelSize);

}  // namespace wiremap::ui
