import type { RegisterIndex } from '../lib/citations';
import { unresolvedMentions } from '../lib/citations';
import { findWord, type PartView } from '../lib/provisions';
import { documentSlug } from '../lib/slug';
import type { BodyData } from '../schemas/body';
import type { DocumentData } from '../schemas/document';
import type { GlossaryData } from '../schemas/glossary';
import type { ModuleData } from '../schemas/module';
import type { ReadyPlanData } from '../schemas/plan';
import { readyPlanProblems } from '../lib/plan';

export interface Entry<T> {
  id: string;
  /** Path of the source file, as the build reports it. */
  file: string;
  data: T;
  body?: string;
}

export interface SiteInput {
  documents: Entry<DocumentData>[];
  heldTexts: Entry<{ document: string; parts: PartView[] }>[];
  bodies: Entry<BodyData>[];
  modules: Entry<ModuleData>[];
  glossary: Entry<GlossaryData>[];
  /** Ready-made session plans (content/plans/). */
  plans?: Entry<ReadyPlanData>[];
  provisionIndex: Map<string, unknown>;
  duplicateAnchors: string[];
  register: RegisterIndex;
}

/**
 * Checks what schemas cannot: references across files, anchors and
 * document numbers in structured text (Unicode form is checked on the raw
 * files, by nfc-loader.ts). Each error names the file
 * and the field, so a content editor can go straight to it.
 */
export function validateSite(site: SiteInput): string[] {
  const errors: string[] = [];
  const fail = (entry: Entry<unknown>, field: string, message: string) => errors.push(`${entry.file}: ${field}: ${message}`);
  const docs = new Set(site.documents.map((d) => d.id));
  const bodies = new Set(site.bodies.map((b) => b.id));
  const terms = new Set(site.glossary.map((g) => g.id));
  const held = new Set(site.heldTexts.map((t) => t.data.document));
  const checkRef = (entry: Entry<unknown>, field: string, ref: string) => {
    if (!site.provisionIndex.has(ref)) fail(entry, field, `không có điều khoản "${ref}"`);
  };

  for (const entry of [...site.documents, ...site.heldTexts, ...site.bodies, ...site.modules, ...site.glossary, ...(site.plans ?? [])] as Entry<unknown>[]) {
    for (const [field, text] of strings(entry.data)) {
      for (const m of unresolvedMentions(text, site.register)) fail(entry, field, `số hiệu "${m.text}" không có trong danh mục văn bản`);
    }
  }

  for (const doc of site.documents) {
    const expected = documentSlug(doc.data.number, doc.data.date);
    if (doc.id !== expected) fail(doc, 'number', `tên tệp phải là "${expected}" theo số hiệu và ngày ban hành`);
    if (doc.data.textHeld !== held.has(doc.id)) {
      fail(doc, 'textHeld', doc.data.textHeld ? 'ghi là có toàn văn nhưng không có tệp trong content/provisions' : 'có toàn văn trong content/provisions nhưng ghi textHeld: false');
    }
    if (doc.data.replacedBy && !docs.has(doc.data.replacedBy)) fail(doc, 'replacedBy', `không có văn bản "${doc.data.replacedBy}"`);
    doc.data.relations.forEach((rel, i) => {
      if (!docs.has(rel.target)) fail(doc, `relations[${i}].target`, `không có văn bản "${rel.target}"`);
      if (rel.target === doc.id) fail(doc, `relations[${i}].target`, 'văn bản không thể quan hệ với chính nó');
      (rel.provisions ?? []).forEach((anchor, j) => checkRef(doc, `relations[${i}].provisions[${j}]`, `${doc.id}#${anchor}`));
    });
  }

  for (const text of site.heldTexts) {
    if (!docs.has(text.data.document)) fail(text, 'document', `không có văn bản "${text.data.document}"`);
    text.data.parts.forEach((part, i) =>
      part.paragraphs.forEach((p, j) => {
        const field = `parts[${i}].paragraphs[${j}]`;
        for (const b of [...p.bodies, ...p.mentions]) if (!bodies.has(b)) fail(text, field, `không có cơ quan "${b}"`);
        for (const n of p.editorialNotes) if (findWord(p.text, n.word) < 0) fail(text, `${field}.editorialNotes`, `không thấy chữ "${n.word}" trong đoạn`);
      }),
    );
  }
  for (const key of site.duplicateAnchors) {
    const text = site.heldTexts.find((t) => key.startsWith(`${t.data.document}#`));
    if (text) fail(text, 'anchor', `neo "${key.split('#')[1]}" bị trùng`);
  }

  for (const body of site.bodies) body.data.duties.forEach((d, i) => checkRef(body, `duties[${i}].provision`, d.provision));
  for (const mod of site.modules) {
    mod.data.provisions.forEach((ref, i) => checkRef(mod, `provisions[${i}]`, ref));
    mod.data.quiz.forEach((q, i) => checkRef(mod, `quiz[${i}].provision`, q.provision));
    mod.data.terms.forEach((t, i) => {
      if (!terms.has(t)) fail(mod, `terms[${i}]`, `không có thuật ngữ "${t}"`);
    });
  }
  for (const term of site.glossary) term.data.provisions.forEach((ref, i) => checkRef(term, `provisions[${i}]`, ref));
  const moduleLists = new Map(site.modules.map((m) => [m.id, { slug: m.id, ...m.data }]));
  for (const plan of site.plans ?? []) for (const p of readyPlanProblems(plan.data.plan, moduleLists)) fail(plan, p.field, p.message);
  return errors;
}

/** Every string inside a value, with its field path ("quiz[2].options[0]"). */
export function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path || '(giá trị)', value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}
