import { describe, expect, it } from 'vitest';
import { parseCsv } from './test-audits';
import { writeCsv } from './write-csv';

describe('writeCsv', () => {
  const text = writeCsv(
    ['Name', 'Dauer (s)'],
    [
      ['Größe "M", leider\nnicht lieferbar', 4.2],
      ['=HYPERLINK("http://evil")', -3],
      [undefined, 0],
      ['-3', true],
    ],
  );

  it('starts with a UTF-8 byte order mark', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('ends every record with CRLF and keeps a line break inside a cell', () => {
    const records = text.slice(1).split('\r\n');
    expect(records).toHaveLength(6);
    expect(records[5]).toBe('');
    expect(records[1]).toBe('"Größe ""M"", leider\nnicht lieferbar",4.2');
  });

  it('reads back the same cells, formulas neutralised, our numbers bare', () => {
    expect(parseCsv(text)).toEqual([
      ['Name', 'Dauer (s)'],
      ['Größe "M", leider\nnicht lieferbar', '4.2'],
      [`'=HYPERLINK("http://evil")`, '-3'],
      ['', '0'],
      ["'-3", 'true'],
    ]);
  });

  it('quotes text cells and leaves numbers unquoted, so a spreadsheet computes with them', () => {
    expect(text.slice(1).split('\r\n')[2]).toBe(`"'=HYPERLINK(""http://evil"")",-3`);
  });

  it('ends a table without rows with CRLF too', () => {
    expect(writeCsv(['Name'], [])).toBe('\uFEFF"Name"\r\n');
  });

  it('encodes to bytes that begin EF BB BF, the mark spreadsheet programs look for', () => {
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
