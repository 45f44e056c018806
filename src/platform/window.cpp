#include "platform/window.hpp"

#include <glad/gl.h>
// glad first, then GLFW without its own GL header.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <fmt/format.h>

namespace wiremap::platform {

namespace {
std::string lastGlfwError() {
  const char* desc = nullptr;
  const int code = glfwGetError(&desc);
  return code == GLFW_NO_ERROR ? std::string("unknown error") : std::string(desc ? desc : "unknown error");
}
}  // namespace

Result<std::unique_ptr<Window>> Window::open(const Options& opts) {
  if (!glfwInit()) return Error{"cannot open a window: " + lastGlfwError() + " (no display? try `wiremap render`)"};
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, opts.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  std::unique_ptr<Window> w(new Window());
  w->window_ = glfwCreateWindow(opts.width, opts.height, opts.title.c_str(), nullptr, nullptr);
  if (!w->window_) {
    const std::string err = lastGlfwError();
    glfwTerminate();
    return Error{"cannot create a GL 3.3 window: " + err};
  }
  glfwMakeContextCurrent(w->window_);
  glfwSwapInterval(1);
  if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress))) {
    glfwDestroyWindow(w->window_);
    glfwTerminate();
    return Error{"cannot load GL entry points"};
  }
  glfwSetWindowUserPointer(w->window_, w.get());
  glfwSetDropCallback(w->window_, &Window::onDrop);
  return w;
}

Window::~Window() {
  if (window_) {
    glfwDestroyWindow(window_);
    glfwTerminate();
  }
}

void Window::onDrop(GLFWwindow* gw, int count, const char** paths) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(gw));
  if (!self) return;
  for (int i = 0; i < count; ++i) self->dropped_.emplace_back(paths[i]);
}

bool Window::shouldClose() const { return glfwWindowShouldClose(window_) != 0; }
void Window::requestClose() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }
void Window::swapBuffers() { glfwSwapBuffers(window_); }
void Window::waitEvents(double timeoutSeconds) {
  if (timeoutSeconds <= 0) glfwPollEvents();
  else glfwWaitEventsTimeout(timeoutSeconds);
}
void Window::framebufferSize(int& w, int& h) const { glfwGetFramebufferSize(window_, &w, &h); }
float Window::contentScale() const {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window_, &x, &y);
  return x;
}
void Window::setTitle(const std::string& title) { glfwSetWindowTitle(window_, title.c_str()); }
std::string Window::clipboardText() const {
  const char* s = glfwGetClipboardString(window_);
  return s ? std::string(s) : std::string();
}
std::vector<std::string> Window::takeDroppedPaths() { return std::exchange(dropped_, {}); }

}  // namespace wiremap::platform
