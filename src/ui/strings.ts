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
