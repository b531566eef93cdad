import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadGlossaryTerms } from './content-index';
import { remarkGlossaryLinks } from './glossary-links';

const terms = () => [
  { slug: 'cap-uy', term: 'Cấp ủy', aliases: ['cấp ủy đảng'] },
  { slug: 'giam-sat', term: 'Giám sát', aliases: [] },
];

async function render(markdown: string, path = '/site/content/modules/bai.mdx') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGlossaryLinks, { terms, dir: '/site/content' })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path }));
  return String(file);
}

describe('remarkGlossaryLinks', () => {
  it('links the first mention of each term only', async () => {
    expect(await render('Các cấp ủy đảng giám sát.\n\nCấp ủy lại giám sát.')).toBe(
      '<p>Các <a href="/thuat-ngu/cap-uy/" class="term-link">cấp ủy đảng</a> <a href="/thuat-ngu/giam-sat/" class="term-link">giám sát</a>.</p>\n<p>Cấp ủy lại giám sát.</p>',
    );
  });
  it('skips headings, links and code, and links the next mention in prose', async () => {
    const html = await render('## Cấp ủy\n\n[cấp ủy](/x/) và `cấp ủy`\n\nVai trò của cấp uỷ.');
    expect(html).toContain('<h2>Cấp ủy</h2>');
    expect(html).toContain('<a href="/x/">cấp ủy</a> và <code>cấp ủy</code>');
    expect(html).toContain('Vai trò của <a href="/thuat-ngu/cap-uy/" class="term-link">cấp uỷ</a>.');
  });
  it('leaves files outside content/modules alone', async () => {
    expect(await render('Cấp ủy', '/site/content/glossary/cap-uy.md')).toBe('<p>Cấp ủy</p>');
    expect(await render('Cấp ủy', '/site/content/documents/x.md')).toBe('<p>Cấp ủy</p>');
  });
  it('does not split words: a Vietnamese letter is not a boundary', async () => {
    expect(await render('phâncấp ủyđ')).toBe('<p>phâncấp ủyđ</p>');
  });
});

describe('loadGlossaryTerms', () => {
  it('reads slug, term and aliases from front matter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(join(dir, 'glossary', 'cap-uy.md'), '---\nterm: "Cấp ủy"\naliases: ["cấp uỷ"]\ndefinition: "x"\nprovisions: []\n---\n\nThân bài.\n');
    writeFileSync(join(dir, 'glossary', 'ghi-chu.txt'), 'không phải thuật ngữ');
    expect(loadGlossaryTerms(dir)).toEqual([{ slug: 'cap-uy', term: 'Cấp ủy', aliases: ['cấp uỷ'] }]);
    expect(loadGlossaryTerms(join(dir, 'khong-co'))).toEqual([]);
  });
});
