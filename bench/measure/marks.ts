/**
 * Installed before any page script: records when the first map path is filled with a colour
 * (not the missing-data hatch) and when the header reports live DuckDB, each as the DOM
 * change (`<key>_dom`) and as the next frame after it (≈ painted), in ms since navigation.
 * A string, not a function: tsx's keepNames helpers do not exist in the page.
 */
export const RECORD_MARKS = `(() => {
  const marks = (window.__marks = {});
  const MAP = '[data-testid=choropleth] g.regions path[data-code]';
  const LIVE = '[data-testid=engine-status][data-live=true]';
  function mark(key) {
    marks[key + '_dom'] = performance.now();
    requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now()), 0));
  }
  function filled() {
    return Array.from(document.querySelectorAll(MAP)).some((p) => {
      const fill = p.getAttribute('fill') || '';
      return fill !== '' && !fill.startsWith('url(');
    });
  }
  const observer = new MutationObserver(() => {
    if (marks.chart_dom === undefined && filled()) mark('chart');
    if (marks.live_dom === undefined && document.querySelector(LIVE)) mark('live');
    if (marks.chart_dom !== undefined && marks.live_dom !== undefined) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['fill', 'data-live'] });
})();`;
