// Shared prelude: projection of lon/lat (degrees) to framebuffer pixels.
// Web Mercator and orthographic (globe) with a uniform blend for an animated transition.
// Pixel space: the full image (not the tile), origin top-left, y down, framebuffer pixels.

uniform vec2 uCenter;      // view centre lon/lat, degrees
uniform float uWorldPx;    // framebuffer pixels spanned by 360 degrees of Mercator x
uniform float uBlend;      // 0 = Web Mercator, 1 = orthographic globe
uniform vec2 uRotation;    // lon/lat facing the viewer on the globe, degrees
uniform float uLonOffset;  // Mercator world copy offset, degrees (multiple of 360)
uniform vec2 uImageSize;   // full image size, framebuffer pixels
uniform vec4 uTile;        // this tile: x0, y0, width, height in image pixels
uniform float uPixelScale; // framebuffer pixels per logical pixel (high-DPI)
uniform float uCenterMercY; // mercatorY(uCenter.y), computed once on the CPU

const float kPi = 3.14159265358979;
const float kMaxLat = 85.0511287798;

float mercatorY(float latDeg) {
  float phi = radians(clamp(latDeg, -kMaxLat, kMaxLat));
  return log(tan(kPi * 0.25 + phi * 0.5));
}

// Returns xy = image pixels, z = visibility (> 0 on the visible side; the globe's back
// hemisphere is negative).
vec3 projectLonLat(vec2 lonLat) {
  vec2 merc = vec2((lonLat.x + uLonOffset - uCenter.x) * uWorldPx / 360.0,
                   -(mercatorY(lonLat.y) - mercatorY(uCenter.y)) * uWorldPx / (2.0 * kPi));
  float visible = 1.0;
  vec2 p = merc;
#ifndef WIREMAP_MERCATOR_ONLY  // (defined for the programs of pure Web Mercator frames)
  if (uBlend > 0.0) {
    float r = uWorldPx / (2.0 * kPi);
    float lam = radians(lonLat.x - uRotation.x);
    float phi = radians(lonLat.y);
    float phi0 = radians(uRotation.y);
    float cosc = sin(phi0) * sin(phi) + cos(phi0) * cos(phi) * cos(lam);
    vec2 ortho = r * vec2(cos(phi) * sin(lam), -(cos(phi0) * sin(phi) - sin(phi0) * cos(phi) * cos(lam)));
    p = mix(merc, ortho, uBlend);
    visible = mix(1.0, cosc, clamp(uBlend * 2.0, 0.0, 1.0)) + (uBlend < 1.0 ? 1e-3 : 0.0);
  }
#endif
  return vec3(p + uImageSize * 0.5, visible);
}

// projectLonLat() for a point given as (longitude, mercatorY(latitude)), as the static line
// layers store them (uploadLines): plain arithmetic in Web Mercator, where a frame has tens
// of thousands of line vertices and a log and a tan at each were a large part of the pass.
vec3 projectLonMercator(vec2 lonMy) {
#ifndef WIREMAP_MERCATOR_ONLY
  if (uBlend > 0.0) return projectLonLat(vec2(lonMy.x, degrees(atan(sinh(lonMy.y)))));
#endif
  vec2 merc = vec2((lonMy.x + uLonOffset - uCenter.x) * uWorldPx / 360.0,
                   -(lonMy.y - uCenterMercY) * uWorldPx / (2.0 * kPi));
  return vec3(merc + uImageSize * 0.5, 1.0);
}

// Image pixels (y down) to clip space of the current tile.
vec4 pixelToClip(vec2 px) {
  vec2 t = (px - uTile.xy) / uTile.zw;
  return vec4(t.x * 2.0 - 1.0, 1.0 - t.y * 2.0, 0.0, 1.0);
}
