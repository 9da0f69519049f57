import type { CsvFile, CsvRecord } from './validate';

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) and keeps the line each
 * record starts on, so validation can point at file:line. The data/ files are small and
 * trusted to be UTF-8; user files go through lib/import, which sniffs and decodes first.
 */
export function parseCsv(file: string, text: string): CsvFile {
  const rows = splitRows(text.replace(/^\uFEFF/, ''));
  const header = rows[0]?.fields ?? [];
  const records: CsvRecord[] = rows.slice(1).map(({ fields, line }) => {
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = fields[i] ?? ''));
    return { line, values };
  });
  return { file, columns: header, records };
}

interface RawRow {
  fields: string[];
  line: number;
}

function splitRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ fields, line: rowLine });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ fields, line: rowLine });
  }
  return rows;
}
