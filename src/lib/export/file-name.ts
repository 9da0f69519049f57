const MAX_LENGTH = 100;
// Control characters, bidi overrides (which can disguise an extension) and characters
// Windows/macOS/Linux reject in file names.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"/\\|?*]+/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A file name from a chart title: unsafe characters become `_`, whitespace collapses,
 * leading/trailing dots and spaces go, Chinese is kept, and the length is capped
 * (in code points, so no surrogate pair is split). `extension` is appended if given.
 */
export function safeFileName(title: string, extension?: string): string {
  let name = String(title).replace(UNSAFE, '_').replace(/\s+/g, ' ');
  name = name.replace(/^[\s.]+|[\s.]+$/g, '');
  name = Array.from(name)
    .slice(0, MAX_LENGTH)
    .join('')
    .replace(/[\s.]+$/, '');
  if (name === '' || /^_+$/.test(name)) name = 'export';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  const ext = (extension ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 10);
  return ext ? `${name}.${ext}` : name;
}
