import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createResolver, type RegionResolver } from '../../src/lib/geo';
import { importFile, type ImportResult, type LongRow } from '../../src/lib/import';

/** The gazetteer and resolver the CLI and the worker use, built once per test file. */
export function gazetteer(): { resolver: RegionResolver; names: Map<string, string> } {
  const regions = buildGazetteer();
  return {
    names: new Map(regions.map((r) => [r.code, r.name])),
    resolver: createResolver(regions, { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }) }),
  };
}

const FIXTURES = new URL('../fixtures/import/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export type Importer = (name: string, bytes?: Uint8Array | string) => Promise<ImportResult>;

/** Imports a fixture by name, or inline text/bytes under that name. */
export function importer(g: ReturnType<typeof gazetteer>): Importer {
  return (name, bytes) =>
    importFile(
      {
        name,
        bytes:
          bytes === undefined
            ? fixtureBytes(name)
            : typeof bytes === 'string'
              ? new TextEncoder().encode(bytes)
              : bytes,
      },
      { resolver: g.resolver, regionName: (c) => g.names.get(c) },
    );
}

export async function ok(result: Promise<ImportResult>) {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.file}: ${r.error.message}`);
  return r;
}

/** `code year indicator value unit` per row, the compact form assertions compare. */
export const cells = (table: readonly LongRow[]) =>
  table.map((t) => `${t.region_code ?? '-'} ${t.year} ${t.indicator} ${t.value} ${t.unit}`);
