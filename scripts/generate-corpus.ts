/**
 * A synthetic corpus for the benchmark: a complete content folder outside
 * content/ (default .bench/content), holding a copy of the real content
 * (provisions, bodies, glossary, modules, everything) plus N generated
 * documents (default 2,000) with unique numbers, valid against the schemas
 * and the cross-file checks. Build it with QCDC_CONTENT_DIR pointing there.
 *
 *   node scripts/generate-corpus.ts [count] [outDir]
 *
 * The documents are made up, and say so in their sources; they never leave .bench/.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import './lib/ts-resolve.ts';
import { seededRandom } from '../src/lib/random.ts';

// After the resolver hook, so src/'s extensionless imports resolve under plain Node.
const { documentSlug } = await import('../src/lib/slug.ts');

const TYPES = [
  ['Hướng dẫn', 'HD'],
  ['Quyết định', 'QĐ'],
  ['Kết luận', 'KL'],
  ['Chỉ thị', 'CT'],
  ['Công văn', 'CV'],
  ['Nghị quyết', 'NQ'],
  ['Quy định', 'QĐi'],
] as const;
/** Made-up issuers, one code a number's suffix: "5012-HD/ĐUHB". */
const ISSUERS = ['Hòa Bình', 'Thống Nhất', 'Quang Trung', 'Trần Phú', 'Lê Lợi', 'Ngô Quyền', 'Hồng Bàng', 'Đông Hải', 'An Biên', 'Cát Bi', 'Vĩnh Niệm', 'Đằng Giang'].map((place, i) => ({
  name: `Đảng ủy phường ${place} (thử nghiệm)`,
  code: `ĐU${String.fromCharCode(65 + i)}`,
}));
const TOPICS = [
  'thực hiện Quy chế dân chủ ở cơ sở',
  'đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân',
  'tiếp công dân và giải quyết khiếu nại, tố cáo',
  'phát huy vai trò giám sát của Mặt trận Tổ quốc',
  'công khai tài chính, ngân sách ở cơ sở',
  'lấy ý kiến nhân dân về quy hoạch khu dân cư',
  'xây dựng hương ước, quy ước của tổ dân phố',
  'tổ chức hội nghị cán bộ, công chức, viên chức',
  'bồi dưỡng cán bộ cơ sở tại Trường Chính trị Tô Hiệu',
  'kiểm tra, giám sát việc thực hiện dân chủ trong cơ quan',
  'tuyên truyền phương châm dân biết, dân bàn, dân làm, dân kiểm tra',
  'trách nhiệm nêu gương của đảng viên nơi cư trú',
];
const SENTENCES = [
  'Các chi bộ tổ chức quán triệt nội dung đến toàn thể đảng viên và quần chúng nhân dân.',
  'Ban Thường vụ giao Ủy ban Kiểm tra theo dõi, đôn đốc việc thực hiện và báo cáo định kỳ.',
  'Ủy ban nhân dân phường công khai kế hoạch, dự toán và kết quả thực hiện tại nhà văn hóa tổ dân phố.',
  'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phối hợp lấy ý kiến của nhân dân.',
  'Người đứng đầu cấp ủy, chính quyền trực tiếp đối thoại với nhân dân ít nhất mỗi năm một lần.',
  'Kết quả thực hiện là một tiêu chí đánh giá, xếp loại tổ chức cơ sở đảng và đảng viên hằng năm.',
  'Cán bộ, công chức tiếp thu ý kiến, giải trình những việc nhân dân quan tâm và công bố kết quả giải quyết.',
  'Các tổ dân phố bàn và quyết định trực tiếp những việc thuộc phạm vi cộng đồng dân cư.',
  'Văn phòng cấp ủy tổng hợp, báo cáo Ban Thường vụ kết quả sơ kết sáu tháng và tổng kết năm.',
  'Đảng viên nơi cư trú gương mẫu tham gia sinh hoạt tổ dân phố và vận động gia đình thực hiện.',
];

const quote = (s: string) => JSON.stringify(s);

export interface CorpusInfo {
  dir: string;
  generated: number;
  /** Numbers of a few generated documents, for search queries. */
  sampleNumbers: string[];
}

export function generateCorpus(count = 2000, outDir = '.bench/content', source = 'content'): CorpusInfo {
  const dir = resolve(outDir);
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve(source), dir, { recursive: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  // Deterministic, so every run benchmarks the same corpus.
  const rand = seededRandom(20160413);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const docs: { slug: string; number: string }[] = [];
  for (let i = 0; i < count; i++) {
    const [type, abbr] = pick(TYPES);
    const issuer = ISSUERS[i % ISSUERS.length]!;
    const serial = 5000 + i;
    const number = `${serial}-${abbr}/${issuer.code}`;
    const year = 2000 + Math.floor(rand() * 25);
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const slug = documentSlug(number, date);
    const topic = pick(TOPICS);
    const relations: string[] = [];
    // A chain of follow-ups inside the corpus; one document in a hundred applies the directive.
    const previous = docs.at(-1);
    if (previous && i % 10 !== 0) relations.push(`  - { kind: carries-out, target: ${previous.slug} }`);
    if (i % 100 === 0) relations.push('  - { kind: applies, target: 111-cv-tu-2016 }');
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(SENTENCES)).join(' '));
    if (i % 7 === 0) paragraphs.push('Văn bản này cụ thể hóa yêu cầu của Công văn 111-CV/TU và Kết luận 120-KL/TW tại địa phương.');
    const front = [
      '---',
      `number: ${quote(number)}`,
      `type: ${quote(type)}`,
      `issuer: ${quote(issuer.name)}`,
      `date: ${quote(date)}`,
      `title: ${quote(`về ${topic} (văn bản thử nghiệm số ${serial})`)}`,
      `status: ${i % 25 === 0 ? 'unknown' : 'in-force'}`,
      // Every status says when it was checked (the schema requires it); the corpus is made up, so one fixed date.
      'statusChecked: "2026-12-01"',
      'textHeld: false',
      relations.length ? `relations:\n${relations.join('\n')}` : 'relations: []',
      'facts: []',
      'sources:',
      '  - "Văn bản giả lập để đo hiệu năng (scripts/generate-corpus.ts), không phải văn bản thật"',
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ];
    writeFileSync(join(dir, 'documents', `${slug}.md`), front.join('\n'));
    docs.push({ slug, number });
  }
  const sampleNumbers = [docs[Math.floor(count / 3)]?.number, docs[Math.floor((2 * count) / 3)]?.number].filter((n): n is string => Boolean(n));
  return { dir, generated: count, sampleNumbers };
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 2000);
  const info = generateCorpus(count, process.argv[3] ?? '.bench/content');
  console.log(`Đã tạo ${info.generated} văn bản giả lập trong ${info.dir}`);
}
