import type { ImportError, ImportErrorCode, ImportWarning, WarningCode } from '../import';
import type { Lang } from './messages';

/**
 * Import warnings and errors in both languages, keyed by their stable codes. The import
 * library writes English (the CLI prints it), so English is its own message; Chinese is here.
 */
const WARNINGS_ZH: Readonly<Record<WarningCode, string>> = {
  junk_values: '占位符单元格（…、—、NA、?）按缺失值处理',
  text_values: '非数字的数值单元格，按缺失值处理',
  empty_values: '空的数值单元格，按缺失值处理',
  footnote_marks: '已去掉数值上的注释标记（[a]、*、①）',
  formula_text: '以公式符号（=、+、-、@）开头的单元格，按文本保留，从不执行',
  markup_text: '含 HTML 或脚本标记的单元格，按纯文本保留',
  formula_cells: '工作簿公式单元格按保存的结果读取（不重新计算）',
  watermark_rows: '已跳过水印行',
  rows_without_region: '有数值但没有地区名的行，已跳过',
  unmatched_regions: '地名库中找不到的地区名（见未匹配列表）',
  footnotes: '注释和资料来源行已单独列出',
  encoding: '编码',
  sub_year_periods:
    '月度、季度或日期数据未导入：每条数据只能对应整年（起止年份），这些列或行已略去',
  whole_year_periods: '覆盖全年的时期（1-12月、全年）按该年读取',
  header_levels_joined:
    '多行表头的各级标签已合并为一个指标名（上级/下级）；标签下的“合计”即该标签本身',
  decimal_comma: '数值按小数逗号读取（1.234,5 即 1234.5），与本列或本文件其他数值的写法一致',
  decimal_ambiguous: '可两种读法的数字（1,234 或 1.234）按文件其他部分推断小数点，请核对',
  units_converted: '金额已换算为元（数据库统一以元存储，数值已相应乘算）',
  year_from_title: '表头和各列都未给出年份，年份取自标题',
  region_hierarchy: '地区名在其上方所列地区内解析（省份后接其下辖城市），各级分开保存',
};

/** zh sentences per error; en uses the library's own message, which carries the figures. */
const ERRORS_ZH: Readonly<Record<ImportErrorCode, (names: string[]) => string>> = {
  empty: () => '文件是空的，或没有任何有内容的单元格。',
  too_large: () => '文件太大，超过了浏览器能导入的上限；请拆分文件或只保留需要的列。',
  too_many_columns: () => '列数超过上限（为保持浏览器响应）。',
  line_too_long: () => '某一行过长，这看起来不是表格。',
  binary: () => '这不像文本文件（解码后含控制字符）。',
  encoding: () => '不认识指定的编码。',
  unterminated_quote: () => '此处开始的引号没有闭合，其后全部内容会成为一个单元格。',
  unsupported_format: () => '无法读取此文件。',
  parquet_invalid: () => '无法读取 Parquet：文件被截断或不是 Parquet。',
  workbook_invalid: () => '无法读取工作簿。',
  sheet_not_found: () => '工作簿中没有指定的工作表。',
  json_invalid: () => 'JSON 格式错误。',
  no_table: () => '没有找到表格：只有表头没有数据，或结构无法识别。',
  no_regions: () => '没有找到由地区名（省份或地市）组成的列或表头行。',
  no_values: () => '找到了地区，但没有数值单元格。',
  sub_year_periods: (names) =>
    `所有数值列都是月度、季度或日期（${names.slice(0, 4).join('、')}${names.length > 4 ? '等' : ''}）；每条数据只能对应整年，因此没有导入任何数据。请先整理成年度表（流量按月加总，存量取年末数）。`,
};

export function importWarningText(lang: Lang, warning: ImportWarning): string {
  return lang === 'zh' ? WARNINGS_ZH[warning.code] : warning.message;
}

/** `file:line:column: message` in the UI language. */
export function importErrorText(lang: Lang, error: ImportError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const message = lang === 'zh' ? ERRORS_ZH[error.code](error.names ?? []) : error.message;
  return `${where}: ${message}`;
}
