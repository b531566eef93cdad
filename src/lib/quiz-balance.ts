/**
 * Whether a set of multiple-choice items gives its answers away. Three
 * biases, measured over all items, that let a learner score without
 * understanding: the key is the longest option; the key sits in one position
 * more than others; the keys follow a fixed rotation. The build fails when
 * any passes its bound (validate.ts), so the bias cannot return as content grows.
 */

export interface BalanceItem {
  options: readonly string[];
  answer: number;
  /** Where the item comes from, for the messages. */
  where: string;
}

/** Bounds the whole set must keep. */
export const BALANCE_LIMITS = {
  /** Share of items whose key is strictly the longest option. */
  longestKey: 0.3,
  /** Share of items whose key is in any one position. */
  onePosition: 0.35,
} as const;

/** Whether the key is longer, in characters, than every other option. */
export const keyIsLongest = (item: Pick<BalanceItem, 'options' | 'answer'>) =>
  item.options.every((o, i) => i === item.answer || o.length < (item.options[item.answer] ?? '').length);

/**
 * Whether a sequence of keys steps by the same amount each time, modulo the
 * number of options (1,0,3,2,1 is a rotation; so is 2,2,2). Three keys or
 * fewer say nothing either way.
 */
export function isRotation(keys: readonly number[], options: number): boolean {
  if (keys.length < 4) return false;
  const step = (((keys[1]! - keys[0]!) % options) + options) % options;
  return keys.every((k, i) => i === 0 || (((k - keys[i - 1]!) % options) + options) % options === step);
}

export interface BalanceReport {
  items: number;
  longestKeyShare: number;
  positionShares: number[];
  /** Groups (e.g. modules) whose keys, in order, rotate. */
  rotating: string[];
}

/** groups: the items of each module (or bank section) in their order; the rotation is judged within each group. */
export function quizBalance(groups: ReadonlyMap<string, readonly BalanceItem[]>): BalanceReport {
  const all = [...groups.values()].flat();
  const positions = Math.max(0, ...all.map((i) => i.options.length));
  const count = (pred: (i: BalanceItem) => boolean) => all.filter(pred).length / (all.length || 1);
  return {
    items: all.length,
    longestKeyShare: count(keyIsLongest),
    positionShares: Array.from({ length: positions }, (_, p) => count((i) => i.answer === p)),
    rotating: [...groups].filter(([, items]) => items.length && isRotation(items.map((i) => i.answer), Math.max(...items.map((i) => i.options.length)))).map(([name]) => name),
  };
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** What is wrong with the set, in Vietnamese, or nothing. */
export function balanceProblems(groups: ReadonlyMap<string, readonly BalanceItem[]>): string[] {
  const r = quizBalance(groups);
  if (r.items === 0) return [];
  const out: string[] = [];
  if (r.longestKeyShare > BALANCE_LIMITS.longestKey) {
    out.push(`phương án đúng là phương án dài nhất ở ${pct(r.longestKeyShare)} số câu (tối đa ${pct(BALANCE_LIMITS.longestKey)}): hãy cân lại độ dài các phương án`);
  }
  r.positionShares.forEach((share, p) => {
    if (share > BALANCE_LIMITS.onePosition) out.push(`đáp án ở vị trí ${String.fromCharCode(65 + p)} chiếm ${pct(share)} số câu (tối đa ${pct(BALANCE_LIMITS.onePosition)})`);
  });
  for (const name of r.rotating) out.push(`${name}: thứ tự đáp án theo một vòng cố định (${groups.get(name)!.map((i) => String.fromCharCode(65 + i.answer)).join(', ')})`);
  return out;
}
