/** The builder's interface text, shared by the pages (build time) and the scripts (browser). */
import type { ActivityKind, EventKind } from '../schemas/values';

export const ACTIVITY_LABELS: Record<ActivityKind, { name: string; item: string; pick: string }> = {
  provisions: { name: 'Giảng nội dung Công văn', item: 'đoạn', pick: 'Chọn đoạn' },
  discussion: { name: 'Câu hỏi thảo luận', item: 'câu hỏi', pick: 'Chọn câu hỏi' },
  situations: { name: 'Tình huống', item: 'tình huống', pick: 'Chọn tình huống' },
  quiz: { name: 'Trắc nghiệm', item: 'câu', pick: 'Chọn câu trắc nghiệm' },
};

/** The four printed outputs, by their ?ban= value. */
export const VIEWS = {
  'giao-an': 'Giáo án',
  'tai-lieu': 'Tài liệu cho học viên',
  'de-kiem-tra': 'Đề kiểm tra',
  'dap-an': 'Đáp án',
} as const;
export type ViewName = keyof typeof VIEWS;

/** The non-lesson parts of a course, by their kind (EVENT_KINDS). */
export const EVENT_LABELS: Record<EventKind, string> = { 'khai-giang': 'Khai giảng', 'on-tap': 'Ôn tập', 'kiem-tra': 'Kiểm tra', 'be-giang': 'Bế giảng' };

export const UNTITLED = 'Lớp học chưa đặt tên';
