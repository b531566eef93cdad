/**
 * The course as an instructor and a learner of 2026 meet it: what changed
 * since 2016 beside every body the directive names, statuses with the date
 * they were checked, quizzes that test understanding, cases for every kind
 * of unit with their rubric, a separate test bank, and the data files
 * others can check all this with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../src/lib/plan-catalog';
import { QUIZ_LEVELS, UNIT_TYPES } from '../src/schemas/values';
import { allPages, distFile, loadPage } from './support/dist';

const json = <T,>(path: string) => JSON.parse(readFileSync(distFile(path), 'utf8')) as T;
const catalog = json<Catalog>('/du-lieu/hoc-phan.json');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('what changed after 2016', () => {
  const bodies = json<{ version: number; bodies: { slug: string; url: string; name: string; duties: { text: string; provision: string }[]; changes: { date: string; text: string; source: string }[] }[] }>('/du-lieu/co-quan.json');

  it('/du-lieu/co-quan.json gives every body its 2016 duties and its dated, sourced changes', () => {
    expect(bodies.version).toBe(1);
    expect(bodies.bodies.length).toBeGreaterThanOrEqual(20);
    for (const b of bodies.bodies) {
      expect(b.url).toBe(`/co-quan/${b.slug}/`);
      for (const d of b.duties) expect(d.provision).toMatch(/^111-cv-tu-2016#/);
      for (const c of b.changes) {
        expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.text.length).toBeGreaterThan(10);
        expect(c.source.length).toBeGreaterThan(5);
      }
    }
    // FACTS: the two boards merged in 2025, and the district level ended on 01/7/2025.
    expect(bodies.bodies.find((b) => b.slug === 'ban-dan-van-thanh-uy')?.changes.length).toBeGreaterThan(0);
    expect(bodies.bodies.find((b) => b.slug === 'ban-tuyen-giao-thanh-uy')?.changes.length).toBeGreaterThan(0);
  });

  it('shows «Từ sau năm 2016» on each body page: the dated changes, or that nothing is known', () => {
    for (const b of bodies.bodies) {
      const section = loadPage(b.url).querySelector('#tu-sau-2016')?.closest('section');
      expect(section, b.slug).not.toBeNull();
      if (b.changes.length) {
        expect([...section!.querySelectorAll('.body-today li time')].map((t) => t.getAttribute('datetime'))).toEqual(b.changes.map((c) => c.date));
        for (const c of b.changes) expect(text(section)).toContain(c.source);
      } else expect(text(section)).toContain('chưa có thông tin về tổ chức hiện nay');
    }
  });

  it('shows it in the bodies matrix, for every row, and beside the bodies each lesson names', () => {
    const rows = [...loadPage('/co-quan/').querySelectorAll('table.body-matrix tbody tr')];
    expect(rows.length).toBeGreaterThan(14);
    for (const row of rows) expect(text(row.querySelector('th .body-today'))).toMatch(/^Từ sau năm 2016: /);
    for (const m of catalog.modules) {
      const aside = loadPage(m.url).querySelector('.module-bodies');
      expect(aside, m.slug).not.toBeNull();
      for (const li of aside!.querySelectorAll('li')) expect(text(li)).toMatch(/Từ sau năm 2016: /);
    }
  });

  it('tells the reader of the directive, at the top, that the text is of 2016 and what changed', () => {
    const notice = loadPage('/van-ban/111-cv-tu-2016/').querySelector('.reader-notice');
    expect(text(notice)).toContain('01/7/2023');
    expect(notice?.querySelector('a[href="/co-quan/"]')).not.toBeNull();
  });

  it('gives every status the date it was last checked, on the page and in the data, and never a bare «còn hiệu lực» for the Law', () => {
    const register = json<{ version: number; documents: { slug: string; status: string; checked: string }[] }>('/du-lieu/van-ban.json');
    expect(register.version).toBe(2);
    for (const d of register.documents) expect(d.checked, d.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const law = loadPage('/van-ban/10-2022-qh15/');
    const status = text(law.querySelector('[data-status-checked]'));
    expect(status).toMatch(/^Có hiệu lực từ ngày 01\/7\/2023; chưa có thông tin về văn bản sửa đổi, thay thế \(đối chiếu đến ngày \d{2}\/\d{1,2}\/\d{4}\)$/);
    expect(text(law.querySelector('main'))).not.toMatch(/[Cc]òn hiệu lực|hiện hành/);
    for (const row of loadPage('/van-ban/').querySelectorAll('table.register tbody tr')) expect(text(row.querySelector('td:last-child'))).toMatch(/\(đối chiếu đến ngày \d{2}\/\d{1,2}\/\d{4}\)$/);
  });

  it('states on every page what the site is: reference material, not an official publication', () => {
    for (const path of allPages()) expect(text(loadPage(path).querySelector('.site-footer')), path).toContain('không phải văn bản chính thức');
  });
});

describe('assessment that tests understanding', () => {
  const items = catalog.modules.flatMap((m) => m.quiz);

  it('gives every module at least 6 self-check items, each with its level shown, half of all beyond recall', () => {
    for (const m of catalog.modules) {
      expect(m.quiz.length, m.slug).toBeGreaterThanOrEqual(6);
      const shown = [...loadPage(m.url).querySelectorAll('[data-quiz-item] .quiz-level')].map((el) => el.getAttribute('data-level'));
      expect(shown, m.slug).toEqual(m.quiz.map((q) => q.level));
    }
    for (const q of items) expect(QUIZ_LEVELS).toContain(q.level);
    expect(items.filter((q) => q.level !== 'nhớ').length / items.length).toBeGreaterThanOrEqual(0.5);
  });

  it('links the basis of an answer that rests on checked facts to the document, not only to a paragraph', () => {
    const withFact = catalog.modules.flatMap((m) => m.quiz.map((q, i) => ({ m, q, i }))).filter(({ q }) => q.fact);
    expect(withFact.length).toBeGreaterThan(0);
    for (const { m, q, i } of withFact) {
      const basis = loadPage(m.url).querySelectorAll('[data-quiz-item]')[i]?.querySelector('.quiz-basis');
      expect(basis?.querySelector(`a[href="/van-ban/${q.fact}/#thuoc-tinh"]`), `${m.slug} câu ${i + 1}`).not.toBeNull();
    }
  });

  it('has a separate test bank of at least 40 items, each with its module, level and provision, none a self-check item', () => {
    expect(catalog.version).toBe(2);
    expect(catalog.testBank.length).toBeGreaterThanOrEqual(40);
    const selfCheck = new Set(items.map((q) => q.question));
    for (const t of catalog.testBank) {
      expect(catalog.modules.some((m) => m.slug === t.module), t.question).toBe(true);
      expect(QUIZ_LEVELS).toContain(t.level);
      expect(catalog.provisions[t.provision], t.provision).toBeDefined();
      expect(selfCheck.has(t.question), t.question).toBe(false);
    }
  });
});

describe('cases for every kind of unit', () => {
  const situations = catalog.modules.flatMap((m) => m.situations.map((s) => ({ m, s })));

  it('covers each kind of unit the directive names, each case with a rubric of 3–5 criteria and its provisions', () => {
    expect(new Set(situations.map(({ s }) => s.unitType))).toEqual(new Set(UNIT_TYPES));
    for (const { m, s } of situations) {
      expect(s.rubric.length, s.title).toBeGreaterThanOrEqual(3);
      expect(s.rubric.length, s.title).toBeLessThanOrEqual(5);
      expect(s.provisions.length, s.title).toBeGreaterThan(0);
      expect(m.duration, m.slug).toBeGreaterThanOrEqual(60);
    }
  });

  it('shows each case with its kind of unit, its basis and its rubric', () => {
    for (const m of catalog.modules) {
      const cases = [...loadPage(m.url).querySelectorAll('article.situation')];
      expect(cases).toHaveLength(m.situations.length);
      cases.forEach((el, i) => {
        expect(el.querySelector('[data-unit-type]')?.getAttribute('data-unit-type')).toBe(m.situations[i]!.unitType);
        expect(el.querySelectorAll('.situation-rubric li')).toHaveLength(m.situations[i]!.rubric.length);
      });
    }
  });
});
