// `wiremap [FILE]`: TEMPORARY until the GUI lands; renders instead.
#include "app/cli.hpp"

namespace wiremap::app {
int runWindow(const std::vector<std::string>&) {
  printError("window: not available yet");
  return 1;
}
}  // namespace wiremap::app
