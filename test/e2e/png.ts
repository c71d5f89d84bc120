/** Just enough PNG decoding to sample screenshot pixels: 8-bit RGB/RGBA, not interlaced. */
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  pixel: (x: number, y: number) => [number, number, number];
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a),
    pb = Math.abs(p - b),
    pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export const PNG = {
  decode(buffer: Buffer): Image {
    let offset = 8;
    let width = 0,
      height = 0,
      colourType = 0;
    const data: Buffer[] = [];
    while (offset < buffer.length) {
      const length = buffer.readUInt32BE(offset);
      const type = buffer.toString('ascii', offset + 4, offset + 8);
      const chunk = buffer.subarray(offset + 8, offset + 8 + length);
      if (type === 'IHDR') {
        width = chunk.readUInt32BE(0);
        height = chunk.readUInt32BE(4);
        if (chunk[8] !== 8 || chunk[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
        colourType = chunk[9]!;
      } else if (type === 'IDAT') data.push(chunk);
      offset += 12 + length;
    }
    const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
    if (!channels) throw new Error(`unsupported PNG colour type ${colourType}`);
    const raw = inflateSync(Buffer.concat(data));
    const stride = width * channels;
    const out = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)]!;
      const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
      for (let x = 0; x < stride; x++) {
        const a = x >= channels ? out[y * stride + x - channels]! : 0;
        const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
        const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
        const v = line[x]!;
        const predicted =
          filter === 0
            ? 0
            : filter === 1
              ? a
              : filter === 2
                ? b
                : filter === 3
                  ? (a + b) >> 1
                  : paeth(a, b, c);
        out[y * stride + x] = (v + predicted) & 0xff;
      }
    }
    return {
      width,
      height,
      pixel: (x, y) => {
        const i = y * stride + x * channels;
        return [out[i]!, out[i + 1]!, out[i + 2]!];
      },
    };
  },
};
