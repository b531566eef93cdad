/**
 * Plans travel as share links and as JSON files. A link is "#v2=<base64url
 * of the packed plan's JSON, deflated>" (about half as long as the first
 * form, "#v1=<base64url of the JSON>", which still opens). Both
 * carry a version; both are read by one lenient validator that keeps what
 * it can and says, in Vietnamese, what it dropped. Nothing here touches
 * storage: the caller decides whether a decoded plan may replace the saved one.
 */
import { isRealDate } from '../schemas/values';
import { EVENT_LABELS } from '../ui/builder';
import { moduleIndex, type Catalog, type CatalogModule } from './plan-catalog';
import {
  ACTIVITY_KINDS,
  DEFAULT_BREAK_MINUTES,
  DEFAULT_EVENT_MINUTES,
  EVENT_KINDS,
  DEFAULT_LABELS,
  DEFAULT_PLANNED,
  DEFAULT_START,
  MAX_MINUTES,
  PLAN_LIMITS,
  emptyPlan,
  moduleBlock,
  parseClock,
  type Activity,
  type ActivityKind,
  type EventKind,
  type ModuleBlock,
  type Plan,
} from './plan';

/** The version of the plan's shape this code writes. Bump it when the shape changes and add a migration. */
export const PLAN_VERSION = 1;
/**
 * The newest form of share link: 1 is the packed JSON in base64url, 2 the
 * same JSON deflated first. Both carry a plan of shape PLAN_VERSION; a link
 * version below 1 is a plan shape older than the first (see Migrations).
 */
export const LINK_VERSION = 2;
/** A link that inflates past this is not a plan (the largest the builder writes is far smaller). */
const MAX_INFLATED_BYTES = 4_000_000;
export const FILE_FORMAT = 'qcdc-ke-hoach-bai-giang';

export type Decoded =
  | { ok: true; plan: Plan; problems: string[]; migratedFrom?: number }
  | { ok: false; error: string };

/**
 * How to read an older version: unpack its link payload into that version's
 * plan object, and migrate that object one version up. Version 1 is the
 * first, so the table is empty; tests exercise the mechanism with their own.
 */
export interface Migrations {
  /** Link payload of version n → plan object of version n. */
  unpack: Record<number, (packed: unknown) => unknown>;
  /** Plan object of version n → plan object of version n + 1. */
  up: Record<number, (plan: unknown) => unknown>;
}

const KIND_CODES: Record<ActivityKind, string> = { provisions: 'p', discussion: 'd', situations: 's', quiz: 'q' };
/** A Map, so a decoded code such as "toString" finds nothing instead of a prototype method. */
const KIND_OF: ReadonlyMap<unknown, ActivityKind> = new Map(Object.entries(KIND_CODES).map(([k, c]) => [c, k as ActivityKind]));

/**
 * A compact form for links: one-letter keys, blocks as tuples, empty fields
 * left out. Given the catalog, a lesson that keeps its standard activities
 * (moduleBlock) is written as its slug alone: most plans are built that way,
 * and it takes a plan's QR code from about version 30 to one a phone reads
 * from paper.
 */
export function pack(plan: Plan, catalog?: Pick<Catalog, 'modules'>): Record<string, unknown> {
  const modules = catalog ? moduleIndex(catalog) : undefined;
  const standard = (b: ModuleBlock) => {
    const mod = modules?.get(b.module);
    return mod !== undefined && JSON.stringify(moduleBlock(mod).activities) === JSON.stringify(b.activities);
  };
  const out: Record<string, unknown> = {};
  const put = (key: string, value: string, empty = '') => {
    if (value !== empty) out[key] = value;
  };
  put('t', plan.title);
  put('d', plan.date);
  put('p', plan.place);
  put('a', plan.audience);
  put('i', plan.instructor);
  put('k', plan.department);
  put('n', plan.notes);
  put('s', plan.start, DEFAULT_START);
  if (plan.planned !== DEFAULT_PLANNED) out.l = plan.planned;
  out.b = plan.blocks.map((b) => {
    if (b.type === 'module') return standard(b) ? ['m', b.module] : ['m', b.module, b.activities.map((a) => [KIND_CODES[a.kind], a.minutes, a.items])];
    if (b.type === 'break') return ['b', b.label, b.minutes];
    if (b.type === 'event') return ['e', b.event, b.label, b.minutes];
    return ['s', b.label, b.start];
  });
  return out;
}

/** The inverse of pack, without judging the values: validate() does that. */
export function unpack(packed: unknown): unknown {
  if (!isRecord(packed)) return packed;
  const get = (key: string, fallback: unknown) => (Object.hasOwn(packed, key) ? packed[key] : fallback);
  const blocks = Array.isArray(packed.b)
    ? packed.b.map((b: unknown) => {
        if (!Array.isArray(b)) return b;
        const [type, x, y] = b as unknown[];
        if (type === 'm') {
          const activities = Array.isArray(y)
            ? y.map((a: unknown) => (Array.isArray(a) ? { kind: KIND_OF.get(a[0]) ?? a[0], minutes: a[1], items: a[2] } : a))
            : y;
          return { type: 'module', module: x, activities };
        }
        if (type === 'b') return { type: 'break', label: x, minutes: y };
        if (type === 'e') return { type: 'event', event: x, label: y, minutes: (b as unknown[])[3] };
        if (type === 's') return { type: 'session', label: x, start: y };
        return { type };
      })
    : packed.b;
  return {
    title: get('t', ''),
    date: get('d', ''),
    place: get('p', ''),
    audience: get('a', ''),
    instructor: get('i', ''),
    department: get('k', ''),
    notes: get('n', ''),
    start: get('s', DEFAULT_START),
    planned: get('l', DEFAULT_PLANNED),
    blocks,
  };
}

export function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

/** Throws on anything that is not base64url of UTF-8. */
export function fromBase64Url(text: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(text));
}

/** bytes → base64url, no padding. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url → bytes; throws on any other character. */
export function base64UrlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Raw deflate (RFC 1951) with the platform's CompressionStream: no library in the page. */
export async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inverse of deflate; throws on a stream that is not raw deflate, has junk after its end, or inflates past limit. */
export async function inflate(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<string> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new Error('inflates too far');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

/** The fragment of a share link, without "#": "v2=<base64url of the deflated packed JSON>". */
export async function encodeShare(plan: Plan, catalog?: Pick<Catalog, 'modules'>): Promise<string> {
  return `v${LINK_VERSION}=${bytesToBase64Url(await deflate(JSON.stringify(pack(plan, catalog))))}`;
}

/** The first form of share link, "v1=<base64url JSON>": still read; written only to compare and to test. */
export function encodeShareV1(plan: Plan): string {
  return `v1=${toBase64Url(JSON.stringify(pack(plan)))}`;
}

/** Whether a fragment looks like a plan at all (so other fragments are left alone). */
export function isShareFragment(fragment: string): boolean {
  return /^#?v\d*=/.test(fragment);
}

const MESSAGES = {
  brokenLink: 'Liên kết chia sẻ bị hỏng hoặc không đầy đủ (có thể bị cắt khi sao chép), nên không đọc được kế hoạch.',
  brokenFile: 'Tệp này không phải tệp JSON hợp lệ, nên không đọc được kế hoạch.',
  notPlanFile: 'Tệp này không phải tệp kế hoạch bài giảng do công cụ soạn bài lưu ra.',
  notPlan: 'Dữ liệu không phải một kế hoạch bài giảng.',
  newer: (v: number, readable: number) =>
    `Kế hoạch được tạo bởi phiên bản mới hơn của công cụ soạn bài (phiên bản ${v}; trang này đọc đến phiên bản ${readable}). Hãy tải lại trang để dùng phiên bản mới nhất.`,
  older: (v: number) => `Kế hoạch được tạo bởi phiên bản cũ (phiên bản ${v}) mà công cụ soạn bài không còn đọc được.`,
};

/** The JSON text a link of a given form carries; throws when the payload is not that form. */
async function payloadText(linkVersion: number, payload: string): Promise<string> {
  return linkVersion === 2 ? inflate(base64UrlToBytes(payload)) : fromBase64Url(payload);
}

/** Reads a share link's fragment ("#v2=…", "#v1=…", or an older shape a migration knows). Never throws. */
export async function decodeShare(fragment: string, catalog: Pick<Catalog, 'modules'>, migrations: Migrations = NO_MIGRATIONS): Promise<Decoded> {
  const m = /^#?v(\d+)=(.*)$/s.exec(fragment.trim());
  if (!m) return { ok: false, error: MESSAGES.brokenLink };
  const linkVersion = Number(m[1]);
  if (linkVersion > LINK_VERSION) return { ok: false, error: MESSAGES.newer(linkVersion, LINK_VERSION) };
  // Link forms 1 and 2 carry today's plan shape; below 1 the number is an older shape's.
  const planVersion = linkVersion >= 1 ? PLAN_VERSION : linkVersion;
  const unpackFor = planVersion === PLAN_VERSION ? unpack : migrations.unpack[planVersion];
  if (!unpackFor) return { ok: false, error: MESSAGES.older(linkVersion) };
  let packed: unknown;
  try {
    packed = JSON.parse(await payloadText(linkVersion, m[2] ?? ''));
  } catch {
    return { ok: false, error: MESSAGES.brokenLink };
  }
  return finish(unpackFor(packed), planVersion, catalog, migrations);
}

/** A saved file: readable keys, the format's name and its version, then the plan. */
export function serializeFile(plan: Plan): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: PLAN_VERSION, plan }, null, 2)}\n`;
}

export function parseFile(text: string, catalog: Pick<Catalog, 'modules'>, migrations: Migrations = NO_MIGRATIONS): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: MESSAGES.brokenFile };
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT) return { ok: false, error: MESSAGES.notPlanFile };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: MESSAGES.notPlanFile };
  if (version > PLAN_VERSION) return { ok: false, error: MESSAGES.newer(version, PLAN_VERSION) };
  return finish(data.plan, version, catalog, migrations);
}

const NO_MIGRATIONS: Migrations = { unpack: {}, up: {} };

function canMigrate(from: number, migrations: Migrations): boolean {
  for (let v = from; v < PLAN_VERSION; v++) if (!migrations.up[v]) return false;
  return true;
}

function finish(raw: unknown, version: number, catalog: Pick<Catalog, 'modules'>, migrations: Migrations): Decoded {
  if (!canMigrate(version, migrations)) return { ok: false, error: MESSAGES.older(version) };
  let current = raw;
  try {
    for (let v = version; v < PLAN_VERSION; v++) current = migrations.up[v]!(current);
  } catch {
    return { ok: false, error: MESSAGES.older(version) };
  }
  const result = validatePlan(current, catalog);
  if (!result.ok) return result;
  return version < PLAN_VERSION ? { ...result, migratedFrom: version } : result;
}

const LIMITS = PLAN_LIMITS;
const ACTIVITY_NAMES: Record<ActivityKind, { activity: string; item: string }> = {
  provisions: { activity: 'giảng nội dung Công văn', item: 'đoạn' },
  discussion: { activity: 'câu hỏi thảo luận', item: 'câu hỏi thảo luận' },
  situations: { activity: 'tình huống', item: 'tình huống' },
  quiz: { activity: 'trắc nghiệm', item: 'câu trắc nghiệm' },
};

/**
 * Checks a plan object field by field against the catalogue. Fields of the
 * wrong type fall back to their defaults, blocks naming a module that no
 * longer exists are dropped, items past the end of a list are dropped; each
 * such repair is reported. Only input that is not a plan at all is refused.
 */
export function validatePlan(raw: unknown, catalog: Pick<Catalog, 'modules'>): Decoded {
  if (!isRecord(raw)) return { ok: false, error: MESSAGES.notPlan };
  const problems: string[] = [];
  const modules = moduleIndex(catalog);
  const defaults = emptyPlan();

  const text = (key: 'title' | 'place' | 'audience' | 'instructor' | 'department' | 'notes', label: string) => {
    const value = raw[key];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      problems.push(`Trường «${label}» không hợp lệ nên đã để trống.`);
      return '';
    }
    const limit = key === 'notes' ? LIMITS.notes : LIMITS.text;
    if (value.length > limit) problems.push(`Trường «${label}» quá dài nên đã cắt bớt.`);
    return value.slice(0, limit).normalize('NFC');
  };
  const plan: Plan = {
    title: text('title', 'Tên lớp học'),
    date: '',
    place: text('place', 'Địa điểm'),
    audience: text('audience', 'Đối tượng'),
    instructor: text('instructor', 'Giảng viên'),
    department: text('department', 'Khoa'),
    notes: text('notes', 'Ghi chú của giảng viên'),
    start: defaults.start,
    planned: defaults.planned,
    blocks: [],
  };
  if (raw.date !== undefined && raw.date !== '') {
    if (typeof raw.date === 'string' && isRealDate(raw.date)) plan.date = raw.date;
    else problems.push('Ngày học không hợp lệ nên đã để trống.');
  }
  if (raw.start !== undefined) {
    if (typeof raw.start === 'string' && parseClock(raw.start) !== null) plan.start = raw.start;
    else problems.push(`Giờ bắt đầu không hợp lệ nên đã đặt là ${DEFAULT_START}.`);
  }
  if (raw.planned !== undefined) {
    if (isWhole(raw.planned, LIMITS.planned.max, LIMITS.planned.min)) plan.planned = raw.planned;
    else problems.push(`Thời lượng dự kiến không hợp lệ nên đã đặt là ${DEFAULT_PLANNED} phút.`);
  }

  if (raw.blocks !== undefined && !Array.isArray(raw.blocks)) problems.push('Chương trình của kế hoạch không đọc được nên đã bỏ.');
  const blocks = Array.isArray(raw.blocks) ? raw.blocks : [];
  if (blocks.length > LIMITS.blocks) problems.push(`Chương trình dài quá ${LIMITS.blocks} mục; phần sau đã bỏ.`);
  const seen = new Set<string>();
  blocks.slice(0, LIMITS.blocks).forEach((b: unknown, i: number) => {
    const where = `Mục ${i + 1} của chương trình`;
    if (!isRecord(b)) return void problems.push(`${where} không đọc được nên đã bỏ.`);
    if (b.type === 'module') {
      const slug = typeof b.module === 'string' ? b.module : '';
      const mod = modules.get(slug);
      if (!mod) return void problems.push(slug ? `Bài học «${slug}» không còn trong danh mục nên đã bỏ khỏi kế hoạch.` : `${where} không ghi bài học nên đã bỏ.`);
      if (seen.has(slug)) return void problems.push(`Bài học «${mod.title}» có hai lần; lần sau đã bỏ.`);
      seen.add(slug);
      plan.blocks.push({ type: 'module', module: slug, activities: activities(b.activities, mod, problems) });
    } else if (b.type === 'event') {
      const event = (EVENT_KINDS as readonly unknown[]).includes(b.event) ? (b.event as EventKind) : undefined;
      if (!event) return void problems.push(`${where} không đọc được nên đã bỏ.`);
      const minutes = isWhole(b.minutes, MAX_MINUTES) ? b.minutes : DEFAULT_EVENT_MINUTES[event];
      if (minutes !== b.minutes) problems.push(`${where} (${EVENT_LABELS[event].toLowerCase()}): số phút không hợp lệ nên đã đặt là ${minutes}.`);
      plan.blocks.push({ type: 'event', event, label: label(b.label, EVENT_LABELS[event]), minutes });
    } else if (b.type === 'break') {
      const minutes = isWhole(b.minutes, MAX_MINUTES) ? b.minutes : DEFAULT_BREAK_MINUTES;
      if (minutes !== b.minutes) problems.push(`${where} (giải lao): số phút không hợp lệ nên đã đặt là ${DEFAULT_BREAK_MINUTES}.`);
      plan.blocks.push({ type: 'break', label: label(b.label, DEFAULT_LABELS.break), minutes });
    } else if (b.type === 'session') {
      const start = typeof b.start === 'string' && parseClock(b.start) !== null ? b.start : DEFAULT_START;
      if (start !== b.start) problems.push(`${where} (buổi học): giờ bắt đầu không hợp lệ nên đã đặt là ${DEFAULT_START}.`);
      plan.blocks.push({ type: 'session', label: label(b.label, DEFAULT_LABELS.session), start });
    } else problems.push(`${where} không đọc được nên đã bỏ.`);
  });
  return { ok: true, plan, problems };
}

function activities(raw: unknown, mod: CatalogModule, problems: string[]): Activity[] {
  const out: Activity[] = [];
  // A lesson written as its slug alone keeps its standard activities (pack).
  if (raw === undefined) return moduleBlock(mod).activities;
  if (!Array.isArray(raw)) {
    problems.push(`Bài học «${mod.title}»: không đọc được các hoạt động nên đã để trống.`);
    return out;
  }
  for (const a of raw) {
    const kind = isRecord(a) && (ACTIVITY_KINDS as readonly unknown[]).includes(a.kind) ? (a.kind as ActivityKind) : undefined;
    if (!kind || !isRecord(a)) {
      problems.push(`Bài học «${mod.title}»: một hoạt động không đọc được nên đã bỏ.`);
      continue;
    }
    const name = ACTIVITY_NAMES[kind];
    if (out.some((o) => o.kind === kind)) {
      problems.push(`Bài học «${mod.title}»: hoạt động ${name.activity} có hai lần; lần sau đã bỏ.`);
      continue;
    }
    let minutes = 10;
    if (isWhole(a.minutes, MAX_MINUTES)) minutes = a.minutes;
    else problems.push(`Bài học «${mod.title}», ${name.activity}: số phút không hợp lệ nên đã đặt là 10.`);
    const count = mod[kind].length;
    const items = new Set<number>();
    let dropped = 0;
    for (const item of Array.isArray(a.items) ? a.items : []) {
      if (Number.isInteger(item) && item >= 0 && item < count) items.add(item);
      else dropped += 1;
    }
    if (!Array.isArray(a.items)) problems.push(`Bài học «${mod.title}», ${name.activity}: danh sách không đọc được nên chưa chọn ${name.item} nào.`);
    else if (dropped) problems.push(`Bài học «${mod.title}»: bỏ ${dropped} ${name.item} không còn trong bài học.`);
    out.push({ kind, minutes, items: [...items].sort((x, y) => x - y) });
  }
  return out;
}

const label = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value.slice(0, LIMITS.text).normalize('NFC') : fallback);

function isWhole(value: unknown, max: number, min = 0): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
