/** Where the extraction draft is kept; its own module so the first page can check for a draft without loading the extractor. */
export const DRAFT_KEY = 'mztj.extract-draft';

export function hasStoredDraft(): boolean {
  try {
    return localStorage.getItem(DRAFT_KEY) !== null;
  } catch {
    return false;
  }
}
