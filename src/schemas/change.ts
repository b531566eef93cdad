import { z } from 'astro/zod';
import { isoDate } from './common';

/** One entry of the content's change log (/thay-doi/): what changed, when, and on which pages. */
export const changeSchema = z
  .object({
    date: isoDate,
    /** One or two sentences, for a trainer deciding whether a printout is still current. */
    summary: z.string().min(1),
    /** Site paths of the pages the change is on ("/van-ban/111-cv-tu-2016/", "/bai-hoc/"). */
    pages: z.array(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'trang phải là đường dẫn của trang, ví dụ "/bai-hoc/"')).min(1),
  })
  .strict();

export type ChangeData = z.infer<typeof changeSchema>;
