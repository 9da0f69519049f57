import { digitsOf } from './normalize-name';
import type { Region, RegionMatch } from './types';

/**
 * Matches GB/T 2260 codes: "53" (province), "5323" (prefecture), "532301", and the
 * 9- or 12-digit statistical codes of the same unit ("530000000000"). Municipal
 * pseudo-prefectures such as 110100 (北京市市辖区) stand for the municipality.
 */
export function matchCode(raw: string, byCode: ReadonlyMap<string, Region>): RegionMatch | null {
  const digits = digitsOf(raw);
  if (!digits) return null;
  const code = sixDigitCode(digits);
  if (!code) return null;
  if (byCode.has(code)) return { code, confidence: 1, match: 'code' };
  const province = `${code.slice(0, 2)}0000`;
  if (isMunicipalPseudoPrefecture(code) && byCode.has(province)) {
    return { code: province, confidence: 0.9, match: 'code' };
  }
  return null;
}

function sixDigitCode(digits: string): string | null {
  if (digits.length === 2) return `${digits}0000`;
  if (digits.length === 4) return `${digits}00`;
  if (digits.length === 6) return digits;
  if ((digits.length === 9 || digits.length === 12) && /^0+$/.test(digits.slice(6))) {
    return digits.slice(0, 6);
  }
  return null;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

function isMunicipalPseudoPrefecture(code: string): boolean {
  return MUNICIPALITIES.has(code.slice(0, 2)) && /^0[12]00$/.test(code.slice(2));
}
