import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutralise-formula';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+49 30 1234', '-2+3', '@SUM(1)', '\t=1', '\r=1', '\0=1'])('prefixes %j with a quote', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('prefixes a formula followed by a line break, which papaparse escapeFormulae misses', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil")\nmore')).toBe(`'=HYPERLINK("http://evil")\nmore`);
  });

  it.each(['Warenkorb', '', ' =1', "'=1", 'a=b', '4.2', 'Größe M'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
