import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { log } from './log';

export const SITE = 'bench/out/site';

function run(command: string, args: string[]): void {
  log(`$ ${command} ${args.join(' ')}`);
  // Child output goes to stderr so that --json keeps stdout clean.
  const r = spawnSync(command, args, { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status})`);
}

/**
 * Builds the app and the bench pages, and lays out what the server serves:
 * site/app (a private copy of dist/), site/pages (bench pages), site/sets (datasets).
 */
export function buildSite(): void {
  run('npm', ['run', 'build']);
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  rmSync(`${SITE}/app`, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  // A copy: someone else's `npm run build` must not change the app under measurement.
  cpSync('dist', `${SITE}/app`, { recursive: true });
  if (!existsSync(`${SITE}/sets`)) symlinkSync(resolve('bench/out/sets'), `${SITE}/sets`);
}

/**
 * Gzip size (level 6, as typical static hosts serve) of the JS the browser must fetch
 * before the first render: module scripts and modulepreloads named in index.html.
 */
export function renderBlockingJsGzipKiB(root = `${SITE}/app`): { kib: number; files: string[] } {
  const html = readFileSync(`${root}/index.html`, 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const bytes = srcs.reduce(
    (sum, src) => sum + gzipSync(readFileSync(`${root}/${src}`), { level: 6 }).length,
    0,
  );
  return { kib: bytes / 1024, files: srcs };
}
