#version 330 core
in vec2 vLocal;
in vec4 vFill;
in vec4 vOutline;
in vec2 vSize;
out vec4 fragColor;
void main() {
  float d = length(vLocal);
  float r = vSize.x;
  float w = vSize.y;
  float outer = clamp(r + w * 0.5 + 0.5 - d, 0.0, 1.0);       // coverage of the whole disc
  float inner = clamp(r - w * 0.5 + 0.5 - d, 0.0, 1.0);       // coverage of the fill
  // Premultiplied: the fill covers the inner disc, the outline the ring between inner and
  // outer edges (a transparent fill leaves the inside empty).
  vec4 fill = vec4(vFill.rgb * vFill.a, vFill.a);
  vec4 ring = vec4(vOutline.rgb * vOutline.a, vOutline.a);
  float f = w > 0.0 ? inner : outer;
  vec4 col = fill * f + ring * (outer - f);
  if (col.a <= 0.0) discard;
  fragColor = col;
}
