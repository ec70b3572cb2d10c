/** Read a PNG's size and its iTXt/tEXt chunks (what the explorer writes the caption into). */

export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function pngTexts(png: Buffer): Record<string, string> {
  const texts: Record<string, string> = {};
  let at = 8;
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const keywordEnd = data.indexOf(0);
      const keyword = data.subarray(0, keywordEnd).toString('latin1');
      const langEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, langEnd + 1);
      texts[keyword] = data.subarray(translatedEnd + 1).toString('utf8');
    } else if (type === 'tEXt') {
      const keywordEnd = data.indexOf(0);
      texts[data.subarray(0, keywordEnd).toString('latin1')] = data.subarray(keywordEnd + 1).toString('latin1');
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return texts;
}
