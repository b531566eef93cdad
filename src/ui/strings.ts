/** Interface text (labels, not content). One place, so wording stays consistent across pages. */
export const SITE_NAME = 'Học liệu Quy chế dân chủ ở cơ sở';
export const SITE_SHORT_NAME = 'Học liệu QCDC';
export const SITE_TAGLINE = 'Tài liệu hướng dẫn và bồi dưỡng về xây dựng, thực hiện Quy chế dân chủ ở cơ sở tại Hải Phòng';

export const NAV = [
  { href: '/van-ban/', label: 'Văn bản' },
  { href: '/bai-hoc/', label: 'Bài học' },
  { href: '/thuat-ngu/', label: 'Thuật ngữ' },
  { href: '/co-quan/', label: 'Cơ quan' },
  { href: '/giang-vien/', label: 'Giảng viên' },
] as const;

export const UNKNOWN = 'chưa có thông tin';

export const STATUS_LABELS = {
  'in-force': 'Còn hiệu lực',
  replaced: 'Hết hiệu lực',
  unknown: 'Chưa có thông tin về hiệu lực',
} as const;

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
  'bai-hoc': { heading: 'Bài học', line: 'Học phần bồi dưỡng về Quy chế dân chủ ở cơ sở' },
  'thuat-ngu': { heading: 'Thuật ngữ', line: 'Giải nghĩa các thuật ngữ dùng trong văn bản' },
  'co-quan': { heading: 'Cơ quan', line: 'Các cơ quan, tổ chức và nhiệm vụ được giao' },
  'tim-kiem': { heading: 'Tìm kiếm', line: 'Tìm theo số hiệu, thuật ngữ hoặc cơ quan' },
  'giang-vien': { heading: 'Giảng viên', line: 'Soạn bài, in giáo án, tài liệu và đề kiểm tra' },
} as const;
