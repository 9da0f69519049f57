import * as aq from 'arquero';
import { mapRowsArquero } from '../peers/arquero';
import { peerCodes } from '../peers/assemble';
import { mapRowsPlain } from '../peers/plain-js';
import { createGrid } from './lib/grid';
import { now, param, progress, publish } from './lib/page';
import { loadPeerData } from './lib/peer-data';
import { filterSequence } from './lib/sequence';
import { timeSequence } from './lib/timed';

/** Plain JS over typed arrays and Arquero over the same columns: same filter, same render. */
publish(async () => {
  const set = param('set', '1M');
  const inputs = filterSequence(Number(param('n', '40')));
  const arqueroInputs = inputs.slice(0, Number(param('arquero', String(inputs.length))));
  progress('loading columns');
  const t0 = now();
  const data = await loadPeerData(set);
  const load_ms = now() - t0;
  const codes = peerCodes(data.dict);
  const grid = createGrid(
    document.querySelector('svg')!,
    data.dict.regions.map((r) => r.code),
  );
  progress('plain JS');
  const plain = await timeSequence(inputs, grid, (i) => mapRowsPlain(data.columns, codes, i));
  progress('arquero');
  const t1 = now();
  const table = aq.fromArrow(data.ipc);
  const arquero_load_ms = now() - t1;
  const arquero = await timeSequence(arqueroInputs, grid, (i) => mapRowsArquero(table, codes, i));
  progress('done');
  return { load_ms, arquero_load_ms, rows: data.columns.length, plain, arquero };
});
