// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAPTCHA_CANDIDATES, captchaKindOf } from './captcha';

function kindOf(html: string) {
  // A <template> parses without loading frames (happy-dom refuses to and logs each refusal).
  const template = document.createElement('template');
  template.innerHTML = html;
  return captchaKindOf(template.content.firstElementChild!);
}

describe('captchaKindOf', () => {
  it('knows the providers by container and by iframe address', () => {
    expect(kindOf('<div class="g-recaptcha" data-sitekey="k"></div>')).toBe('recaptcha');
    expect(kindOf('<iframe src="https://www.google.com/recaptcha/api2/anchor?k=1"></iframe>')).toBe('recaptcha');
    expect(kindOf('<div class="h-captcha" data-sitekey="k"></div>')).toBe('hcaptcha');
    expect(kindOf('<iframe src="https://newassets.hcaptcha.com/captcha/v1/x"></iframe>')).toBe('hcaptcha');
    expect(kindOf('<div class="cf-turnstile"></div>')).toBe('turnstile');
    expect(kindOf('<iframe src="https://challenges.cloudflare.com/cdn-cgi/x"></iframe>')).toBe('turnstile');
    expect(kindOf('<div class="frc-captcha" data-sitekey="k"></div>')).toBe('friendly-captcha');
  });
  it('calls unknown site keys and a shop’s own captcha image or input other', () => {
    expect(kindOf('<div data-sitekey="k"></div>')).toBe('other');
    expect(kindOf('<img id="captcha-image" src="/c.png">')).toBe('other');
    expect(kindOf('<input name="captcha_answer">')).toBe('other');
  });
  it('leaves other frames and elements alone', () => {
    expect(kindOf('<iframe src="https://js.stripe.com/v3/elements"></iframe>')).toBeUndefined();
    expect(kindOf('<div class="recaptcha-notice">Protected by</div>')).toBeUndefined();
  });
});

describe('CAPTCHA_CANDIDATES', () => {
  it('matches every element captchaKindOf recognises, so a census that only looks at candidates misses none', () => {
    const element = fc.record({
      tag: fc.constantFrom('div', 'span', 'img', 'input', 'iframe', 'x-widget'),
      attributes: fc.dictionary(
        fc.constantFrom('class', 'id', 'name', 'src', 'data-sitekey'),
        fc.constantFrom(
          '',
          'g-recaptcha',
          'h-captcha x',
          'cf-turnstile',
          'frc-captcha',
          'CAPTCHA-img',
          'Captcha',
          'https://www.google.com/recaptcha/api2/anchor',
          'https://challenges.cloudflare.com/x',
          'cart',
        ),
      ),
    });
    fc.assert(
      fc.property(element, ({ tag, attributes }) => {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        if (captchaKindOf(el)) expect(el.matches(CAPTCHA_CANDIDATES)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
