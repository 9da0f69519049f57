// @vitest-environment jsdom
import { flushSync, mount, unmount, type Component } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DataTable from '../../src/components/DataTable.svelte';
import ErrorNotice from '../../src/components/ErrorNotice.svelte';
import FactList from '../../src/components/FactList.svelte';
import HowToCite from '../../src/components/HowToCite.svelte';
import RegionProfile from '../../src/components/RegionProfile.svelte';
import SourceList from '../../src/components/SourceList.svelte';
import { QueryError } from '../../src/lib/db/errors';
import { factRow, mapRow, rankRow, regionFactRow } from './fixtures';

let mounted: Record<string, unknown>[] = [];
afterEach(() => {
  for (const c of mounted) void unmount(c);
  mounted = [];
  document.body.replaceChildren();
});

// Svelte's Component<P> constrains P to Record<string, any>; unknown would reject Props interfaces.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function render<P extends Record<string, any>>(
  component: Component<P>,
  props: NoInfer<P>,
): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  mounted.push(mount(component, { target, props }) as Record<string, unknown>);
  flushSync();
  return target;
}

describe('FactList', () => {
  it('renders a <script> evidence string as text', () => {
    const evidence = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const el = render(FactList, { rows: [factRow({ evidence })], lang: 'zh', caption: 'c' });
    expect(el.querySelector('script, img')).toBeNull();
    expect(el.querySelector('q')?.textContent).toBe(evidence);
  });

  it('shows repost and low-reliability badges as text', () => {
    const rows = [
      factRow({ fact_id: 'a', reliability: 'repost' }),
      factRow({ fact_id: 'b', reliability: 'low' }),
    ];
    const el = render(FactList, { rows, lang: 'zh', caption: 'c' });
    expect(el.textContent).toContain('转载');
    expect(el.textContent).toContain('可靠性低');
  });

  it('links only http(s) sources, with safe rel and target', () => {
    const rows = [
      factRow({ fact_id: 'a', source_title: '坏链接', source_url: 'javascript:alert(1)' }),
      factRow({ fact_id: 'b', source_title: '好链接', source_url: 'https://example.org/' }),
    ];
    const el = render(FactList, { rows, lang: 'zh', caption: 'c' });
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/']);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(el.textContent).toContain('坏链接');
  });

  it('marks qualifiers, kinds and conflicts', () => {
    const rows = [regionFactRow({ qualifier: 'approx', kind: 'target', conflict_group: 'g1' })];
    const el = render(FactList, { rows, lang: 'zh', caption: 'c' });
    expect(el.querySelector('[title="约12个"]')?.textContent).toBe('≈12个');
    expect(el.textContent).toContain('目标');
    expect(el.textContent).toContain('数据冲突');
  });

  it('sorts by a column header button, toggling the direction', () => {
    const rows = [factRow({ fact_id: 'a', value: 5 }), factRow({ fact_id: 'b', value: 50 })];
    const el = render(FactList, { rows, lang: 'en', caption: 'c' });
    const button = [...el.querySelectorAll('thead button')].find((b) =>
      b.textContent?.includes('Value'),
    ) as HTMLButtonElement;
    const values = (): string[] =>
      [...el.querySelectorAll('tbody td.num')].map((td) => td.textContent?.trim() ?? '');
    button.click();
    flushSync();
    expect(values()).toEqual(['5', '50']);
    expect(button.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    button.click();
    flushSync();
    expect(values()).toEqual(['50', '5']);
  });

  it('calls onSelectRegion with the region code', () => {
    const onSelectRegion = vi.fn();
    const el = render(FactList, { rows: [factRow()], lang: 'zh', caption: 'c', onSelectRegion });
    (el.querySelector('tbody button') as HTMLButtonElement).click();
    expect(onSelectRegion).toHaveBeenCalledWith('530000');
  });
});

describe('DataTable', () => {
  const props = {
    lang: 'zh' as const,
    unit: '个',
    measure: 'absolute' as const,
    caption: '命名示范单位',
    selected: '530000',
    onSelect: vi.fn(),
  };

  it('shows 无数据 for a missing value, not 0', () => {
    const rows = [mapRow({ code: '540000', name: '西藏自治区', value: null, raw_value: null })];
    const el = render(DataTable, { ...props, rows });
    const cell = el.querySelector('tbody td.num');
    expect(cell?.textContent?.trim()).toBe('无数据');
  });

  it('selects a region with the button in its first cell', () => {
    const onSelect = vi.fn();
    const el = render(DataTable, { ...props, onSelect, rows: [mapRow()] });
    const button = el.querySelector('tbody th button') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    expect(onSelect).toHaveBeenCalledWith('530000');
  });
});

describe('RegionProfile', () => {
  const region = { code: '530000', name: '云南省', short_name: '云南', name_en: 'Yunnan' };

  it('closes on Escape', () => {
    const onClose = vi.fn();
    const el = render(RegionProfile, {
      region,
      facts: [regionFactRow()],
      ranks: [rankRow()],
      status: 'ready',
      lang: 'zh',
      onClose,
    });
    const button = el.querySelector('button') as HTMLButtonElement;
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows both names, the rank summary, facts by theme and sources', () => {
    const el = render(RegionProfile, {
      region,
      facts: [regionFactRow()],
      ranks: [rankRow()],
      status: 'ready',
      lang: 'zh',
      onClose: () => {},
    });
    expect(el.querySelector('h2')?.textContent).toContain('云南省');
    expect(el.querySelector('h2')?.textContent).toContain('Yunnan');
    expect(el.textContent).toContain('第 3 / 12 名 · 2023 · 当期');
    expect(el.querySelector('caption')?.textContent).toBe('表彰');
    expect(el.querySelector('ol cite')?.textContent).toContain('国家民委公告');
  });
});

describe('SourceList', () => {
  it('renders the compact line', () => {
    const sources = [
      {
        source_id: 's',
        title: 'T',
        publisher: 'P',
        date: null,
        url: null,
        language: 'zh-Hans',
        reliability: 'official',
        is_primary: true,
        n_facts: 1,
      },
    ];
    const el = render(SourceList, { sources, lang: 'zh', compact: true });
    expect(el.textContent?.trim()).toBe('资料来源：P《T》');
  });
});

describe('HowToCite', () => {
  it('selects the text when the clipboard is unavailable', async () => {
    const el = render(HowToCite, {
      lang: 'zh',
      title: '民族团结进步创建统计',
      url: 'https://example.org/',
      dataVersion: 'abc',
      accessed: '2026-11-22',
    });
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.readOnly).toBe(true);
    expect(area.value).toContain('[DS/OL]');
    (el.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('[role="status"]')?.textContent).not.toBe(''));
    expect(document.activeElement).toBe(area);
  });
});

describe('ErrorNotice', () => {
  it('shows a translated headline, the message as text and the SQL in details', () => {
    const onRetry = vi.fn();
    const error = new QueryError('<b>bad</b>', 'SELECT 1');
    const el = render(ErrorNotice, { error, lang: 'zh', onRetry });
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('查询失败');
    expect(alert?.querySelector('b')).toBeNull();
    expect(alert?.textContent).toContain('<b>bad</b>');
    expect(el.querySelector('details pre')?.textContent).toBe('SELECT 1');
    (el.querySelector('button') as HTMLButtonElement).click();
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
