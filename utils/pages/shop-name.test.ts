import { describe, expect, it } from 'vitest';
import { guessShopName } from './shop-name';

describe('guessShopName', () => {
  it('takes the brand when the title puts it first', () => {
    expect(guessShopName('Regenwald | Rain jackets for every weather', 'https://www.regenwald.de/')).toBe('Regenwald');
  });

  it('takes the brand when the title puts it last', () => {
    expect(guessShopName('Rain jackets for every weather | Regenwald', 'https://regenwald.de/jackets')).toBe(
      'Regenwald',
    );
  });

  it.each([' - ', ' – ', ' — ', ' · ', ' : ', ' | '])('splits the title at %j', (separator) => {
    expect(guessShopName(`Rain jackets${separator}Regenwald`, 'https://regenwald.de/')).toBe('Regenwald');
  });

  it('matches a brand written with spaces or capitals to a host written without them', () => {
    expect(guessShopName('Jackets and coats | Regen Wald', 'https://www.REGEN-WALD.example/')).toBe('Regen Wald');
  });

  it('matches the brand with its top-level domain in the title', () => {
    expect(guessShopName('Schuhe online kaufen | schuhe.de', 'https://www.schuhe.de/')).toBe('schuhe.de');
  });

  it('takes the shortest part when no part matches the host', () => {
    expect(
      guessShopName('Buy rain jackets online – Regenwald – Free shipping on all orders', 'https://shop.example/'),
    ).toBe('Regenwald');
  });

  it('takes the first of equally short parts', () => {
    expect(guessShopName('Alpha | Omega', 'https://shop.example/')).toBe('Alpha');
  });

  it('does not match parts of two letters or fewer to the host', () => {
    expect(guessShopName('DE | Regenwald Outdoor', 'https://de.example/')).toBe('DE');
    expect(guessShopName('Rain jackets | DE | Outdoor', 'https://de.example/')).toBe('DE');
    expect(guessShopName('Outdoor jackets | DE | Regenwald', 'https://regenwald.de/')).toBe('Regenwald');
  });

  it('does not split a hyphenated brand', () => {
    expect(guessShopName('Rain-Wear', 'https://www.rain-wear.example/')).toBe('rain-wear.example');
    expect(guessShopName('Coats | Rain-Wear', 'https://www.rainwear.example/')).toBe('Rain-Wear');
  });

  it('takes the host without www. when the title has one part', () => {
    expect(guessShopName('Welcome to our shop', 'https://www.regenwald.de/')).toBe('regenwald.de');
  });

  it('takes the host without www. when there is no title', () => {
    expect(guessShopName('', 'https://www.regenwald.de/')).toBe('regenwald.de');
    expect(guessShopName('   ', 'https://regenwald.de/')).toBe('regenwald.de');
  });

  it('takes the trimmed title when the URL cannot be parsed', () => {
    expect(guessShopName('  Regenwald  ', 'not a url')).toBe('Regenwald');
  });

  // Titles built from a template with an empty field ("{product} | {category} | {brand}") have two separators in a row.
  it('ignores an empty part between two separators', () => {
    expect(guessShopName('Rain jacket | | Regenwald', 'https://www.regenwald.example/')).toBe('Regenwald');
    expect(guessShopName('Rain jacket |  | Regenwald', 'https://shop.example/')).toBe('Regenwald');
  });

  it('keeps a shop name within 200 characters', () => {
    const long = 'x'.repeat(300);
    expect(guessShopName(long, 'not a url')).toHaveLength(200);
    expect(guessShopName(`${long} | ${'y'.repeat(250)}`, 'https://shop.example/')).toHaveLength(200);
  });
});
