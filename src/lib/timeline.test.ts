import { expect, it } from 'vitest';
import { timeline } from './timeline';

it('lists issue, effect and end dates oldest first', () => {
  const events = timeline([
    { slug: 'law', type: 'Luật', number: '10/2022/QH15', date: '2022-11-10', title: 'L', effectiveFrom: '2023-07-01' },
    { slug: 'pl', type: 'Pháp lệnh', number: '34/2007/PL-UBTVQH11', date: '2007-04-20', title: 'P', effectiveFrom: '2007-07-01', endedOn: '2023-07-01' },
    { slug: 'qd', type: 'Quyết định', number: '217-QĐ/TW', date: '2013-12-12', title: 'Q', effectiveFrom: '2013-12-12' },
  ]);
  expect(events.map((e) => `${e.date} ${e.text}`)).toEqual([
    '2007-04-20 Ban hành Pháp lệnh 34/2007/PL-UBTVQH11',
    '2007-07-01 Pháp lệnh 34/2007/PL-UBTVQH11 có hiệu lực',
    '2013-12-12 Ban hành Quyết định 217-QĐ/TW',
    '2022-11-10 Ban hành Luật 10/2022/QH15',
    '2023-07-01 Pháp lệnh 34/2007/PL-UBTVQH11 hết hiệu lực',
    '2023-07-01 Luật 10/2022/QH15 có hiệu lực',
  ]);
});
