import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isDocumentNumber, linkify, numberRuns, unresolvedMentions, type RegisterIndex } from '../lib/document-mentions';
import { documentPath } from '../lib/paths';

/** Nodes whose text is left alone: links already link, headings stay plain, code is code. */
const LEAVE_ALONE = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'definition']);

/** A number is kept on one line (site.css .doc-number): "111-" / "CV/TU" split across lines reads as two things. */
const NUMBER_DATA = { hProperties: { className: ['doc-number'] } };
/** A number not linked (the page's own, or one the register does not hold): a <span class="doc-number">. */
const numberText = (value: string): Text => ({ type: 'text', value, data: { hName: 'span', ...NUMBER_DATA } as Text['data'] });

/**
 * Turns every mention of a known document in prose into a link to its page,
 * and fails the build on a number that looks like a document number but is
 * not in the register (a typo would otherwise mislead a reader).
 */
export function remarkDocumentLinks(options: { register: () => RegisterIndex; report?: (message: string) => void }) {
  // Read once per processor, not once per file: with thousands of documents a
  // per-file read of the register made content sync quadratic.
  let loaded: RegisterIndex | undefined;
  return (tree: Root, file: VFile) => {
    const register = (loaded ??= options.register());
    const skipSlug = /[\\/]documents[\\/]([^\\/]+)\.mdx?$/.exec(file.path ?? '')?.[1];
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (LEAVE_ALONE.has(node.type)) {
        checkUnknown(node, register, file, options.report);
        // A heading stays unlinked, but its numbers stay whole too.
        if (node.type === 'heading') wrapNumbers(node as Parent);
        return SKIP;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node as Text;
      checkUnknown(text, register, file, options.report);
      const pieces = linkify(text.value, register, { skipSlug });
      const replacement = pieces.flatMap((piece): (Text | Link)[] =>
        typeof piece === 'string'
          ? numberRuns(piece).map((run) => (typeof run === 'string' ? { type: 'text', value: run } : numberText(run.number)))
          : [{ type: 'link', url: documentPath(piece.slug), children: [{ type: 'text', value: piece.text }], ...(isDocumentNumber(piece.text) && { data: NUMBER_DATA }) }],
      );
      if (replacement.length === 1 && replacement[0]!.type === 'text' && !replacement[0]!.data) return;
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      return [SKIP, index + replacement.length];
    });
  };
}

/** The numbers in a heading's own text, each in a <span class="doc-number">. */
function wrapNumbers(heading: Parent) {
  heading.children = heading.children.flatMap((child): Parent['children'] =>
    child.type === 'text' ? numberRuns(child.value).map((run): Text => (typeof run === 'string' ? { type: 'text', value: run } : numberText(run.number))) : [child],
  );
}

function checkUnknown(
  node: { type: string; value?: unknown; children?: unknown[] },
  register: RegisterIndex,
  file: VFile,
  report: ((message: string) => void) | undefined,
) {
  const texts: string[] = [];
  visit(node as Root, 'text', (t: Text) => void texts.push(t.value));
  for (const text of texts) {
    const [bad] = unresolvedMentions(text, register);
    if (bad) {
      const message = `Số hiệu "${bad.text}" không có trong danh mục văn bản (content/documents) hay content/mentioned-documents.yaml`;
      report?.(`${file.path}: ${message}`);
      file.fail(message, node as never);
    }
  }
}
