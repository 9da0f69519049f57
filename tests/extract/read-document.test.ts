import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentKind, extractFacts, readDocument } from '../../src/lib/extract';

describe('documentKind(fileName)', () => {
  it('picks the reader by extension', () => {
    expect(['a.HTML', 'b.htm', 'c.md', 'd.docx', 'e.txt', 'f'].map(documentKind)).toEqual([
      'html',
      'html',
      'md',
      'docx',
      'txt',
      'txt',
    ]);
  });
});

describe('readDocument(html)', () => {
  it('keeps the text content, drops scripts and decodes entities', async () => {
    const html =
      '<html><head><title>标题</title><script>var n = 12345;</script></head>' +
      '<body><p>举办培训班&nbsp;57&nbsp;期,</p><p>培训学员10265人次&ldquo;好&rdquo;</p></body></html>';
    const { text } = await readDocument('page.html', html);
    expect(text).toBe('标题\n举办培训班 57 期,\n培训学员10265人次“好”');
    const facts = extractFacts(text);
    expect(facts.map((f) => f.value)).toEqual([57, 10265]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.evidence);
  });
});

describe('readDocument(md)', () => {
  it('drops markup and keeps link text', async () => {
    const { text } = await readDocument('r.md', '# 报告\n\n- **举办**培训班[8期](http://x.cn)');
    expect(text).toBe('报告\n\n举办培训班8期');
  });
});

describe('readDocument(docx)', () => {
  it('reads paragraphs through mammoth', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:p><w:r><w:t>命名示范单位30家</w:t></w:r></w:p></w:body></w:document>',
    );
    const data = await zip.generateAsync({ type: 'arraybuffer' });
    const { kind, text } = await readDocument('r.docx', data);
    expect(kind).toBe('docx');
    expect(text.trim()).toBe('命名示范单位30家');
  });
});
