#version 330 core
uniform sampler2D uAtlas;
uniform float uSdfEdge;    // atlas value (0..1) at the glyph outline
uniform float uSdfPerPx;   // atlas value change per atlas texel
uniform float uHaloPx;     // halo width, framebuffer px
in vec2 vUv;
in vec4 vColor;
in vec4 vHalo;
in float vScale;
out vec4 fragColor;
void main() {
  float v = texture(uAtlas, vUv).r;
  // Signed distance to the outline in framebuffer pixels (positive inside).
  float dist = (v - uSdfEdge) / uSdfPerPx * vScale;
  float glyph = clamp(dist + 0.5, 0.0, 1.0);
  float halo = clamp(dist + uHaloPx + 0.5, 0.0, 1.0) * vHalo.a;
  // Premultiplied: the glyph over its halo.
  float ga = glyph * vColor.a;
  vec4 col = vec4(vColor.rgb * ga, ga) + vec4(vHalo.rgb * halo, halo) * (1.0 - ga);
  if (col.a <= 0.0) discard;
  fragColor = col;
}
