import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldName, schemaProblems } from './schema-problems';

const schema = z
  .object({
    number: z.string().min(1),
    issuer: z.string().min(1),
    status: z.enum(['in-force', 'unknown']),
    date: z.string().refine((d) => d !== '2011-02-30', 'ngày không có trong lịch'),
    relations: z.array(z.object({ target: z.string() }).strict()),
  })
  .strict();
const good = { number: '84-QĐ/TU', issuer: 'Ban Thường vụ Thành ủy', status: 'unknown', date: '2011-03-04', relations: [{ target: 'x' }] };

describe('schemaProblems', () => {
  it('finds nothing in a good entry', async () => {
    expect(await schemaProblems(schema, good)).toEqual([]);
  });

  it('names a missing field and a misspelt one plainly, never as Astro garbles them', async () => {
    const { issuer, ...rest } = good;
    const problems = await schemaProblems(schema, { ...rest, isuer: issuer });
    expect(problems).toEqual(expect.arrayContaining(['issuer: thiếu trường bắt buộc', 'isuer: trường không có trong lược đồ (viết sai tên trường?)']));
    expect(problems.join('\n')).not.toMatch(/\*\*|Required|Unrecognized/);
  });

  it('says what is wrong with a value: type, empty text, a value not allowed, and the schema’s own words for a refinement', async () => {
    const problems = await schemaProblems(schema, { ...good, number: '', status: 'valid', date: '2011-02-30', relations: [{ target: 7 }] });
    expect(problems).toEqual(
      expect.arrayContaining([
        'number: không được để trống',
        'status: giá trị không hợp lệ (chỉ nhận: "in-force", "unknown")',
        'date: ngày không có trong lịch',
        'relations[0].target: sai kiểu (cần string)',
      ]),
    );
  });

  it('treats a prototype word as a plain key', async () => {
    expect(await schemaProblems(schema, JSON.parse('{"__proto__": {"x": 1}}'))).toContain('number: thiếu trường bắt buộc');
  });
});

describe('fieldName', () => {
  it('writes paths as the other content checks do', () => {
    expect(fieldName(['relations', 1, 'target'])).toBe('relations[1].target');
    expect(fieldName([])).toBe('(toàn bộ)');
  });
});
