#include "platform/memory.hpp"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wiremap::platform {

void returnFreedMemoryPromptly() {
#if defined(__GLIBC__)
  // Setting either value also turns off glibc's dynamic adjustment of both. The trim
  // threshold keeps up to 8 MB free at the top of a heap instead of returning it at once:
  // with 128 KiB, frames that allocate and free a few MB (Mesa's per-frame buffers) paid
  // for fresh pages each time (2.4x the page faults, +1-2 ms of system time per frame).
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
#endif
}

}  // namespace wiremap::platform
