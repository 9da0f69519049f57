import { LOW_RELIABILITY_MARK } from '../lib/charts';
import { componentMessages, getMessages, type Lang } from '../lib/i18n';

/** What a source list needs; SourceForFactsRow satisfies it. */
export interface SourceItem {
  source_id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  reliability: string | null;
  is_primary?: boolean;
  n_facts?: number;
}

/** zh: 国家民委《题名》; en: Publisher, “Title”. The publisher is left out when the title names it. */
export function sourceName(source: SourceItem, lang: Lang): string {
  const title = source.title?.trim() || source.source_id;
  const publisher = source.publisher?.trim() ?? '';
  const quoted = lang === 'zh' ? `《${title}》` : `“${title}”`;
  if (!publisher || title.includes(publisher)) return quoted;
  return lang === 'zh' ? `${publisher}${quoted}` : `${publisher}, ${quoted}`;
}

/**
 * A chart's one-line source note: "资料来源：A；B；C 等 5 个来源". Sources keep their
 * order (official and primary first, from the query); low-reliability ones carry the
 * charts' † mark so the line agrees with the figures it annotates.
 */
export function sourceLine(sources: readonly SourceItem[], lang: Lang, max = 3): string {
  if (sources.length === 0) return '';
  const limit = Math.max(1, Math.floor(max));
  const names = sources
    .slice(0, limit)
    .map((s) => sourceName(s, lang) + (s.reliability === 'low' ? LOW_RELIABILITY_MARK : ''));
  let list = names.join(lang === 'zh' ? '；' : '; ');
  if (sources.length > limit) {
    list += ` ${componentMessages[lang].moreSources(sources.length)}`;
  }
  return getMessages(lang).export.sourceNote(list);
}
