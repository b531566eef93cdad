import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds } from './heading-ids';

const render = async (markdown: string) => String(await unified().use(remarkParse).use(remarkRehype).use(rehypeHeadingIds).use(rehypeStringify).process(markdown));

describe('rehypeHeadingIds', () => {
  it('gives headings ASCII ids by the site’s slug rule, numbering repeats', async () => {
    expect(await render('## Các văn bản của Thành ủy\n\n### Đảng ủy *trực thuộc*\n\n## Các văn bản của Thành ủy')).toBe(
      '<h2 id="cac-van-ban-cua-thanh-uy">Các văn bản của Thành ủy</h2>\n<h3 id="dang-uy-truc-thuoc">Đảng ủy <em>trực thuộc</em></h3>\n<h2 id="cac-van-ban-cua-thanh-uy-2">Các văn bản của Thành ủy</h2>',
    );
  });
  it('keeps an id already given, and names a heading without letters', async () => {
    expect(await render('## …')).toBe('<h2 id="muc">…</h2>');
  });
});
