/**
 * A value's digest, for Astro's incremental build (cache-keys.ts): two values
 * share a digest only if every page drawn from them is the same. JSON is the
 * canonical form (the days reach the pages through JSON: prepared in workers
 * or read from the cache), with what JSON would blur kept apart: NaN,
 * Infinity and -0 (which JSON writes as null and 0), Maps and Sets (which it
 * writes as {}), undefined in an array (which it writes as null), and
 * bigints (which it refuses). A value that is code, a
 * function or a symbol, has no digest: a key cannot stand for it.
 *
 * The tags that mark those values are object keys starting with a lone
 * surrogate, which no text read from a file can hold (decoding UTF-8 never
 * makes one), so no data of an author's is ever read as a tag.
 */
import { createHash } from 'node:crypto';

const TAG = '\ud800';

/** Objects the caller has digested already (a published day inside a tag page's tasks), each standing for its own digest. */
export type Known = (value: object) => string | undefined;

export function digestOf(value: unknown, known: Known = () => undefined): string {
  const root = value;
  // A function, not an arrow: JSON.stringify passes the holder as `this`, which says whether an undefined is an array's.
  const replacer = function (this: unknown, _key: string, item: unknown): unknown {
    switch (typeof item) {
      case 'undefined':
        // JSON writes an array's undefined as null; an object's is left out, as if the key were absent, which reads the same.
        return Array.isArray(this) ? { [`${TAG}undefined`]: true } : item;
      case 'number':
        return Number.isFinite(item) && !Object.is(item, -0) ? item : { [`${TAG}number`]: String(Object.is(item, -0) ? '-0' : item) };
      case 'bigint':
        return { [`${TAG}bigint`]: item.toString() };
      case 'function':
      case 'symbol':
        throw new TypeError(`a cache key cannot be made from a ${typeof item}`);
      case 'object': {
        if (item === null) return item;
        if (item instanceof Map) return { [`${TAG}map`]: [...item] };
        if (item instanceof Set) return { [`${TAG}set`]: [...item] };
        const digest = item === root ? undefined : known(item);
        return digest === undefined ? item : { [`${TAG}known`]: digest };
      }
      default:
        return item;
    }
  };
  // undefined alone has no JSON; it gets a tag of its own like the other values JSON cannot hold.
  const text = value === undefined ? `${TAG}undefined` : JSON.stringify(value, replacer);
  return createHash('sha256').update(text).digest('hex');
}
