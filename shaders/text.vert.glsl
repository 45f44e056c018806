#version 330 core
#include "prelude.glsl"
// Glyph quads from a signed-distance-field atlas. Each vertex has an anchor (lon/lat in
// degrees, or image pixels when uScreenSpace = 1) and an offset in logical pixels.
uniform int uScreenSpace;
uniform vec2 uAtlasSize;  // texels
layout(location = 0) in vec2 aAnchor;
layout(location = 1) in vec2 aOffset;  // logical px, y down
layout(location = 2) in vec2 aUv;      // atlas texels
layout(location = 3) in vec4 aColor;
layout(location = 4) in vec4 aHalo;
layout(location = 5) in float aScale;  // framebuffer px per atlas texel
out vec2 vUv;
out vec4 vColor;
out vec4 vHalo;
out float vScale;
void main() {
  vec3 a = uScreenSpace == 1 ? vec3(aAnchor, 1.0) : projectLonLat(aAnchor);
  // Snap the anchor to whole pixels so text stays crisp and identical across tiles.
  vec2 p = floor(a.xy + 0.5) + aOffset * uPixelScale;
  vUv = aUv / uAtlasSize;
  vColor = aColor;
  vHalo = aHalo;
  vScale = aScale * uPixelScale;
  gl_ClipDistance[0] = a.z;  // the globe hides its back hemisphere
  gl_Position = pixelToClip(p);
}
