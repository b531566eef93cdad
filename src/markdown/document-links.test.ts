import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createRegisterIndex } from '../lib/document-mentions';
import { remarkDocumentLinks } from './document-links';

const register = createRegisterIndex(
  [
    { slug: '120-kl-tw-2016', number: '120-KL/TW' },
    { slug: '1737-qd-tu-2015', number: '1737-QĐ/TU' },
    { slug: '1738-qd-tu-2015', number: '1738-QĐ/TU' },
    { slug: '34-2007-pl-ubtvqh11', number: '34/2007/PL-UBTVQH11', aliases: ['Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn'] },
  ],
  ['59/2023/NĐ-CP'],
);

async function render(markdown: string, path = 'content/modules/x.mdx') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDocumentLinks, { register: () => register })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path }));
  return String(file);
}

describe('remarkDocumentLinks', () => {
  it('links a number followed by punctuation', async () => {
    expect(await render('Theo Kết luận số 120-KL/TW.')).toBe('<p>Theo Kết luận số <a href="/van-ban/120-kl-tw-2016/" class="doc-number">120-KL/TW</a>.</p>');
  });
  it('links each number of a list', async () => {
    expect(await render('Quyết định số 1737-QĐ/TU, 1738-QĐ/TU, ngày 27/01/2015')).toBe(
      '<p>Quyết định số <a href="/van-ban/1737-qd-tu-2015/" class="doc-number">1737-QĐ/TU</a>, <a href="/van-ban/1738-qd-tu-2015/" class="doc-number">1738-QĐ/TU</a>, ngày 27/01/2015</p>',
    );
  });
  it('links a document by its name', async () => {
    expect(await render('theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn;')).toContain(
      '<a href="/van-ban/34-2007-pl-ubtvqh11/">Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn</a>;',
    );
  });
  it('reads NFD text as NFC', async () => {
    const html = await render('Kết luận số 120-KL/TW của Bộ Chính trị'.normalize('NFD'));
    expect(html).toContain('<a href="/van-ban/120-kl-tw-2016/" class="doc-number">120-KL/TW</a>');
    expect(html).toBe(html.normalize('NFC'));
  });
  it('does not treat a Vietnamese letter as a word boundary', async () => {
    expect(await render('mãsố120-KL/TWđ')).toBe('<p>mãsố120-KL/TWđ</p>');
  });
  it('leaves numbers inside links, headings and code alone', async () => {
    expect(await render('[Kết luận 120-KL/TW](/khac/)')).toBe('<p><a href="/khac/">Kết luận 120-KL/TW</a></p>');
    expect(await render('## Kết luận 120-KL/TW')).toBe('<h2>Kết luận <span class="doc-number">120-KL/TW</span></h2>');
    expect(await render('`120-KL/TW`')).toBe('<p><code>120-KL/TW</code></p>');
  });
  it('leaves a document’s own page unlinked to itself', async () => {
    expect(await render('Kết luận 120-KL/TW', 'content/documents/120-kl-tw-2016.md')).toBe('<p>Kết luận <span class="doc-number">120-KL/TW</span></p>');
  });
  it('keeps a link by name without the number class', async () => {
    expect(await render('theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn;')).not.toContain('doc-number');
  });
  it('allows declared external numbers without a link', async () => {
    expect(await render('Nghị định số 59/2023/NĐ-CP')).toBe('<p>Nghị định số <span class="doc-number">59/2023/NĐ-CP</span></p>');
  });
  it('fails on a number that is not in the register, naming the file and the number', async () => {
    await expect(render('Theo Chỉ thị số 99-CT/TW.', 'content/modules/sai.mdx')).rejects.toThrow(/99-CT\/TW/);
    await expect(render('## Chỉ thị 99-CT/TW', 'content/modules/sai.mdx')).rejects.toThrow(/không có trong danh mục/);
  });
});
