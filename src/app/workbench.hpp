#pragma once
// The window: article panel, map, inspector, lists, menus, export. Runs the frame loop; load
// and extraction run on a worker thread so the window never freezes.
#include <optional>
#include <string>
#include <utility>

namespace wiremap::app {

struct WorkbenchOptions {
  std::optional<std::string> file;        ///< article to open; none = the bundled sample
  std::optional<std::string> screenshot;  ///< write a window screenshot PNG after `frames`, then exit
  int frames = 0;                         ///< frames to run before the screenshot (0 = until closed)
  std::optional<std::string> select;      ///< select the place of this name once loaded (tests, demos)
  int width = 1600, height = 900;
  bool timing = false;                    ///< print start-to-first-frame, frame times and peak memory
  /// Move the map by this many window pixels every frame once it is shown: a scripted drag,
  /// so --timing measures frames of a pan.
  std::optional<std::pair<int, int>> drag;
};

/// Opens the window and runs until it is closed. Returns the exit code.
int runWorkbench(const WorkbenchOptions& opts);

}  // namespace wiremap::app
