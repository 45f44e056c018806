#include "platform/headless_context.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <fmt/format.h>
#include <glad/gl.h>

#include <cstring>

namespace wiremap::platform {

struct HeadlessContext::Impl {
  EGLDisplay display = EGL_NO_DISPLAY;
  EGLContext context = EGL_NO_CONTEXT;
  ~Impl() {
    if (display != EGL_NO_DISPLAY) {
      eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
      if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
      eglTerminate(display);
    }
  }
};

HeadlessContext::HeadlessContext() : impl_(std::make_unique<Impl>()) {}
HeadlessContext::HeadlessContext(HeadlessContext&&) noexcept = default;
HeadlessContext& HeadlessContext::operator=(HeadlessContext&&) noexcept = default;
HeadlessContext::~HeadlessContext() = default;

namespace {
std::string eglErrorText() { return fmt::format("EGL error 0x{:04x}", eglGetError()); }
}  // namespace

Result<HeadlessContext> HeadlessContext::create() {
  HeadlessContext ctx;
  auto& d = ctx.impl_->display;
  const char* clientExts = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
  auto getPlatformDisplay =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (getPlatformDisplay && clientExts && std::strstr(clientExts, "EGL_MESA_platform_surfaceless"))
    d = getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (d == EGL_NO_DISPLAY) d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
  if (d == EGL_NO_DISPLAY) return Error{"headless GL: no EGL display (is Mesa's libegl-mesa0 installed?)"};
  EGLint major = 0, minor = 0;
  if (!eglInitialize(d, &major, &minor)) {
    d = EGL_NO_DISPLAY;
    return Error{"headless GL: eglInitialize failed: " + eglErrorText()};
  }
  if (!eglBindAPI(EGL_OPENGL_API)) return Error{"headless GL: desktop OpenGL not available: " + eglErrorText()};
  const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint count = 0;
  if (!eglChooseConfig(d, configAttribs, &config, 1, &count) || count == 0) {
    // Surfaceless displays may expose configs without PBUFFER support; we never need a surface.
    const EGLint anyAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    if (!eglChooseConfig(d, anyAttribs, &config, 1, &count) || count == 0) config = nullptr;
  }
  const EGLint ctxAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                               EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  ctx.impl_->context = eglCreateContext(d, config, EGL_NO_CONTEXT, ctxAttribs);
  if (ctx.impl_->context == EGL_NO_CONTEXT)
    return Error{"headless GL: cannot create a GL 3.3 core context: " + eglErrorText()};
  if (!eglMakeCurrent(d, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx.impl_->context))
    return Error{"headless GL: eglMakeCurrent failed: " + eglErrorText()};
  if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress)))
    return Error{"headless GL: cannot load GL entry points"};
  return ctx;
}

const char* HeadlessContext::renderer() const {
  return reinterpret_cast<const char*>(glGetString(GL_RENDERER));
}

}  // namespace wiremap::platform
