#version 330 core
#include "prelude.glsl"
// One colour per draw, optionally shaded by the world hillshade (src/render/relief.hpp).
uniform vec4 uColor;          // straight RGBA 0..1; output is premultiplied
uniform vec2 uRelief;         // strength of shadows, of lit slopes; (0, 0) = no relief
uniform sampler2D uReliefTex; // hillshade: s = (lon + 180) / 360 (repeat), t = (90 - lat) / 180
uniform vec2 uViewportOrigin; // window px of this tile's viewport origin (gl_FragCoord space)
uniform float uCenterMercY;   // mercatorY(uCenter.y), computed once on the CPU
in vec2 vLonLat;
out vec4 fragColor;

const float kReliefFlat = 180.0 / 255.0;  // raster value of flat ground (relief.hpp)

// This fragment's lon/lat (degrees): the exact inverse projection for Web Mercator and the
// globe; the interpolated vertex lon/lat during the blend between them.
vec2 fragmentLonLat() {
  vec2 px = vec2(uTile.x + gl_FragCoord.x - uViewportOrigin.x,
                 uTile.y + uTile.w - (gl_FragCoord.y - uViewportOrigin.y));  // image px, y down
  vec2 d = px - uImageSize * 0.5;
  if (uBlend <= 0.0) {
    float lon = uCenter.x + d.x * 360.0 / uWorldPx - uLonOffset;
    float my = uCenterMercY - d.y * 2.0 * kPi / uWorldPx;
    return vec2(lon, degrees(atan(sinh(my))));
  }
  if (uBlend >= 1.0) {
    vec2 q = vec2(d.x, -d.y) * (2.0 * kPi / uWorldPx);  // unit sphere, y up
    float rho = length(q);
    if (rho < 1e-6) return uRotation;
    float c = asin(min(rho, 1.0));
    float phi0 = radians(uRotation.y);
    float lat = asin(clamp(cos(c) * sin(phi0) + q.y * sin(c) * cos(phi0) / rho, -1.0, 1.0));
    float lon = atan(q.x * sin(c), rho * cos(phi0) * cos(c) - q.y * sin(phi0) * sin(c));
    return vec2(uRotation.x + degrees(lon), degrees(lat));
  }
  return vLonLat;
}

void main() {
  vec3 rgb = uColor.rgb;
  if (uRelief.x > 0.0 || uRelief.y > 0.0) {
    vec2 ll = fragmentLonLat();
    float h = texture(uReliefTex, vec2((ll.x + 180.0) / 360.0, (90.0 - ll.y) / 180.0)).r / kReliefFlat - 1.0;
    // A soft multiply: darker on shadowed slopes, a little lighter on lit ones.
    float k = h < 0.0 ? uRelief.x : uRelief.y;
    rgb = clamp(rgb * (1.0 + k * h), 0.0, 1.0);
  }
  fragColor = vec4(rgb * uColor.a, uColor.a);
}
