// An independent encoder of colleagues' response codes, for tests that need codes the widget
// cannot be asked to make (another framework, mode or version) or many codes without as many
// colleagues.

import { readFramework } from './harness.mjs';

const FW = readFramework();
const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function crc32(bytes) {
  let crc = ~0 >>> 0;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}
function hash16(parts) {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (const b of [...Buffer.from(part), 0]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  }
  const f = ((h >>> 16) ^ (h & 0xffff)) & 0xffff;
  return [f >> 8, f & 0xff];
}
/**
 * A response code as core/src/colleagues/response_code.rs lays it out, checksummed like a real one: `ids`
 * the statements asked, each answered `value`; `mode` 1 quick, 2 full (+ 16 for a code meant for a collector);
 * `nonce` any 32-bit number.
 */
export function makeCode({ ids, version = 1, id = FW.id, mode = 1, nonce = 42, value = 1 }) {
  const bytes = [0xa0 | version, ids.length, ...hash16([id]), mode, ...hash16(ids), nonce >>> 24, (nonce >>> 16) & 0xff, (nonce >>> 8) & 0xff, nonce & 0xff];
  for (let i = 0; i < ids.length; i += 2) bytes.push((value << 4) | (i + 1 < ids.length ? value : 0));
  const crc = crc32(bytes);
  bytes.push(crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff);
  let out = '', buffer = 0, bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) out += SYMBOLS[(buffer >> (bits -= 5)) & 31];
  }
  if (bits) out += SYMBOLS[(buffer << (5 - bits)) & 31];
  return out.match(/.{1,4}/g).join('-');
}

