#pragma once
// Process-wide heap policy for the long-running window.

namespace wiremap::platform {

/// Makes freed large blocks go back to the system at once. glibc's malloc raises its mmap
/// threshold each time a large mmapped block is freed (up to 32 MB), after which blocks of
/// that size come from the heap arenas and stay resident after free (each worker thread has
/// its own arena, so the main thread cannot reuse them). The window frees tens of MB of
/// decoded map data and raster pixels while Mesa allocates its buffers and textures, so with
/// the sliding threshold its peak memory held both. A fixed threshold keeps every block of
/// 128 KiB or more in its own mapping, unmapped on free (window peak 323 -> 270 MB on its
/// own). Call it first, before any thread starts. No effect on other C libraries.
void returnFreedMemoryPromptly();

}  // namespace wiremap::platform
