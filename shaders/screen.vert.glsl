#version 330 core
#include "prelude.glsl"
// Solid rectangles in image pixels (overlay: title, legend and attribution boxes).
layout(location = 0) in vec2 aPos;    // image pixels, origin top-left
layout(location = 1) in vec4 aColor;  // RGBA 0..1
out vec4 vColor;
void main() {
  vColor = aColor;
  gl_ClipDistance[0] = 1.0;
  gl_Position = pixelToClip(aPos);
}
