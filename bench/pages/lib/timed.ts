import type { MapInput } from '../../../src/lib/sql';
import type { Grid, MapValue } from './grid';
import { checksum, warmupInputs, type Checked } from './sequence';

export interface TimedRun {
  /** Filter → rendered, per input of the sequence (warm-up queries not included). */
  ms: number[];
  checksums: string[];
}

/** Runs `compute` then the render for each input: the time a person waits after a filter moves. */
export async function timeSequence(
  inputs: readonly MapInput[],
  grid: Grid,
  compute: (input: MapInput) => Promise<(MapValue & Checked)[]> | (MapValue & Checked)[],
): Promise<TimedRun> {
  for (const input of warmupInputs()) grid.render(await compute(input), 'warm-up');
  const ms: number[] = [];
  const checksums: string[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    const rows = await compute(input);
    grid.render(rows, `${input.indicator} ${input.year}年`);
    ms.push(performance.now() - t0);
    checksums.push(checksum(rows));
    // Lets the frame paint between moves, as between two slider steps.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return { ms, checksums };
}
