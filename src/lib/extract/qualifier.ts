import type { Qualifier } from '../schema';

/** Words just before a figure: 近300个, 超过65%, 不少于10%. Longest first. */
const PREFIXES: [string, Qualifier][] = [
  ['不少于', 'at_least'],
  ['不低于', 'at_least'],
  ['不得少于', 'at_least'],
  ['不得低于', 'at_least'],
  ['至少', 'at_least'],
  ['最少', 'at_least'],
  ['不超过', 'at_most'],
  ['不高于', 'at_most'],
  ['不多于', 'at_most'],
  ['不得超过', 'at_most'],
  ['最多', 'at_most'],
  ['超过', 'more_than'],
  ['多于', 'more_than'],
  ['突破', 'more_than'],
  ['逾', 'more_than'],
  // 受众超150万人次; 不超 is caught by 不超过 above only when written out.
  ['超', 'more_than'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['大约', 'approx'],
  ['约', 'approx'],
  ['近', 'approx'],
];

/** Words right after the figure or its unit: 80余场次, 55%以上, 400人左右. */
const SUFFIXES: [string, Qualifier][] = [
  ['以上', 'more_than'],
  ['之上', 'more_than'],
  ['以内', 'at_most'],
  ['以下', 'at_most'],
  ['左右', 'approx'],
  ['上下', 'approx'],
];

/** A verb may stand between the word and the figure: 至少组织1次, 不少于培训3期. */
const VERB = /(?:组织|开展|举办|安排|培训|达到|完成|建成|命名|投入|占)$/;

/** A floor or cap over a phrase: 至少培育民族团结进步教育基地3个, 每村不少于选派宣讲员1名. */
const CLAUSE_BOUND = /(不少于|不低于|至少|不超过|不高于|最多)[^,;:。\d]{1,16}$/;

export function prefixQualifier(before: string): { qualifier: Qualifier; length: number } | null {
  const verb = VERB.exec(before)?.[0] ?? '';
  for (const stem of verb ? [before, before.slice(0, -verb.length)] : [before]) {
    for (const [word, qualifier] of PREFIXES) {
      if (stem.endsWith(word))
        return { qualifier, length: word.length + before.length - stem.length };
    }
  }
  return null;
}

/** A bound written earlier in the clause, with the counted noun between it and the figure. */
export function clauseQualifier(clauseBefore: string): Qualifier | null {
  const word = CLAUSE_BOUND.exec(clauseBefore)?.[1];
  if (!word) return null;
  return /不少于|不低于|至少/.test(word) ? 'at_least' : 'at_most';
}

export function suffixQualifier(after: string): { qualifier: Qualifier; length: number } | null {
  for (const [word, qualifier] of SUFFIXES) {
    if (after.startsWith(word)) return { qualifier, length: word.length };
  }
  return null;
}

/**
 * 余/多 inside the figure win; then words before or after it. In a target or rule a floor
 * written as 以上 is `at_least`, not an outturn `more_than`. A range (150至200人) is recorded
 * by its lower end: at least that.
 */
export function resolveQualifier(parts: {
  inner: boolean;
  prefix: Qualifier | null;
  suffix: Qualifier | null;
  isTarget: boolean;
  range?: boolean;
}): Qualifier {
  const plain = parts.inner ? 'more_than' : parts.range ? 'at_least' : 'exact';
  const q = parts.prefix ?? parts.suffix ?? plain;
  if (parts.isTarget && q === 'more_than' && !parts.inner && parts.suffix === 'more_than') {
    return 'at_least';
  }
  return q;
}
