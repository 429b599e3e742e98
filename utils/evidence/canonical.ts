import { sha256Hex } from './sha256';

/**
 * The one text of a record that its link hashes: JSON without spaces, object keys sorted by UTF-16 code units,
 * strings and numbers as `JSON.stringify` writes them (a number in its shortest exact form, the same in every
 * engine), absent and `undefined` properties left out, and bytes (a Blob or Uint8Array) written as
 * `{"$sha256":"<hex of the bytes>"}` so that every pixel of a screenshot counts without putting it in the text.
 * Record keys never begin with `$`, so that form cannot be mistaken for a record's own object.
 *
 * Anything JSON cannot say exactly (NaN, Infinity, a Date, a Map, a function) is refused rather than turned into
 * something else: a chain must not depend on a lossy conversion.
 */
export async function canonicalJson(value: unknown): Promise<string> {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`the evidence chain cannot hold the number ${value}`);
      return JSON.stringify(value);
    case 'object':
      return canonicalObject(value);
    default:
      throw new TypeError(`the evidence chain cannot hold a ${typeof value}`);
  }
}

async function canonicalObject(value: object): Promise<string> {
  if (value instanceof Blob || value instanceof Uint8Array) return `{"$sha256":"${await sha256Hex(value)}"}`;
  if (Array.isArray(value)) {
    const items = await Promise.all(
      (value as unknown[]).map((item) => {
        if (item === undefined) throw new TypeError('the evidence chain cannot hold a gap in a list');
        return canonicalJson(item);
      }),
    );
    return `[${items.join(',')}]`;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`the evidence chain cannot hold a ${value.constructor.name}`);
  }
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const members = await Promise.all(entries.map(async ([k, v]) => `${JSON.stringify(k)}:${await canonicalJson(v)}`));
  return `{${members.join(',')}}`;
}
