#include "ui/state.hpp"

#include <algorithm>
#include <cctype>

namespace wiremap::ui {

bool containsNoCase(std::string_view h, std::string_view n) {
  if (n.empty()) return true;
  auto it = std::search(h.begin(), h.end(), n.begin(), n.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != h.end();
}

}  // namespace wiremap::ui
