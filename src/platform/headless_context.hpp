#pragma once
// A GL 3.3 core context without any display: EGL on Mesa's surfaceless platform
// (llvmpipe on machines without a GPU). Used by `wiremap render`, the tests and benchmarks.
#include <memory>

#include "core/result.hpp"

namespace wiremap::platform {

class HeadlessContext {
 public:
  /// Creates the context, makes it current on this thread and loads GL entry points (glad).
  /// Errors say what EGL refused ("no EGL display: ..."), never crash.
  static Result<HeadlessContext> create();

  HeadlessContext(HeadlessContext&&) noexcept;
  HeadlessContext& operator=(HeadlessContext&&) noexcept;
  ~HeadlessContext();

  /// GL_RENDERER of the context ("llvmpipe (LLVM 15.0.6, 256 bits)").
  const char* renderer() const;

 private:
  HeadlessContext();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wiremap::platform
