import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkKnownComponents } from './known-components';

const tree = (...names: string[]) => ({ type: 'root', children: names.map((name) => ({ type: 'mdxJsxFlowElement', name, attributes: [], children: [] })) }) as unknown as Root;

describe('remarkKnownComponents', () => {
  it('lets a lesson use the components its page provides, and HTML tags', () => {
    const reported: string[] = [];
    remarkKnownComponents({ report: (m) => reported.push(m) })(tree('Timeline', 'ProvisionQuote', 'div'), new VFile({ path: '/c/modules/a.mdx' }));
    expect(reported).toEqual([]);
  });

  it('fails on any other component, naming the file and what may be used', () => {
    const reported: string[] = [];
    const run = () => remarkKnownComponents({ report: (m) => reported.push(m) })(tree('Timeline', 'KhongCo'), new VFile({ path: '/c/modules/a.mdx' }));
    expect(run).toThrow('thành phần <KhongCo> không có; bài học chỉ dùng được: <Timeline>, <ProvisionQuote>');
    expect(reported).toEqual(['/c/modules/a.mdx: thành phần <KhongCo> không có; bài học chỉ dùng được: <Timeline>, <ProvisionQuote>']);
  });

  it('leaves Markdown files alone', () => {
    expect(() => remarkKnownComponents()(tree('KhongCo'), new VFile({ path: '/c/documents/a.md' }))).not.toThrow();
  });
});
