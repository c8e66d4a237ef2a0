/**
 * MinHash signatures of shingle sets and their locality-sensitive band keys. Two sets' signatures
 * agree at each position with probability equal to their Jaccard similarity; cut into BANDS bands of
 * ROWS positions, two sets share at least one band key with probability 1 − (1 − J^ROWS)^BANDS, so
 * an index over band keys finds the near-duplicates of a set without comparing it to every other.
 * The hashes are 32-bit and seeded with fixed constants: signatures computed today and next year,
 * here and in the database, stay comparable.
 */

export interface BandingScheme {
  bands: number;
  rows: number;
}

/** FNV-1a over UTF-16 units, finished by a murmur3 mix: a fast, well-spread 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix(hash);
}

function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

const seeds: number[] = [];

function seed(i: number): number {
  while (seeds.length <= i) seeds.push(mix(0x9e3779b9 * (seeds.length + 1)));
  return seeds[i]!;
}

/**
 * The signature: for each of `size` hash functions (the shingle's hash re-mixed with a seed of its
 * own), the least value over the set. An empty set has an empty signature.
 */
export function minhash(shingles: Iterable<number>, size: number): Int32Array {
  const signature = new Int32Array(size).fill(0x7fffffff);
  let any = false;
  for (const shingle of shingles) {
    any = true;
    for (let i = 0; i < size; i++) {
      const h = mix(shingle ^ seed(i));
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return any ? signature : new Int32Array(0);
}

/** How many members two sets have in common, walking the smaller: the exact measure the estimates stand for. */
export function sharedMembers(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const member of small) if (large.has(member)) shared++;
  return shared;
}

/** The share of positions at which two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * One key per band: the band's positions hashed together with the band's number, so equal rows in
 * different bands give different keys and one index over every band's keys serves.
 */
export function bandKeys(signature: ArrayLike<number>, scheme: BandingScheme): number[] {
  if (signature.length < scheme.bands * scheme.rows) return [];
  const keys: number[] = [];
  for (let band = 0; band < scheme.bands; band++) {
    let h = mix(band + 1);
    for (let row = 0; row < scheme.rows; row++) h = mix(h ^ signature[band * scheme.rows + row]!);
    keys.push(h);
  }
  return keys;
}
