/** Address of a file under the site's data/ folder, relative to the page (any sub-path). */
export function dataHref(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}
