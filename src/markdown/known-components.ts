/**
 * A lesson (MDX) may use only the components its page provides
 * (MODULE_COMPONENTS). Any other capitalised tag fails the build naming the
 * file; left to MDX, it fails while rendering and names only the page's
 * address, with a hint about runtime errors.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The components /bai-hoc/<slug>/ passes to a lesson's content (src/pages/bai-hoc/[slug].astro). */
export const MODULE_COMPONENTS = ['Timeline', 'ProvisionQuote'] as const;
export type ModuleComponent = (typeof MODULE_COMPONENTS)[number];

interface JsxNode {
  type: string;
  name?: string | null;
}

export function remarkKnownComponents(options: { report?: (message: string) => void } = {}) {
  return (tree: Root, file: VFile) => {
    if (!/\.mdx$/.test(file.path ?? '')) return;
    visit(tree, (node: JsxNode) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      // Lower-case tags are HTML; a member name (a.b) is not ours to judge.
      if (!node.name || !/^[A-Z]/.test(node.name) || node.name.includes('.')) return;
      if ((MODULE_COMPONENTS as readonly string[]).includes(node.name)) return;
      const message = `thành phần <${node.name}> không có; bài học chỉ dùng được: ${MODULE_COMPONENTS.map((n) => `<${n}>`).join(', ')}`;
      options.report?.(`${file.path}: ${message}`);
      file.fail(message, node as never);
    });
  };
}
