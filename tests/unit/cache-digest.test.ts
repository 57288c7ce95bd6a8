/**
 * The digest behind the incremental build's page keys: values that would
 * draw different pages never share a digest, even where JSON alone would
 * write them the same; equal values always do.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/astro/data/digest.ts';

describe('digestOf', () => {
  it('is the SHA-256 of the JSON text for plain data', () => {
    // The expected digest is of the JSON written by hand, not by the code under test.
    const expected = createHash('sha256').update('{"date":"2026-04-22","tasks":[1,2.5,"x",null,true]}').digest('hex');
    expect(digestOf({ date: '2026-04-22', tasks: [1, 2.5, 'x', null, true] })).toBe(expected);
  });

  it('is the same for equal values built apart', () => {
    const make = () => ({ title: 'Billing', figures: [['13.8x', 'leverage']], nested: { a: [1, { b: 'c' }] } });
    expect(digestOf(make())).toBe(digestOf(make()));
  });

  it('differs when one character of the data differs', () => {
    expect(digestOf({ title: 'Billing' })).not.toBe(digestOf({ title: 'Billing.' }));
  });

  it('keeps apart the numbers JSON writes alike: NaN, Infinity, -Infinity, null, -0 and 0', () => {
    const values = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, -0, 0];
    const digests = values.map((value) => digestOf({ factor: value }));
    expect(new Set(digests).size).toBe(6);
  });

  it('keeps apart an undefined in an array and a null, and Maps and Sets by their contents', () => {
    expect(digestOf([undefined])).not.toBe(digestOf([null]));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf({}));
    expect(digestOf(new Set(['billing']))).not.toBe(digestOf(new Set(['cli'])));
    expect(digestOf(new Set(['billing']))).not.toBe(digestOf(['billing']));
    expect(digestOf(12n)).not.toBe(digestOf('12'));
    expect(digestOf(undefined)).not.toBe(digestOf(null));
  });

  it("treats an object's undefined property as an absent one, as every page reads them", () => {
    expect(digestOf({ title: 'x', previous: undefined })).toBe(digestOf({ title: 'x' }));
  });

  it('lets a known object stand for its digest, but never the value digested itself', () => {
    const day = { date: '2026-04-22', prose: 'long text' };
    const known = (value: object) => (value === day ? 'digest-of-the-day' : undefined);
    const expected = createHash('sha256').update('[{"\\ud800known":"digest-of-the-day"},1]').digest('hex');
    expect(digestOf([day, 1], known)).toBe(expected);
    expect(digestOf(day, known)).toBe(digestOf(day));
  });

  it('refuses functions and symbols, which no key can stand for', () => {
    expect(() => digestOf({ render: () => 'x' })).toThrow('a cache key cannot be made from a function');
    expect(() => digestOf([Symbol('x')])).toThrow('a cache key cannot be made from a symbol');
  });
});
