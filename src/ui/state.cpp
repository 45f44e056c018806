#include "ui/state.hpp"

#include "core/text.hpp"

namespace wiremap::ui {

bool containsNoCase(std::string_view h, std::string_view n) { return text::containsIgnoreCase(h, n); }

}  // namespace wiremap::ui
