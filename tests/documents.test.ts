/** Document pages, the register and the machine-readable data, read from the built dist/. */
import { describe, expect, it } from 'vitest';
import { allPages, hasPage, loadPage, readPage } from './support/dist';

interface RegisterJson {
  documents: {
    slug: string;
    url: string;
    number: string;
    date: string | null;
    relations: { kind: string; direction: 'outgoing' | 'incoming'; document: string; label: string }[];
  }[];
}
const register = JSON.parse(readPage('/du-lieu/van-ban.json')) as RegisterJson;
const FACTS_NUMBERS = [
  '111-CV/TU', '120-KL/TW', '37-KL/TU', '30-CT/TW', '29-CT/TU', '84-QĐ/TU', '1737-QĐ/TU', '1738-QĐ/TU',
  '217-QĐ/TW', '218-QĐ/TW', '34/2007/PL-UBTVQH11', '10/2022/QH15',
];
const text = (path: string, selector: string) => loadPage(path).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const relationLinks = (slug: string) =>
  [...loadPage(`/van-ban/${slug}/`).querySelectorAll('.relation-map li > a:first-child')].map((a) => a.getAttribute('href'));

describe('the register data', () => {
  it('lists every document of FACTS.md, each with a page at its fixed address', () => {
    expect(register.documents.map((d) => d.number).sort()).toEqual([...FACTS_NUMBERS].sort());
    for (const doc of register.documents) expect(hasPage(doc.url), doc.url).toBe(true);
    expect(register.documents.map((d) => d.slug)).toEqual(
      expect.arrayContaining(['111-cv-tu-2016', '120-kl-tw-2016', '1737-qd-tu-2015', '34-2007-pl-ubtvqh11', '10-2022-qh15']),
    );
  });
});

describe('relations', () => {
  const outgoing = register.documents.flatMap((d) => d.relations.filter((r) => r.direction === 'outgoing').map((r) => [d.slug, r.document, r.kind]));

  it('are stated in the data as FACTS.md gives them', () => {
    expect(outgoing).toEqual(
      expect.arrayContaining([
        ['111-cv-tu-2016', '120-kl-tw-2016', 'carries-out'],
        ['37-kl-tu-2015', '30-ct-tw-1998', 'sums-up'],
        ['37-kl-tu-2015', '29-ct-tu-2010', 'sums-up'],
        ['111-cv-tu-2016', '1738-qd-tu-2015', 'applies'],
        ['111-cv-tu-2016', '218-qd-tw-2013', 'applies'],
        ['10-2022-qh15', '34-2007-pl-ubtvqh11', 'replaces'],
      ]),
    );
  });

  it('show on both documents’ pages', () => {
    expect(outgoing).toHaveLength(11); // 8 from 111-CV/TU, 2 from 37-KL/TU, 1 from the Law
    for (const [from, to] of outgoing) {
      expect(relationLinks(from!), `${from} → ${to}`).toContain(`/van-ban/${to}/`);
      expect(relationLinks(to!), `${to} ← ${from}`).toContain(`/van-ban/${from}/`);
    }
  });

  it('are grouped by kind, in each direction', () => {
    const page = loadPage('/van-ban/34-2007-pl-ubtvqh11/');
    const groups = [...page.querySelectorAll('.relation-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['Được nêu tại', 'Văn bản thay thế']);
  });
});

describe('document pages', () => {
  it('state status as facts give it, and the unknown as unknown', () => {
    const pl = text('/van-ban/34-2007-pl-ubtvqh11/', '.document-facts');
    expect(pl).toContain('Có hiệu lực từ ngày 01/7/2007; hết hiệu lực từ ngày 01/7/2023');
    expect(pl).toContain('Văn bản thay thế: Luật số 10/2022/QH15');
    // FACTS gives the Law an effective date, not a checked current status: never a bare «còn hiệu lực».
    const law = text('/van-ban/10-2022-qh15/', '.document-facts');
    expect(law).toContain('Có hiệu lực từ ngày 01/7/2023; chưa có thông tin về văn bản sửa đổi, thay thế (đối chiếu đến ngày');
    expect(law).not.toMatch(/Còn hiệu lực|hiện hành/);
    for (const slug of ['217-qd-tw-2013', '218-qd-tw-2013', '120-kl-tw-2016']) {
      const facts = text(`/van-ban/${slug}/`, '.document-facts');
      expect(facts).toMatch(/[Cc]hưa có thông tin về văn bản sửa đổi, thay thế/);
      expect(facts).not.toContain('Còn hiệu lực');
    }
    const pl29 = text('/van-ban/29-ct-tu-2010/', '.document-facts');
    expect(pl29).toMatch(/Tên văn bản\s*chưa có thông tin/);
    expect(pl29).toMatch(/Người ký\s*chưa có thông tin/);
  });

  it('show the 1737/1738 pairing only as the order in the directive suggests', () => {
    for (const [slug, title] of [
      ['1737-qd-tu-2015', 'Quy định trách nhiệm của cấp ủy'],
      ['1738-qd-tu-2015', 'Quy chế đối thoại trực tiếp'],
    ] as const) {
      const facts = text(`/van-ban/${slug}/`, '.document-facts');
      expect(facts).toMatch(/Tên văn bản\s*chưa có thông tin/);
      expect(facts).toContain(`Có thể là: «${title}`);
      expect(facts).toContain('theo thứ tự nêu trong Công văn 111-CV/TU');
    }
  });

  it('show the official title and say the directive cites it in short form', () => {
    const facts = text('/van-ban/217-qd-tw-2013/', '.document-facts');
    expect(facts).toContain('«Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội»');
    expect(facts).toContain('trích tên ở dạng rút gọn: «Quy chế giám sát, phản biện của Mặt trận Tổ quốc');
    expect(facts).toContain('Lê Hồng Anh');
  });

  it('list each paragraph of the directive that cites them, linked to it', () => {
    const links = (slug: string) => [...loadPage(`/van-ban/${slug}/`).querySelectorAll('.cited-in a')].map((a) => a.getAttribute('href'));
    expect(links('120-kl-tw-2016')).toEqual([
      '/van-ban/111-cv-tu-2016/#mo-dau-doan-1',
      '/van-ban/111-cv-tu-2016/#muc-1-doan-1',
    ]);
    expect(links('34-2007-pl-ubtvqh11')).toEqual(['/van-ban/111-cv-tu-2016/#muc-1-doan-2', '/van-ban/111-cv-tu-2016/#muc-4-doan-2']);
    expect(links('218-qd-tw-2013')).toEqual(['/van-ban/111-cv-tu-2016/#muc-5-doan-1']);
    expect(links('10-2022-qh15')).toEqual([]);
  });

  it('say plainly when the full text is not held', () => {
    expect(text('/van-ban/120-kl-tw-2016/', '.not-held')).toContain('Học liệu chưa có toàn văn của văn bản này');
    expect(loadPage('/van-ban/111-cv-tu-2016/').querySelector('.not-held')).toBeNull();
  });

  it('carry schema.org Legislation JSON-LD with the document’s own facts', () => {
    for (const doc of register.documents) {
      const script = loadPage(doc.url).querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? '{}') as Record<string, unknown>;
      expect(data['@type'], doc.slug).toBe('Legislation');
      expect(data.legislationIdentifier).toBe(doc.number);
      if (doc.date) expect(data.legislationDate).toBe(doc.date);
    }
  });
});

describe('cross-links', () => {
  it('turn every mention of a known document into a link that resolves', () => {
    const point3 = loadPage('/van-ban/111-cv-tu-2016/').querySelector('#muc-3-doan-1')!;
    expect([...point3.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['84-QĐ/TU', '/van-ban/84-qd-tu-2011/'],
      ['1737-QĐ/TU', '/van-ban/1737-qd-tu-2015/'],
      ['1738-QĐ/TU', '/van-ban/1738-qd-tu-2015/'],
    ]);
    const point1 = loadPage('/van-ban/111-cv-tu-2016/').querySelector('#muc-1-doan-2 a');
    expect(point1?.textContent).toBe('Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn');
    let checked = 0;
    for (const path of allPages()) {
      for (const a of loadPage(path).querySelectorAll('a[href^="/van-ban/"]')) {
        const href = a.getAttribute('href')!;
        expect(hasPage(href), `${path}: ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the register page', () => {
  it('lists all documents newest first with number, type, issuer, date and status', () => {
    const rows = [...loadPage('/van-ban/').querySelectorAll('table.register tbody tr')];
    expect(rows).toHaveLength(FACTS_NUMBERS.length);
    const dates = rows.map((r) => r.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows[0]?.textContent).toContain('10/2022/QH15');
    expect(rows.at(-1)?.textContent).toContain('30-CT/TW');
  });

  it('narrows by type, issuer and status with plain links', () => {
    const links = [...loadPage('/van-ban/').querySelectorAll('nav.filters a')].map((a) => a.getAttribute('href')!);
    expect(links).toEqual(expect.arrayContaining(['/van-ban/loai/quyet-dinh/', '/van-ban/noi-ban-hanh/bo-chinh-tri-khoa-xi/', '/van-ban/hieu-luc/het-hieu-luc/']));
    const decisions = [...loadPage('/van-ban/loai/quyet-dinh/').querySelectorAll('table.register tbody tr td:nth-child(2)')].map((td) => td.textContent);
    expect(decisions).toHaveLength(5);
    expect(new Set(decisions)).toEqual(new Set(['Quyết định']));
    expect(text('/van-ban/hieu-luc/het-hieu-luc/', 'table.register tbody')).toContain('34/2007/PL-UBTVQH11');
  });

  // Of the directive and the documents it names (tests/register.test.ts), so the page does not grow with the register.
  it('draws a timeline from 2007 to 2023', () => {
    const items = [...loadPage('/van-ban/').querySelectorAll('.timeline li time')].map((t) => t.getAttribute('datetime')!);
    expect(items[0]).toBe('2007-04-20');
    expect(items.at(-1)).toBe('2023-07-01');
    expect(items).toEqual([...items].sort());
    expect(text('/van-ban/', '#dong-thoi-gian')).toBe('Dòng thời gian 2007–2023');
  });
});

describe('the frame', () => {
  // The sitemap needs the public address: tests/deploy.test.ts checks it on a build with SITE_URL.
  it('is Vietnamese, NFC, with a skip link', () => {
    for (const path of allPages()) {
      const html = readPage(path);
      expect(html, path).toMatch(/<html lang="vi"/);
      expect(html === html.normalize('NFC'), `${path} is NFC`).toBe(true);
      expect(loadPage(path).querySelector('a.skip-link[href="#noi-dung"]'), path).not.toBeNull();
    }
  });

  it('has a Vietnamese 404 page', () => {
    expect(text('/404.html', 'h1')).toBe('Không tìm thấy trang');
  });
});
