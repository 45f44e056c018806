// `wiremap [FILE]` and `wiremap render`: TEMPORARY until the render layer lands.
#include "app/cli.hpp"

namespace wiremap::app {
int runRender(const std::vector<std::string>&) {
  printError("render: not available yet");
  return 1;
}
int runWindow(const std::vector<std::string>&) {
  printError("window: not available yet");
  return 1;
}
}  // namespace wiremap::app
