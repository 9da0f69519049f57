import type { Browser, Page } from 'playwright-core';
import { RECORD_MARKS } from './marks';

/**
 * Arms a one-shot timer in the page: starts at the slider's `input` event (its own
 * timestamp) and stops when the map title shows the year the slider now reads.
 */
const ARM = `(() => {
  const move = (window.__move = { t0: null, t1: null });
  const slider = document.querySelector('[data-testid=year-slider]');
  const start = document.querySelector('[data-testid=year]').textContent;
  slider.addEventListener('input', (e) => { move.t0 = e.timeStamp; }, { once: true, capture: true });
  const observer = new MutationObserver(() => {
    const year = document.querySelector('[data-testid=year]').textContent;
    const title = document.querySelector('[data-testid=choropleth] g.header text')?.textContent || '';
    if (move.t0 !== null && year !== start && title.includes(year + '年')) {
      move.t1 = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return start;
})()`;

async function yearBounds(page: Page): Promise<{ min: number; max: number; value: number }> {
  const s = page.getByTestId('year-slider');
  const [min, max, value] = await Promise.all(
    ['min', 'max', 'value'].map(async (a) =>
      Number(a === 'value' ? await s.inputValue() : await s.getAttribute(a)),
    ),
  );
  return { min: min!, max: max!, value: value! };
}

/**
 * The real app on its embedded data: moves the year slider with the keyboard, back and
 * forth across the years with data, timing input → map redrawn for the new year.
 */
export async function embeddedFilter(
  browser: Browser,
  url: string,
  moves: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD_MARKS);
    await page.goto(url);
    // Functions, not strings: the app's CSP forbids string evaluation in the page.
    await page.waitForFunction(
      () => {
        const m = (window as unknown as { __marks: Record<string, number> }).__marks;
        return m.chart !== undefined && m.live !== undefined;
      },
      null,
      { timeout: 120_000 },
    );
    const slider = page.getByTestId('year-slider');
    await slider.focus();
    const { min, max, value: start } = await yearBounds(page);
    let value = start;
    if (max <= min) throw new Error('the year slider has a single year: nothing to move');
    let step = value > min ? 'ArrowLeft' : 'ArrowRight';
    const ms: number[] = [];
    for (let i = 0; i < moves; i++) {
      if (value <= min) step = 'ArrowRight';
      if (value >= max) step = 'ArrowLeft';
      await page.evaluate(ARM);
      await page.keyboard.press(step);
      await page.waitForFunction(
        () => (window as unknown as { __move: { t1: number | null } }).__move.t1 !== null,
        null,
        { timeout: 30_000 },
      );
      const move = (await page.evaluate('window.__move')) as { t0: number; t1: number };
      ms.push(move.t1 - move.t0);
      value += step === 'ArrowLeft' ? -1 : 1;
      // A person's next move comes after the frame is on screen.
      await page.waitForTimeout(50);
    }
    return ms;
  } finally {
    await context.close();
  }
}
