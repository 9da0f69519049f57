import type { Unit } from '../schema';
import type { BreaksError, PermalinkWarning, PermalinkWarningKey } from '../state';
import type { Messages } from './zh';

const fields: Record<string, string> = {
  theme: 'theme',
  indicator: 'indicator',
  time: 'time basis',
  year: 'year',
  region: 'region',
  level: 'map level',
  measure: 'measure',
  targets: 'targets setting',
  lang: 'language',
  classing: 'classification',
  classCount: 'number of classes',
  breaks: 'class breaks',
  sameClasses: 'same classes for every year',
  version: 'version',
  link: 'link',
};

function fieldLabel(field: string): string {
  return Object.hasOwn(fields, field) ? (fields[field] ?? field) : `“${field}”`;
}

const permalinkWarnings: Record<PermalinkWarningKey, (field: string) => string> = {
  unsupported_version: () =>
    'This link comes from an unsupported version; it was read as well as possible.',
  unknown_key: (f) => `Ignored the unrecognised link parameter ${fieldLabel(f)}.`,
  invalid_value: (f) => `The ${fieldLabel(f)} in the link is invalid; the default is used.`,
  unknown_indicator: () => 'The indicator in the link does not exist; the default is used.',
  duplicate_key: (f) =>
    `The ${fieldLabel(f)} appears more than once in the link; the first is used.`,
  too_long: (f) => `The ${fieldLabel(f)} in the link is too long; the default is used.`,
  malformed: (f) => `The ${fieldLabel(f)} in the link is badly encoded; the default is used.`,
};

/** [singular, plural]; '' means a bare count (个 is a generic counter). */
const units: Record<Unit, readonly [string, string]> = {
  个: ['', ''],
  个次: ['unit-time', 'unit-times'],
  名: ['person', 'people'],
  人: ['person', 'people'],
  人次: ['person-time', 'person-times'],
  万人次: ['× 10,000 person-times', '× 10,000 person-times'],
  期: ['session', 'sessions'],
  班: ['class', 'classes'],
  场: ['event', 'events'],
  场次: ['event', 'events'],
  次: ['time', 'times'],
  项: ['item', 'items'],
  户: ['household', 'households'],
  元: ['yuan', 'yuan'],
  '%': ['%', '%'],
  所: ['institution', 'institutions'],
  家: ['organisation', 'organisations'],
  篇: ['article', 'articles'],
  课时: ['class hour', 'class hours'],
  亩: ['mu', 'mu'],
  本: ['copy', 'copies'],
  册: ['volume', 'volumes'],
  部: ['work', 'works'],
  件: ['item', 'items'],
  座: ['site', 'sites'],
  年: ['year', 'years'],
  公里: ['km', 'km'],
  份: ['copy', 'copies'],
};

export const en: Messages = {
  appTitle: 'Ethnic Unity and Progress Statistics',
  loading: 'Loading…',
  themes: {
    coverage: 'Creation coverage',
    honours: 'Honours',
    trainings: 'Training & outreach',
    funding: 'Funding',
    context: 'Context',
  },
  time: {
    label: 'Time basis',
    period: 'Per period',
    stock: 'Cumulative (as reported)',
  },
  measures: {
    label: 'Measure',
    absolute: 'Absolute',
    per_10m: 'Per 10 million residents',
    share: 'Share of national total',
  },
  levels: {
    national: 'National',
    province: 'Province',
    prefecture: 'Prefecture',
    county: 'County',
    township: 'Township',
    village: 'Village',
    group: 'Group of regions',
  },
  mapLevels: { label: 'Map level', province: 'Provinces', prefecture: 'Prefectures' },
  qualifiers: {
    exact: 'Exact',
    approx: 'Approximate',
    more_than: 'More than',
    at_least: 'At least',
    at_most: 'At most',
  },
  kinds: {
    outturn: 'Outturn',
    target: 'Target',
    cumulative: 'Cumulative',
    policy: 'Policy parameter',
  },
  showTargets: 'Show targets',
  reliability: {
    official: 'Official',
    repost: 'Repost',
    low: 'Low reliability',
  },
  // User data may carry units outside the vocabulary (or none while loading): show as given.
  unit: (unit, n) => (Object.hasOwn(units, unit) ? units[unit][n === 1 ? 0 : 1] : unit),
  noData: 'No data',
  views: {
    map: 'Map',
    table: 'Table',
    ranking: 'Ranking',
    trend: 'Trend',
    facts: 'Fact list',
    profile: 'Region profile',
    sources: 'Sources',
    howToCite: 'How to cite',
    sqlConsole: 'SQL console',
  },
  classes: {
    label: 'Classes',
    quantile: 'Quantiles',
    equal: 'Equal steps',
    custom: 'Custom breaks',
    count: 'Number',
    breaks: 'Breaks',
    breaksHint: (percent: boolean) =>
      percent
        ? 'Percentages separated by commas, e.g. 10, 50, 90'
        : 'Numbers separated by commas, e.g. 10, 50, 100',
    apply: 'Apply',
    same: 'Same classes for every year',
    sameHint: 'Classes from the values of all years, so colours compare as the year changes',
    breaksError: (e: BreaksError): string => {
      switch (e.kind) {
        case 'empty':
          return 'Enter at least one break.';
        case 'too_many':
          return `At most ${e.max} breaks.`;
        case 'not_a_number':
          return `Break ${e.index + 1} ("${e.item}") is not a number.`;
        case 'not_ascending':
          return `Break ${e.index + 1} ("${e.item}") must be greater than the one before.`;
      }
    },
  },
  controls: {
    play: 'Play',
    pause: 'Pause',
    year: 'Year',
    region: 'Region',
    allRegions: 'All regions',
    national: 'National',
    indicator: 'Indicator',
    theme: 'Theme',
    language: 'Language',
  },
  export: {
    label: 'Export',
    png: 'PNG image',
    svg: 'SVG vector',
    csv: 'CSV data',
    title: 'Title',
    subtitle: 'Subtitle',
    sourceNote: (sources) => `Source: ${sources}`,
    notes: 'Notes',
    mapApproval: (number) => `Map approval number (审图号): ${number}`,
    basemapNotice:
      'Maps published in mainland China must use an approved basemap and show its approval number (审图号); you can load your own boundaries.',
    loadBoundaries: 'Load boundary file',
  },
  share: {
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    permalinkFallback: 'Some settings in the link were not recognised; defaults are used.',
    permalinkWarning: (w: PermalinkWarning) => permalinkWarnings[w.key](w.field),
  },
  errors: {
    dataLoadFailed: 'Data failed to load',
    schemaMismatch: (found, expected) =>
      `The database (schema version ${found ?? 'unknown'}) does not match this app (version ${expected}): reload the page; if this persists, rebuild the data with npm run data and publish again.`,
    queryFailed: 'Query failed',
    unknownIndicator: (id) => `Unknown indicator: ${id}`,
    retry: 'Retry',
  },
  qualify: {
    approx: (x) => `about ${x}`,
    more_than: (x) => `more than ${x}`,
    at_least: (x) => `at least ${x}`,
    at_most: (x) => `at most ${x}`,
  },
};
