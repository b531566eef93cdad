/** The builder's interface text, shared by the pages (build time) and the scripts (browser). */
import type { ActivityKind } from '../schemas/values';

export const ACTIVITY_LABELS: Record<ActivityKind, { name: string; item: string; pick: string }> = {
  provisions: { name: 'Trình bày điều khoản', item: 'điều khoản', pick: 'Chọn điều khoản' },
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

export const UNTITLED = 'Lớp học chưa đặt tên';
