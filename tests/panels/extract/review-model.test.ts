import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createRegionLookup, createToSimplified } from '../../../src/lib/extract';
import { DRAFT_KEY, parseDraft, serializeDraft } from '../../../src/panels/extract/draft';
import { ExtractModel } from '../../../src/panels/extract/extract.model.svelte';
import { blockedRows, regionFromInput, regionStateOf } from '../../../src/panels/extract/review';
import type { UserDataset } from '../../../src/lib/store';
import { buildGazetteer } from '../../../scripts/gazetteer';

const lookup = createRegionLookup(buildGazetteer());
const tools = async () => ({ lookup, toSimplified: createToSimplified(OpenCC.Converter) });

/** localStorage's surface over a Map, optionally full. */
function memoryStorage(full = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

function fakeUserData() {
  const added: UserDataset[] = [];
  return { added, add: async (ds: UserDataset) => (added.push(ds), true) };
}

const REPORT =
  '发布时间：2024-03-05\n楚雄州2023年共举办民族团结进步培训班57期，培训10265人次。\n' +
  '全年接待游客120万人次。\n另有培训班12期。';

async function extracted(storage = memoryStorage()) {
  const user = fakeUserData();
  const model = new ExtractModel(user, { storage, tools });
  model.text = REPORT;
  await model.run();
  return { model, user, storage };
}

describe('region of a candidate under review', () => {
  it('tells resolved, national, missing and unknown apart', () => {
    expect(regionStateOf({ region_code: '532300', region_name: '楚雄彝族自治州' })).toBe(
      'resolved',
    );
    expect(regionStateOf({ region_code: null, region_name: '全国' })).toBe('national');
    expect(regionStateOf({ region_code: null, region_name: null })).toBe('missing');
    expect(regionStateOf({ region_code: null, region_name: '火星州' })).toBe('unknown');
  });

  it('resolves what the reviewer types through the gazetteer', () => {
    expect(regionFromInput('楚雄州', lookup)).toEqual({
      region_code: '532300',
      region_name: '楚雄彝族自治州',
    });
    expect(regionFromInput(' national ', lookup)).toEqual({
      region_code: null,
      region_name: '全国',
    });
    expect(regionFromInput('火星州', lookup)).toEqual({ region_code: null, region_name: '火星州' });
    expect(regionFromInput('', lookup)).toEqual({ region_code: null, region_name: null });
  });
});

describe('ExtractModel review', () => {
  it('fills an empty date from the page and starts the four themes accepted', async () => {
    const { model } = await extracted();
    expect(model.doc.date).toBe('2024-03-05');
    expect(model.notices).toContainEqual({ key: 'dateFound', date: '2024-03-05' });
    const byValue = new Map(model.candidates.map((c) => [c.value, c]));
    expect(byValue.get(57)).toMatchObject({ theme: 'trainings', status: 'accepted' });
    expect(byValue.get(10265)).toMatchObject({ theme: 'trainings', status: 'accepted' });
  });

  it('will not add an accepted figure without a region until the reviewer gives one', async () => {
    const { model, user } = await extracted();
    const c = model.candidates.find((x) => x.value === 57)!;
    Object.assign(c, { region_code: null, region_name: null });
    expect(model.blocked).toEqual(blockedRows(model.candidates));
    expect(model.blocked.length).toBeGreaterThan(0);
    await model.add();
    expect(user.added).toEqual([]);

    await model.setRegion(model.blocked, '楚雄州');
    expect(c).toMatchObject({ region_code: '532300' });
    expect(model.blocked).toEqual([]);
    const accepted = model.candidates.filter((x) => x.status === 'accepted').length;
    await model.add();
    expect(user.added).toHaveLength(1);
    expect(user.added[0]!.facts).toHaveLength(accepted);
    // Added facts leave the review: a second click adds nothing.
    expect(model.candidates.some((x) => x.status === 'accepted')).toBe(false);
    await model.add();
    expect(user.added).toHaveLength(1);
    expect(model.notices).toContainEqual({ key: 'added', n: accepted });
  });

  it('bulk-rejects background figures and accepts themed ones', async () => {
    const { model } = await extracted();
    model.setStatusWhere((c) => c.theme === 'other', 'rejected');
    model.setStatusWhere((c) => c.theme !== 'other', 'accepted');
    for (const c of model.candidates)
      expect(c.status).toBe(c.theme === 'other' ? 'rejected' : 'accepted');
  });

  it('keeps the review over a reload, edits included', async () => {
    const { model, storage } = await extracted();
    const i = model.candidates.findIndex((c) => c.value === 10265);
    model.candidates[i]!.status = 'rejected';
    model.candidates[i]!.indicator = '培训人次（改）';
    model.doc.title = '楚雄州报告';
    model.save();

    const again = new ExtractModel(fakeUserData(), { storage, tools });
    expect(again.text).toBe(REPORT);
    expect(again.doc.title).toBe('楚雄州报告');
    expect(again.candidates[i]).toMatchObject({ status: 'rejected', indicator: '培训人次（改）' });
    expect(again.notices).toEqual([{ key: 'draftRestored' }]);

    again.discard();
    expect(storage.map.has(DRAFT_KEY)).toBe(false);
    expect(new ExtractModel(fakeUserData(), { storage, tools }).text).toBe('');
  });

  it('says once that a draft too large for the browser is not kept, and goes on', async () => {
    const { model } = await extracted(memoryStorage(true));
    model.save();
    model.save();
    expect(model.notices.filter((n) => n.key === 'draftNotSaved')).toHaveLength(1);
    expect(model.candidates.length).toBeGreaterThan(0);
  });

  it('keeps the review when a file cannot be read', async () => {
    const { model } = await extracted();
    const before = model.candidates.length;
    await model.loadFile(new File([new Uint8Array([1, 2, 3])], 'report.docx'));
    expect(model.failure).toMatchObject({ key: 'readFailed', file: 'report.docx' });
    expect(model.candidates).toHaveLength(before);
    expect(model.text).toBe(REPORT);
  });
});

describe('parseDraft(raw)', () => {
  const draft = {
    text: 'ab57期',
    doc: { title: 't', publisher: '', date: '', url: '' },
    candidates: [],
  };

  it('round-trips a draft', () => {
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('ignores what it did not write: other versions, broken JSON, bad candidates', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, version: 2 }))).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 1, ...draft, doc: null }))).toBeNull();
    const bad = { version: 1, ...draft, candidates: [{ value: '57' }] };
    expect(parseDraft(JSON.stringify(bad))).toBeNull();
  });
});
