import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

export interface ManifestFile {
  bytes: number;
  sha256: string;
}

export interface Manifest {
  schema_version: number;
  duckdb_version: string;
  database: string;
  rows: Record<string, number>;
  files: Record<string, ManifestFile>;
}

export function describeFile(path: string): ManifestFile {
  return {
    bytes: statSync(path).size,
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
  };
}

/** No timestamps: the manifest changes only when the data does. */
export function buildManifest(base: Omit<Manifest, 'files'>, paths: readonly string[]): Manifest {
  const files: Record<string, ManifestFile> = {};
  for (const p of [...paths].sort()) files[basename(p)] = describeFile(p);
  return { ...base, files };
}
