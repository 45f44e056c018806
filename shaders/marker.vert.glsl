#version 330 core
#include "prelude.glsl"
// Instanced circular markers: a quad around the projected point (4 vertices, strip).
layout(location = 0) in vec2 aLonLat;   // degrees
layout(location = 1) in vec4 aFill;     // RGBA 0..1
layout(location = 2) in vec4 aOutline;  // RGBA 0..1
layout(location = 3) in vec2 aSize;     // radius px, outline width px (logical)
out vec2 vLocal;        // framebuffer px from the centre
out vec4 vFill;
out vec4 vOutline;
out vec2 vSize;         // radius, outline width in framebuffer px
void main() {
  vec3 c = projectLonLat(aLonLat);
  vec2 size = aSize * uPixelScale;
  float ext = size.x + size.y * 0.5 + 1.0;
  vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, gl_VertexID >= 2 ? 1.0 : -1.0);
  vLocal = corner * ext;
  vFill = aFill;
  vOutline = aOutline;
  vSize = size;
  gl_ClipDistance[0] = c.z;  // the globe hides its back hemisphere
  gl_Position = pixelToClip(c.xy + vLocal);
}
