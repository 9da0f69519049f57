import type { Lang } from './messages';

export interface RegionNames {
  name: string;
  short_name: string;
  name_en: string;
}

/**
 * A region's display name. zh: the full name, or the short one (内蒙古) for tight
 * places such as map labels; en: `name_en`, falling back to Chinese when it is missing.
 */
export function regionLabel(
  region: RegionNames,
  lang: Lang,
  options: { short?: boolean } = {},
): string {
  const zh = options.short && region.short_name ? region.short_name : region.name;
  if (lang === 'zh') return zh;
  return region.name_en.trim() || zh;
}
