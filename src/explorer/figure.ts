/**
 * Saved images: the current view with a legend and the caption drawn in, as SVG
 * or as PNG at twice the screen resolution. The PNG also carries the caption as
 * text chunks (Title, Description, Source, Copyright), so it keeps its
 * provenance when it travels without the article.
 */
import type { Caption } from './caption';
import type { Legend } from './style';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

/** Split `text` into lines of at most about `width` pixels at `size` px. */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(20, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The legend as an SVG group at (x, y); returns its markup and height. */
export function legendSvg(legend: Legend, x: number, y: number, maxWidth: number): { svg: string; height: number; width: number } {
  const parts: string[] = [];
  let cy = 16;
  const line = (text: string, bold = false) => {
    parts.push(`<text x="10" y="${cy}" font-size="11"${bold ? ' font-weight="700"' : ''} fill="#222">${esc(text)}</text>`);
    cy += 15;
  };
  line(legend.colourTitle, true);
  const swatches = legend.swatches.slice(0, 14);
  const columns = swatches.length > 7 ? 2 : 1;
  const colWidth = Math.min(170, (maxWidth - 20) / columns);
  const rows = Math.ceil(swatches.length / columns);
  swatches.forEach((s, i) => {
    const col = Math.floor(i / rows);
    const row = i % rows;
    const sx = 10 + col * colWidth;
    const sy = cy + row * 15;
    parts.push(`<circle cx="${sx + 5}" cy="${sy - 4}" r="5" fill="${s.colour}"/><text x="${sx + 15}" y="${sy}" font-size="11" fill="#333">${esc(s.label.length > 24 ? `${s.label.slice(0, 23)}…` : s.label)}</text>`);
  });
  cy += rows * 15 + 4;
  line(legend.sizeTitle, true);
  parts.push(
    `<circle cx="16" cy="${cy - 2}" r="3" fill="#999"/><text x="26" y="${cy + 2}" font-size="11" fill="#333">${esc(legend.sizeLabels[0])}</text>` +
      `<circle cx="${colWidth * 0.6 + 10}" cy="${cy - 2}" r="8" fill="#999"/><text x="${colWidth * 0.6 + 24}" y="${cy + 2}" font-size="11" fill="#333">${esc(legend.sizeLabels[1])}</text>`,
  );
  cy += 22;
  line(legend.linesTitle, true);
  for (const l of legend.lines) {
    parts.push(
      `<line x1="10" y1="${cy - 4}" x2="40" y2="${cy - 4}" stroke="${l.style.colour}" stroke-opacity="${Math.min(1, l.style.opacity + 0.2)}" stroke-width="2"${l.style.dash ? ` stroke-dasharray="${l.style.dash}"` : ''}/><text x="48" y="${cy}" font-size="11" fill="#333">${esc(l.label)}</text>`,
    );
    cy += 15;
  }
  for (const text of wrap(legend.lineNote, maxWidth - 20, 10)) {
    parts.push(`<text x="10" y="${cy}" font-size="10" fill="#555">${esc(text)}</text>`);
    cy += 13;
  }
  const width = Math.min(maxWidth, Math.max(220, columns * colWidth + 20));
  const height = cy - 4;
  return {
    svg: `<g class="legend" transform="translate(${x},${y})" ${FONT}><rect width="${width}" height="${height}" rx="4" fill="#fff" fill-opacity="0.9" stroke="#ccc"/>${parts.join('')}</g>`,
    height,
    width,
  };
}

/** The whole figure: view (an SVG fragment in a width × height box), legend over its lower left, caption below. */
export function figureSvg(view: { svg: string; width: number; height: number }, legend: Legend, caption: Caption): string {
  const { width, height } = view;
  const lines: Array<{ text: string; size: number; bold?: boolean; colour: string }> = [
    ...wrap(caption.title, width - 24, 16).map((text) => ({ text, size: 16, bold: true, colour: '#111' })),
    ...wrap(caption.filter, width - 24, 12).map((text) => ({ text, size: 12, colour: '#222' })),
    ...wrap(caption.release, width - 24, 12).map((text) => ({ text, size: 12, colour: '#222' })),
    ...wrap(caption.attribution.join(' · '), width - 24, 11).map((text) => ({ text, size: 11, colour: '#555' })),
  ];
  let y = height + 8;
  const captionParts = lines.map((l) => {
    y += l.size + 5;
    return `<text x="12" y="${y}" font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''} fill="${l.colour}">${esc(l.text)}</text>`;
  });
  const total = y + 12;
  const leg = legendSvg(legend, 10, 0, Math.min(380, width - 20));
  const legendY = Math.max(10, height - leg.height - 10);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<title>${esc(caption.title)}</title><desc>${esc([caption.filter, caption.release, ...caption.attribution].join(' | '))}</desc>` +
    `<rect width="${width}" height="${total}" fill="#fff"/>` +
    `<svg x="0" y="0" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${view.svg}</svg>` +
    leg.svg.replace('translate(10,0)', `translate(10,${legendY})`) +
    `<g class="caption" ${FONT}><line x1="0" y1="${height + 0.5}" x2="${width}" y2="${height + 0.5}" stroke="#ccc"/>${captionParts.join('')}</g>` +
    `</svg>`
  );
}

/** Render an SVG string to PNG at `scale`× with the caption in iTXt chunks. */
export async function svgToPng(svg: string, width: number, height: number, scale: number, text: Record<string, string>): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG did not load as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
    return withTextChunks(new Uint8Array(await blob.arrayBuffer()), text);
  } finally {
    URL.revokeObjectURL(url);
  }
}

const CRC_TABLE = (() => {
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
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Insert one iTXt chunk (UTF-8, uncompressed) per entry right after the PNG's IHDR chunk. */
export function withTextChunks(png: Uint8Array<ArrayBuffer>, text: Record<string, string>): Blob {
  const enc = new TextEncoder();
  const chunks: Array<Uint8Array<ArrayBuffer>> = [];
  for (const [keyword, value] of Object.entries(text)) {
    const data = new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(value)]);
    const typed = new Uint8Array([...enc.encode('iTXt'), ...data]);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(typed, 4);
    view.setUint32(8 + data.length, crc32(typed));
    chunks.push(chunk);
  }
  const ihdrEnd = 8 + 12 + 13; // signature, IHDR length+type+crc, IHDR data
  return new Blob([png.slice(0, ihdrEnd), ...chunks, png.slice(ihdrEnd)], { type: 'image/png' });
}

/** Offer `blob` as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
