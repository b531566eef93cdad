/**
 * The plan codec against random and adversarial input: whatever a link or a
 * file holds, decodeShare and parseFile return a valid plan or a clear
 * error, never throw, never pollute Object.prototype, and finish quickly.
 * The generator is seeded, so a failure names an input that reproduces.
 */
import { describe, expect, it } from 'vitest';
import { validatePlan, decodeShare, parseFile, toBase64Url, bytesToBase64Url, deflate, FILE_FORMAT, type Decoded } from './plan-codec';
import { catalog } from './plan.fixture';
import { seededRandom } from './random';
import { ACTIVITY_KINDS, MAX_MINUTES, PLAN_LIMITS, parseClock, type Plan } from './plan';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const STRINGS = ['', 'm', 'b', 's', 'p', 'd', 'q', 'x', ...PROTO_KEYS, catalog.modules[0]!.slug, '07:30', '25:99', '2025-02-30', 'Giải lao', '\u0000', '\ud800', 'a'.repeat(400)];
const NUMBERS = [0, -1, 1, 5, 15, 92.5, 600, 601, 10_000, 10_001, NaN, Infinity, -0, 2 ** 53, 1e308];

function value(rand: () => number, depth: number): unknown {
  const r = rand();
  if (depth > 4 || r < 0.3) {
    const pick = rand();
    if (pick < 0.35) return STRINGS[Math.floor(rand() * STRINGS.length)];
    if (pick < 0.7) return NUMBERS[Math.floor(rand() * NUMBERS.length)];
    if (pick < 0.8) return rand() < 0.5;
    return null;
  }
  if (r < 0.65) return Array.from({ length: Math.floor(rand() * 5) }, () => value(rand, depth + 1));
  const keys = ['t', 'd', 'p', 'a', 'i', 'n', 's', 'l', 'b', 'title', 'blocks', 'planned', 'start', 'type', 'module', 'activities', 'kind', 'minutes', 'items', 'label', ...PROTO_KEYS];
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 6); i > 0; i--) out[keys[Math.floor(rand() * keys.length)]!] = value(rand, depth + 1);
  return out;
}

/** Plan-shaped packed payloads with wrong pieces: closer to what breaks a decoder than pure noise. */
function packedPlan(rand: () => number): unknown {
  const kinds = ['p', 'd', 's', 'q', ...PROTO_KEYS, ['p'], { toString: 0 }];
  const block = () => {
    const type = ['m', 'b', 's', 'x', ...PROTO_KEYS][Math.floor(rand() * 9)];
    return [type, rand() < 0.7 ? catalog.modules[Math.floor(rand() * catalog.modules.length)]!.slug : value(rand, 3), Array.from({ length: Math.floor(rand() * 5) }, () => [kinds[Math.floor(rand() * kinds.length)], value(rand, 4), value(rand, 4)])];
  };
  return { t: value(rand, 3), s: value(rand, 3), l: value(rand, 3), b: Array.from({ length: Math.floor(rand() * 6) }, block) };
}

/** Every decoded plan must satisfy the invariants the editor and views rely on. */
function expectValid(result: Decoded, label: string) {
  if (!result.ok) {
    expect(typeof result.error, label).toBe('string');
    expect(result.error.length, label).toBeGreaterThan(10);
    return;
  }
  const p: Plan = result.plan;
  expect(validatePlan(p, catalog), label).toEqual({ ok: true, plan: p, problems: [] });
  expect(p.blocks.length).toBeLessThanOrEqual(PLAN_LIMITS.blocks);
  expect(parseClock(p.start)).not.toBeNull();
  for (const b of p.blocks) {
    if (b.type === 'module') for (const a of b.activities) {
      expect(ACTIVITY_KINDS).toContain(a.kind);
      expect(a.minutes).toBeGreaterThanOrEqual(0);
      expect(a.minutes).toBeLessThanOrEqual(MAX_MINUTES);
    }
  }
}

const link = (payload: unknown) => `#v1=${toBase64Url(JSON.stringify(payload))}`;
const linkV2 = async (json: string) => `#v2=${bytesToBase64Url(await deflate(json))}`;
const file = (plan: unknown) => JSON.stringify({ format: FILE_FORMAT, version: 1, plan });

/** Decoding is async now (DecompressionStream), so vitest's 5 s default applies; the bounds that matter are asserted inside. */
const SLOW = 60_000;

describe('the plan codec under fuzzing', () => {
  it('never throws on 3,000 seeded random and plan-shaped inputs, by link (both forms) and by file', async () => {
    const rand = seededRandom(20261201);
    for (let i = 0; i < 3000; i++) {
      const payload = i % 2 ? packedPlan(rand) : value(rand, 0);
      const label = `input ${i}: ${JSON.stringify(payload).slice(0, 200)}`;
      expectValid(await decodeShare(link(payload), catalog), label);
      if (i % 3 === 0) expectValid(await decodeShare(await linkV2(JSON.stringify(payload) ?? 'null'), catalog), `v2 ${label}`);
      expectValid(parseFile(file(payload), catalog), label);
    }
  }, SLOW);

  it('never throws on random bytes as a v2 payload, nor on a real one with bytes changed', async () => {
    const rand = seededRandom(20261202);
    const real = (await linkV2(JSON.stringify(packedPlan(rand)))).slice(4);
    for (let i = 0; i < 500; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(rand() * 200) }, () => Math.floor(rand() * 256));
      expectValid(await decodeShare(`#v2=${bytesToBase64Url(bytes)}`, catalog), `random bytes ${i}`);
      const at = Math.floor(rand() * real.length);
      const changed = real.slice(0, at) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[Math.floor(rand() * 64)] + real.slice(at + 1);
      expectValid(await decodeShare(`#v2=${changed}`, catalog), `changed at ${at}`);
    }
  }, SLOW);

  it('handles the inputs that once crashed it: an object as an activity kind, and an array nested 20,000 deep', async () => {
    const slug = catalog.modules[0]!.slug;
    const objectKind = await decodeShare(link({ t: 'K', b: [['m', slug, [[{ toString: 0 }, 5, [0]]]]] }), catalog);
    expect(objectKind.ok).toBe(true);
    if (objectKind.ok) expect(objectKind.problems.join(' ')).toContain('không đọc được');
    // Written out by hand: JSON.stringify itself overflows on such depth.
    const deep = `${'['.repeat(20_000)}"p"${']'.repeat(20_000)}`;
    expectValid(await decodeShare(`#v1=${toBase64Url(`{"b":[["m","${slug}",[[${deep},5,[0]]]]]}`)}`, catalog), 'deep kind');
    expectValid(await decodeShare(`#v1=${toBase64Url(deep)}`, catalog), 'deep payload');
  }, SLOW);

  it('treats prototype keys as data and leaves Object.prototype alone', async () => {
    const hostile = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"t":"x","b":[["m","__proto__",[]],["__proto__"]]}';
    const byLink = `#v1=${toBase64Url(hostile)}`;
    expectValid(await decodeShare(byLink, catalog), 'proto link');
    expectValid(await decodeShare(await linkV2(hostile), catalog), 'proto link v2');
    expectValid(parseFile(`{"format":"${FILE_FORMAT}","version":1,"plan":${hostile}}`, catalog), 'proto file');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, SLOW);

  it('answers huge inputs within a time bound: 100,000 blocks, a 1 MB fragment', async () => {
    const slug = catalog.modules[0]!.slug;
    const many = link({ b: Array.from({ length: 100_000 }, () => ['m', slug, [['p', 5, [0]]]]) });
    const big = `#v1=${'A'.repeat(1_000_000)}`;
    const started = performance.now();
    expectValid(await decodeShare(many, catalog), 'many blocks');
    expectValid(await decodeShare(big, catalog), '1 MB fragment');
    expectValid(await decodeShare(`#v2=${'A'.repeat(1_000_000)}`, catalog), '1 MB v2 fragment');
    expectValid(await decodeShare(await linkV2(JSON.stringify({ b: Array.from({ length: 100_000 }, () => ['m', slug, [['p', 5, [0]]]]) })), catalog), 'many blocks v2');
    expectValid(await decodeShare(`#v1=${toBase64Url('['.repeat(500_000))}`, catalog), 'half a million brackets');
    // A generous bound (the slowest case took 0.7 s on a loaded 2-core machine): it catches a hang, not a slowdown.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, SLOW);
});
