/**
 * A content entry's schema mistakes, each as "field: what is wrong" in plain
 * Vietnamese. Astro's own report of the same mistakes garbles the field
 * names ("issuer**: **issuer: Required", "****: Unrecognized key") and
 * appends a hint about browser APIs that has nothing to do with content.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** `relations[1].target`, as validate.ts names fields. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') || '(toàn bộ)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: Issue, data: unknown): string[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${fieldName([...issue.path, key])}: trường không có trong lược đồ (viết sai tên trường?)`);
    case 'invalid_type':
      return [`${fieldName(issue.path)}: ${valueAt(data, issue.path) === undefined ? 'thiếu trường bắt buộc' : `sai kiểu (cần ${issue.expected})`}`];
    case 'invalid_value':
      return [`${fieldName(issue.path)}: giá trị không hợp lệ (chỉ nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`];
    case 'too_small':
      return [`${fieldName(issue.path)}: ${issue.origin === 'string' && issue.minimum === 1 ? 'không được để trống' : `quá nhỏ hoặc quá ngắn (tối thiểu ${String(issue.minimum)})`}`];
    default:
      // Our own refinements speak Vietnamese already ("ngày không có trong lịch").
      return [`${fieldName(issue.path)}: ${issue.message}`];
  }
}

/** The schema's mistakes for `data`, or none. */
export async function schemaProblems(schema: z.ZodType, data: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(data);
  return result.success ? [] : result.error.issues.flatMap((issue) => describe(issue, data));
}
