import type { DocumentStatus, QuizLevel, UnitType } from '../schemas/values';
/** Interface text (labels, not content). One place, so wording stays consistent across pages. */
export const SITE_NAME = 'Học liệu Quy chế dân chủ ở cơ sở';
export const SITE_SHORT_NAME = 'Học liệu QCDC';
export const SITE_TAGLINE = 'Học liệu bồi dưỡng về xây dựng và thực hiện Quy chế dân chủ ở cơ sở tại Hải Phòng';

/** The main navigation's labels, in order; Base.astro pairs them with their addresses (lib/paths.ts). */
export const NAV_LABELS = { register: 'Văn bản', modules: 'Bài học', glossary: 'Thuật ngữ', bodies: 'Cơ quan', instructors: 'Giảng viên' } as const;

export const UNKNOWN = 'chưa có thông tin';

/** Beside a body named in the 2016 directive: what is known of it since. */
export const SINCE_2016 = 'Từ sau năm 2016';
export const NOTHING_KNOWN_TODAY = 'chưa có thông tin về tổ chức hiện nay';

/** What the site is, on every page: reference material, not an official publication of any body. */
export const SITE_STATEMENT =
  'Học liệu tham khảo phục vụ các lớp bồi dưỡng về Quy chế dân chủ ở cơ sở; không phải văn bản chính thức của cơ quan nào và không thay thế văn bản chính thức. Khi trích dẫn, hãy dùng bản chính thức của văn bản.';
export const SOURCES_STATEMENT = `Nguồn: Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng, chép lại nguyên văn trên học liệu; thông tin về các văn bản khác lấy từ các nguồn nêu ở trang từng văn bản. Điều gì chưa rõ được ghi «${UNKNOWN}».`;

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  'in-force': 'Còn hiệu lực',
  replaced: 'Hết hiệu lực',
  unknown: 'Chưa có thông tin về hiệu lực',
};

export const BODY_ROLE_LABELS = {
  issuer: 'Cơ quan ban hành',
  addressee: 'Nơi được gửi và giao nhiệm vụ',
  tasked: 'Được giao nhiệm vụ',
  partner: 'Phối hợp thực hiện',
  recipient: 'Nơi nhận văn bản',
} as const;

/** The words on each preview image (src/pages/anh-xem-truoc/): what part of the site a shared link opens. */
export const PREVIEW_LABELS = {
  'trang-chu': { heading: 'Học liệu Quy chế dân chủ ở cơ sở', line: 'Văn bản, bài học, thuật ngữ và cơ quan — Hải Phòng' },
  'van-ban': { heading: 'Văn bản', line: 'Công văn 111-CV/TU và các văn bản liên quan' },
  'bai-hoc': { heading: 'Bài học', line: 'Các bài bồi dưỡng về Quy chế dân chủ ở cơ sở' },
  'thuat-ngu': { heading: 'Thuật ngữ', line: 'Giải nghĩa các thuật ngữ dùng trong văn bản' },
  'co-quan': { heading: 'Cơ quan', line: 'Các cơ quan, tổ chức và nhiệm vụ được giao' },
  'tim-kiem': { heading: 'Tìm kiếm', line: 'Tìm theo số hiệu, thuật ngữ hoặc cơ quan' },
  'giang-vien': { heading: 'Giảng viên', line: 'Soạn bài, in giáo án, tài liệu và đề kiểm tra' },
} as const;

/** The kinds of unit cases are set in (schemas/values.ts UNIT_TYPES). */
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  'xa-phuong': 'Xã, phường, đặc khu',
  'co-quan': 'Cơ quan',
  'doanh-nghiep-nha-nuoc': 'Doanh nghiệp nhà nước',
  'doanh-nghiep-ngoai-nha-nuoc': 'Doanh nghiệp ngoài nhà nước',
  'don-vi-su-nghiep-ngoai-cong-lap': 'Đơn vị sự nghiệp ngoài công lập',
  'co-so-dich-vu': 'Cơ sở dịch vụ',
};

/** How deep a quiz item goes, as the page names it. */
export const QUIZ_LEVEL_LABELS: Record<QuizLevel, string> = { nhớ: 'Nhớ', hiểu: 'Hiểu', 'vận dụng': 'Vận dụng' };
