import { z } from 'astro/zod';
import { isRealDate } from './values';

/** ISO date, as content stores it; pages format it the Vietnamese way. */
export const isoDate = z
  // An unquoted date in YAML is read as a date object, not text: say how to write it.
  .string({ error: 'ngày phải là chữ dạng YYYY-MM-DD, viết trong dấu nháy: "2011-03-04"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD (viết trong dấu nháy: "2011-03-04")')
  .refine(isRealDate, 'ngày không có trong lịch');

/** "<document slug>#<anchor>": a provision of a document held in full. */
export const provisionRef = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'tham chiếu điều khoản phải có dạng "<văn bản>#<neo>", ví dụ "111-cv-tu-2016#muc-3"');

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug chỉ gồm chữ thường không dấu, số và "-"');
