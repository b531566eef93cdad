import { expect, it } from 'vitest';
import { registerTitle } from './register-title';

it('shows the official title as it is', () => {
  expect(registerTitle({ title: 'Luật Thực hiện dân chủ ở cơ sở', subject: 'x' })).toEqual({ kind: 'official', text: 'Luật Thực hiện dân chủ ở cơ sở' });
});

it('labels the subject, never passing it off as the title', () => {
  expect(registerTitle({ title: null, subject: 'về xây dựng Quy chế', probableTitle: { text: 'Quy chế' } })).toEqual({
    kind: 'subject',
    label: 'Chưa có trích yếu chính thức; nội dung:',
    text: 'về xây dựng Quy chế',
  });
});

it('labels a probable title as uncertain', () => {
  expect(registerTitle({ title: null, probableTitle: { text: 'Quy chế đối thoại' } })).toEqual({
    kind: 'probable',
    label: 'Chưa có trích yếu chính thức; có thể là:',
    text: 'Quy chế đối thoại',
  });
});

it('says nothing is known when nothing is', () => {
  expect(registerTitle({ title: null })).toEqual({ kind: 'unknown' });
});
