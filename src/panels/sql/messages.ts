import type { GuardReason } from './guard-statement';

const zhRefusals: Record<GuardReason, (detail: string) => string> = {
  empty: () => '请输入一条查询语句。',
  unterminated: () => '语句中有未闭合的字符串、引号标识符或注释。',
  multiple: () => '一次只能运行一条语句：请删除分号之后的内容。',
  not_query: (w) =>
    `只能运行查询（SELECT、WITH、FROM、VALUES、DESCRIBE、SUMMARIZE、SHOW、EXPLAIN）${w ? `，不能以“${w}”开头` : ''}。`,
  forbidden_word: (w) =>
    `控制台为只读，不允许“${w.toUpperCase()}”。如果这是列名，请用双引号括起来，例如 "${w}"。`,
  forbidden_function: (w) => `控制台不允许调用 ${w}()：它会读取文件、网址或改变数据库状态。`,
  file_reference: (w) => `控制台不能读取文件或网址（“${w}”）；请查询已有的表，例如 mz.facts。`,
  pragma: (w) =>
    `只允许只读的 PRAGMA（如 table_info、show_tables）${w ? `，不允许“${w}”` : ''}，且不能修改设置。`,
};

export const zh = {
  title: 'SQL 控制台',
  intro: '在内置数据库（mz）和你导入的表上运行只读查询。',
  editorLabel: 'SQL 查询',
  editorHint: '按 Ctrl+Enter（Mac 上为 ⌘+Enter）运行。',
  run: '运行',
  running: '运行中…',
  examples: '示例查询',
  exampleNames: {
    factsPerTheme: '各主题数据条目数',
    topProvinces: '示范单位命名数最多的省份',
    sourcesByReliability: '按可靠性统计来源',
    factsPerYear: '各年份数据条目数',
    describeFacts: 'facts 表结构',
  },
  refused: '未运行',
  refusal: (reason: GuardReason, detail: string): string => zhRefusals[reason](detail),
  queryFailed: '查询失败',
  dataLoadFailed: '数据库加载失败',
  failedSql: '出错的语句',
  /** `total` is the row count for plurals; the other three are already formatted. */
  resultCaption: (c: { shown: string; totalText: string; total: number; ms: string }): string =>
    c.shown === c.totalText
      ? `查询结果：${c.totalText} 行，用时 ${c.ms} 毫秒`
      : `查询结果：共 ${c.totalText} 行，显示前 ${c.shown} 行，用时 ${c.ms} 毫秒`,
  noRows: '查询没有返回任何行。',
  nullValue: 'NULL',
  rowNumber: '#',
  downloadCsv: '下载 CSV',
  csvFileName: 'SQL 查询结果',
  chart: {
    legend: '快速图表',
    none: '不显示图表',
    bar: '条形图',
    line: '折线图',
    title: (value: string, by: string): string => `${value}（按 ${by}）`,
    source: '资料来源：SQL 控制台查询',
    barsCapped: (n: string): string => `图中只显示前 ${n} 行。`,
  },
};

export type SqlMessages = typeof zh;

const enRefusals: Record<GuardReason, (detail: string) => string> = {
  empty: () => 'Type a query to run.',
  unterminated: () => 'The statement has an unclosed string, quoted identifier or comment.',
  multiple: () => 'Only one statement can run at a time: remove what follows the semicolon.',
  not_query: (w) =>
    `Only queries can run (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN)${w ? `, not a statement starting with “${w}”` : ''}.`,
  forbidden_word: (w) =>
    `The console is read-only: ${w.toUpperCase()} is not allowed. If it is a column name, put it in double quotes: "${w}".`,
  forbidden_function: (w) =>
    `The console does not allow ${w}(): it reads files or URLs, or changes the database's state.`,
  file_reference: (w) =>
    `The console cannot read files or URLs (“${w}”); query an existing table such as mz.facts.`,
  pragma: (w) =>
    `Only read-only PRAGMAs (such as table_info, show_tables) are allowed${w ? `, not “${w}”` : ''}, and no settings.`,
};

export const en: SqlMessages = {
  title: 'SQL console',
  intro: 'Run read-only queries on the built-in database (mz) and the tables you imported.',
  editorLabel: 'SQL query',
  editorHint: 'Press Ctrl+Enter (⌘+Enter on a Mac) to run.',
  run: 'Run',
  running: 'Running…',
  examples: 'Example queries',
  exampleNames: {
    factsPerTheme: 'Facts per theme',
    topProvinces: 'Provinces with most demonstration units named',
    sourcesByReliability: 'Sources by reliability',
    factsPerYear: 'Facts per year',
    describeFacts: 'Columns of the facts table',
  },
  refused: 'Not run',
  refusal: (reason, detail) => enRefusals[reason](detail),
  queryFailed: 'Query failed',
  dataLoadFailed: 'The database could not be loaded',
  failedSql: 'Statement that failed',
  resultCaption: (c) => {
    const rows = `${c.totalText} ${c.total === 1 ? 'row' : 'rows'}`;
    return c.shown === c.totalText
      ? `Query result: ${rows} in ${c.ms} ms`
      : `Query result: ${rows}, first ${c.shown} shown, in ${c.ms} ms`;
  },
  noRows: 'The query returned no rows.',
  nullValue: 'NULL',
  rowNumber: '#',
  downloadCsv: 'Download CSV',
  csvFileName: 'SQL query result',
  chart: {
    legend: 'Quick chart',
    none: 'No chart',
    bar: 'Bar chart',
    line: 'Line chart',
    title: (value, by) => `${value} by ${by}`,
    source: 'Source: SQL console query',
    barsCapped: (n) => `The chart shows the first ${n} rows only.`,
  },
};

export const sqlMessages = { zh, en } as const;
