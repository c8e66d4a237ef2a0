/**
 * Encodes text in a legacy single-byte charset (windows-1251, koi8-r, iso-8859-1…) for fixtures,
 * by inverting the platform's own decoder over all 256 bytes: no encoder library needed, and the
 * bytes are exactly the ones a decoder of that label reads back.
 */
export function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const char = decoder.decode(Uint8Array.of(b));
    if (!byChar.has(char)) byChar.set(char, b);
  }
  return Uint8Array.from([...text], (char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new RangeError(`${JSON.stringify(char)} cannot be written in ${label}`);
    return byte;
  });
}
