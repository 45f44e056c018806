#pragma once
// The desktop window: GLFW with a GL 3.3 core context. Needs a display (X11); headless code
// paths never touch this file.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"

struct GLFWwindow;

namespace wiremap::platform {

class Window {
 public:
  struct Options {
    int width = 1600;
    int height = 900;
    std::string title = "wiremap";
    bool visible = true;
  };
  /// Opens the window and makes its context current (glad loaded). Errors when there is no
  /// display or no GL 3.3.
  static Result<std::unique_ptr<Window>> open(const Options& opts);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  GLFWwindow* handle() const { return window_; }
  bool shouldClose() const;
  void requestClose();
  void swapBuffers();
  /// Waits for events up to `timeoutSeconds` (0 = poll) so an idle window uses no CPU.
  void waitEvents(double timeoutSeconds);
  void framebufferSize(int& w, int& h) const;
  float contentScale() const;
  void setTitle(const std::string& title);
  std::string clipboardText() const;

  /// Paths dropped onto the window since the last call.
  std::vector<std::string> takeDroppedPaths();

 private:
  Window() = default;
  GLFWwindow* window_ = nullptr;
  std::vector<std::string> dropped_;
  static void onDrop(GLFWwindow* w, int count, const char** paths);
};

}  // namespace wiremap::platform
