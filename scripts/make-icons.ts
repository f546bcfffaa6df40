/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a deep teal rounded square
 * with a white bar chart rising above a wave (a sea route).
 *
 * Usage: npx tsx scripts/make-icons.ts [output dir]   (default: assets/ next to package.json)
 *
 * Plain Node only (zlib + a minimal PNG writer), so the icons can be regenerated
 * without image tooling and the output is byte-for-byte reproducible.
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import * as path from "node:path";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgb = readonly [number, number, number];
const TEAL: Rgb = [0x0f, 0x6c, 0x7a];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/* ---------- PNG encoding ---------- */

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGBA pixels (row-major, width*height*4 bytes) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error("pixel buffer does not match the size");
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter "None": icons are tiny, better filters gain nothing
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/* ---------- Drawing ---------- */

/*
 * The motif is laid out on a 16-unit grid so that bar edges fall on whole pixels at
 * every size (16, 32, 64 and 80 are all multiples of 16): the bars stay crisp even at 16 px.
 */
const GRID = 16;
const CORNER_RADIUS = 3.2;
const BARS: ReadonlyArray<{ x0: number; x1: number; top: number }> = [
  { x0: 3, x1: 5, top: 7 },
  { x0: 7, x1: 9, top: 5 },
  { x0: 11, x1: 13, top: 3 },
];
const BAR_BOTTOM = 10;
interface Wave {
  x0: number;
  x1: number;
  centreY: number;
  amplitude: number;
  periods: number;
  width: number;
}
const WAVE: Wave = { x0: 3, x1: 13, centreY: 12.5, amplitude: 0.9, periods: 1.5, width: 1.5 };
/** At 16 px a 1.5-unit stroke with three swings turns to grey mush; fewer, bolder swings read as a wave. */
const SMALL_WAVE: Wave = { x0: 3, x1: 13, centreY: 13, amplitude: 1, periods: 1, width: 2 };

function insideRoundedSquare(x: number, y: number): boolean {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), GRID - r);
  const cy = Math.min(Math.max(y, r), GRID - r);
  return x >= 0 && y >= 0 && x <= GRID && y <= GRID && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBar(x: number, y: number): boolean {
  return BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BAR_BOTTOM);
}

type Point = readonly [number, number];

/** The wave as a polyline; distance to it gives a stroke with round caps for free. */
function wavePoints(wave: Wave): Point[] {
  const steps = 96;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const x = wave.x0 + t * (wave.x1 - wave.x0);
    points.push([x, wave.centreY - wave.amplitude * Math.sin(t * wave.periods * 2 * Math.PI)]);
  }
  return points;
}

function onWave(wave: Wave, points: readonly Point[], x: number, y: number): boolean {
  const half = wave.width / 2;
  if (y < wave.centreY - wave.amplitude - half || y > wave.centreY + wave.amplitude + half) return false;
  // Points are evenly spaced in x, so only the segments within half a stroke of x can be close.
  const step = (wave.x1 - wave.x0) / (points.length - 1);
  const first = Math.max(1, Math.floor((x - half - wave.x0) / step));
  const last = Math.min(points.length - 1, Math.ceil((x + half - wave.x0) / step) + 1);
  for (let i = first; i <= last; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
  }
  return false;
}

/** Renders one icon as RGBA, antialiased by averaging a grid of samples per pixel. */
export function renderIcon(size: number, samplesPerAxis = 8): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const scale = GRID / size;
  const n = samplesPerAxis;
  const wave = size <= 16 ? SMALL_WAVE : WAVE;
  const points = wavePoints(wave);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = insideBar(x, y) || onWave(wave, points, x, y) ? WHITE : TEAL;
          alpha += 1;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
        }
      }
      const o = (py * size + px) * 4;
      if (alpha > 0) {
        // Averaging only covered samples keeps edge pixels teal instead of darkening them.
        for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(sum[c]! / alpha);
        rgba[o + 3] = Math.round((255 * alpha) / (n * n));
      }
    }
  }
  return rgba;
}

/** Writes every icon size into `outDir`, returning the paths written. */
export function writeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
  return dir;
}

// Matched on the script name rather than require.main/import.meta so the check works in
// both module systems and stays inert when a test imports this file.
if (/make-icons\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  const outDir = process.argv[2]
    ? path.resolve(process.argv[2])
    : path.join(findRepoRoot(path.dirname(process.argv[1]!)), "assets");
  for (const file of writeIcons(outDir)) console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
}
