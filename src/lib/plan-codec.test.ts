import { describe, expect, it } from 'vitest';
import { emptyPlan, moduleBlock, type Plan } from './plan';
import {
  FILE_FORMAT,
  LINK_VERSION,
  PLAN_VERSION,
  bytesToBase64Url,
  decodeShare,
  deflate,
  encodeShare,
  encodeShareV1,
  fromBase64Url,
  isShareFragment,
  pack,
  parseFile,
  serializeFile,
  toBase64Url,
  unpack,
  validatePlan,
  type Migrations,
} from './plan-codec';
import { catalog } from './plan.fixture';

const [m1, m2, m3] = catalog.modules as [typeof catalog.modules[0] & {}, typeof catalog.modules[0] & {}, typeof catalog.modules[0] & {}];

const plan: Plan = {
  title: 'Lớp bồi dưỡng cán bộ xã Đông Hải — “Dân biết, dân bàn”',
  date: '2025-03-14',
  place: 'Trường Chính trị Tô Hiệu',
  audience: 'Cán bộ, công chức cấp xã',
  instructor: 'Nguyễn Văn A',
  department: 'Lý luận cơ sở',
  notes: 'Chuẩn bị máy chiếu.\nPhát tài liệu trước 15 phút.',
  start: '13:30',
  planned: 180,
  blocks: [
    moduleBlock(m2),
    { type: 'break', label: 'Giải lao', minutes: 15 },
    { ...moduleBlock(m1), activities: [{ kind: 'quiz', minutes: 15, items: [1, 3] }, { kind: 'provisions', minutes: 30, items: [0] }] },
    { type: 'session', label: 'Ngày 2', start: '07:30' },
  ],
};

const link = (payload: unknown, version = 1) => `#v${version}=${toBase64Url(JSON.stringify(payload))}`;
const linkV2 = async (json: string) => `#v2=${bytesToBase64Url(await deflate(json))}`;

describe('share links', () => {
  it('are written compressed (v2) and round-trip a plan exactly, Vietnamese text included', async () => {
    const fragment = await encodeShare(plan);
    expect(LINK_VERSION).toBe(2);
    expect(fragment).toMatch(/^v2=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${fragment}`, catalog)).toEqual({ ok: true, plan, problems: [] });
    expect(await decodeShare(fragment, catalog)).toEqual({ ok: true, plan, problems: [] });
  });
  it('still open links of the first form (v1) exactly as before', async () => {
    const fragment = encodeShareV1(plan);
    expect(fragment).toMatch(/^v1=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${fragment}`, catalog)).toEqual({ ok: true, plan, problems: [] });
    // A v1 link written before the khoa field existed opens with the field empty.
    const { k: _k, ...old } = pack(plan);
    expect(await decodeShare(link(old), catalog)).toEqual({ ok: true, plan: { ...plan, department: '' }, problems: [] });
  });
  it('v2 is shorter than v1 for a plan with text', async () => {
    const long = { ...plan, notes: plan.notes.repeat(6), blocks: [...plan.blocks, moduleBlock(m3)] };
    const [v1, v2] = [encodeShareV1(long), await encodeShare(long)];
    expect(v2.length).toBeLessThan(v1.length * 0.7);
  });
  it('are compact: short keys, defaults left out', async () => {
    expect(pack({ ...emptyPlan(), blocks: [{ type: 'break', label: 'Giải lao', minutes: 15 }] })).toEqual({ b: [['b', 'Giải lao', 15]] });
    expect(unpack(pack(emptyPlan()))).toEqual(emptyPlan());
    expect(encodeShareV1(plan).length).toBeLessThan(JSON.stringify(plan).length * 1.1);
    expect((await encodeShare(plan)).length).toBeLessThan(encodeShareV1(plan).length);
  });
  it('write a lesson that keeps its standard activities as its slug alone, and read it back whole', async () => {
    const packed = pack(plan, catalog);
    expect((packed.b as unknown[])[0]).toEqual(['m', m2.slug]);
    // A lesson whose activities were changed keeps them in full.
    expect(((packed.b as unknown[])[2] as unknown[]).length).toBe(3);
    const fragment = await encodeShare(plan, catalog);
    expect(fragment.length).toBeLessThan((await encodeShare(plan)).length);
    expect(await decodeShare(fragment, catalog)).toEqual({ ok: true, plan, problems: [] });
  });
  it('base64url round-trips UTF-8 and refuses other text', () => {
    expect(fromBase64Url(toBase64Url('Thành ủy Hải Phòng ✓'))).toBe('Thành ủy Hải Phòng ✓');
    expect(() => fromBase64Url('a+b/')).toThrow();
    expect(() => fromBase64Url(toBase64Url('x').slice(0, 1))).toThrow();
  });
  it('tells plan fragments from others', () => {
    expect(isShareFragment('#v1=abc')).toBe(true);
    expect(isShareFragment('#v2=abc')).toBe(true);
    expect(isShareFragment('#noi-dung')).toBe(false);
  });
  it('refuse malformed links with a Vietnamese message', async () => {
    for (const bad of ['#v1=%%%', '#v1=' + encodeShareV1(plan).slice(3, 40), '#v1=', '#v=abc', '#v1=' + toBase64Url('[1,2]'), '#v1=' + toBase64Url('"x"')]) {
      const result = await decodeShare(bad, catalog);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/kế hoạch/);
    }
  });
  it('refuse a corrupted v2 link with a Vietnamese message: cut, altered, not deflate, junk after the end, not a plan', async () => {
    const good = await encodeShare(plan);
    const payload = good.slice(3);
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    const bad = [
      `#v2=${payload.slice(0, Math.floor(payload.length / 2))}`,
      `#v2=${flipped}`,
      `#v2=${toBase64Url(JSON.stringify(pack(plan)))}`,
      `#v2=${bytesToBase64Url(new Uint8Array([...(await deflate('{"t":"x"}')), 1, 2, 3]))}`,
      `#v2=${payload}%%`,
      '#v2=',
      await linkV2('[1,2]'),
      await linkV2('{"t":'),
    ];
    for (const fragment of bad) {
      const result = await decodeShare(fragment, catalog);
      // A flipped bit may still inflate to text: then the JSON or the plan is refused, or repaired with a message.
      if (result.ok) {
        expect(fragment).toBe(`#v2=${flipped}`);
        continue;
      }
      expect(result.error, fragment).toMatch(/^(Liên kết chia sẻ bị hỏng|Dữ liệu không phải một kế hoạch)/);
    }
  });
  it('refuse a v2 link that inflates past the limit (a zip bomb) with the same message', async () => {
    const bomb = await linkV2(`{"t":"${'a'.repeat(5_000_000)}"}`);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeShare(bomb, catalog)).toMatchObject({ ok: false, error: expect.stringContaining('bị hỏng') });
  });
  it('refuse newer and unknown older versions, saying which', async () => {
    const newer = await decodeShare(link(pack(plan), 3), catalog);
    expect(newer).toMatchObject({ ok: false, error: expect.stringContaining('phiên bản mới hơn') });
    const older = await decodeShare(link(pack(plan), 0), catalog);
    expect(older).toMatchObject({ ok: false, error: expect.stringContaining('phiên bản cũ') });
  });
  it('migrate an older version when a migration is known', async () => {
    // A made-up version 0 that stored the title as "name" and no blocks.
    const migrations: Migrations = {
      unpack: { 0: (packed) => packed },
      up: { 0: (old) => ({ title: (old as { name: string }).name, blocks: [] }) },
    };
    const result = await decodeShare(link({ name: 'Lớp cũ' }, 0), catalog, migrations);
    expect(result).toEqual({ ok: true, plan: { ...emptyPlan(), title: 'Lớp cũ' }, problems: [], migratedFrom: 0 });
  });
});

describe('files', () => {
  it('round-trip a plan, readable and versioned', () => {
    const text = serializeFile(plan);
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, version: PLAN_VERSION, plan: { title: plan.title } });
    expect(parseFile(text, catalog)).toEqual({ ok: true, plan, problems: [] });
    expect(parseFile(`\uFEFF${text}`, catalog).ok).toBe(true);
  });
  it('refuse what is not a plan file', () => {
    expect(parseFile('{"format": "qcdc', catalog)).toMatchObject({ ok: false, error: expect.stringContaining('JSON') });
    expect(parseFile('{"title": "x"}', catalog)).toMatchObject({ ok: false, error: expect.stringContaining('không phải tệp kế hoạch') });
    expect(parseFile(JSON.stringify({ format: FILE_FORMAT, version: 7, plan }), catalog)).toMatchObject({ ok: false, error: expect.stringContaining('mới hơn') });
    expect(parseFile(JSON.stringify({ format: FILE_FORMAT, version: 1, plan: [] }), catalog)).toMatchObject({ ok: false });
  });
});

describe('validatePlan keeps what it can', () => {
  it('drops modules that no longer exist and says so', () => {
    const raw = { ...plan, blocks: [{ type: 'module', module: 'da-xoa', activities: [] }, ...plan.blocks] };
    const result = validatePlan(raw, catalog);
    expect(result.ok && result.plan.blocks).toEqual(plan.blocks);
    expect(result.ok && result.problems).toEqual(['Bài học «da-xoa» không còn trong danh mục nên đã bỏ khỏi kế hoạch.']);
  });
  it('drops items past the end, duplicate modules and activities, unknown blocks', () => {
    const raw = {
      blocks: [
        { type: 'module', module: 'muc-3', activities: [{ kind: 'quiz', minutes: 10, items: [4, 9, 0, 0, -1, 'x'] }, { kind: 'quiz', minutes: 5, items: [] }, { kind: 'dance' }] },
        { type: 'module', module: 'muc-3', activities: [] },
        { type: 'video' },
        'rác',
      ],
    };
    const result = validatePlan(raw, catalog);
    if (!result.ok) throw new Error(result.error);
    expect(result.plan.blocks).toEqual([{ type: 'module', module: 'muc-3', activities: [{ kind: 'quiz', minutes: 10, items: [0, 4] }] }]);
    expect(result.problems).toHaveLength(6);
    expect(result.problems[0]).toBe(`Bài học «${m3.title}»: bỏ 3 câu trắc nghiệm không còn trong bài học.`);
  });
  it('repairs fields of the wrong type to defaults, with a message each', () => {
    const result = validatePlan({ title: 5, date: '2025-02-30', start: '25:00', planned: -3, place: 'x'.repeat(400), blocks: [{ type: 'break', minutes: 'mười' }] }, catalog);
    if (!result.ok) throw new Error(result.error);
    expect(result.plan).toEqual({ ...emptyPlan(), place: 'x'.repeat(300), blocks: [{ type: 'break', label: 'Giải lao', minutes: 15 }] });
    expect(result.problems).toHaveLength(6);
  });
  it('normalises text to NFC', () => {
    const result = validatePlan({ title: 'Thành ủy'.normalize('NFD') }, catalog);
    expect(result.ok && result.plan.title).toBe('Thành ủy'.normalize('NFC'));
  });
});
