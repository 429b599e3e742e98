import type { CaptchaKind } from '../model/form-census';

// Widgets by the markup their providers document: reCAPTCHA (.g-recaptcha, iframes from google.com or
// recaptcha.net), hCaptcha (.h-captcha, hcaptcha.com), Cloudflare Turnstile (.cf-turnstile,
// challenges.cloudflare.com), Friendly Captcha (.frc-captcha, friendlycaptcha.com). The iframes are recognised
// by their address, so a cross-origin CAPTCHA frame still counts.
const BY_FRAME_SRC: [RegExp, CaptchaKind][] = [
  [/\/\/([\w-]+\.)?(google\.com|recaptcha\.net)\/recaptcha\//, 'recaptcha'],
  [/\/\/([\w-]+\.)?hcaptcha\.com\//, 'hcaptcha'],
  [/\/\/challenges\.cloudflare\.com\//, 'turnstile'],
  [/\/\/([\w-]+\.)?friendlycaptcha\.(com|eu)\//, 'friendly-captcha'],
];
const BY_CLASS: [RegExp, CaptchaKind][] = [
  [/(^|\s)g-recaptcha(\s|$)/, 'recaptcha'],
  [/(^|\s)h-captcha(\s|$)/, 'hcaptcha'],
  [/(^|\s)cf-turnstile(\s|$)/, 'turnstile'],
  [/(^|\s)frc-captcha(\s|$)/, 'friendly-captcha'],
];
const ANY_CAPTCHA_CLASS = /captcha|turnstile/;

/**
 * Every element `captchaKindOf` can recognise matches this selector (a test holds the two together), so a census
 * asks the browser for these few instead of testing each of a page's thousands of elements in script.
 */
export const CAPTCHA_CANDIDATES =
  'iframe, [class*="captcha"], [class*="turnstile"], [data-sitekey], ' +
  ':is(img, input):is([class*="captcha" i], [id*="captcha" i], [name*="captcha" i])';

/**
 * The CAPTCHA an element is, if any: a provider's iframe or container, else `other` for a `data-sitekey` holder
 * or an image or input whose class, id or name says captcha (a shop's own puzzle). Cheap enough to ask of every
 * element in the census pass.
 */
export function captchaKindOf(el: Element): CaptchaKind | undefined {
  if (el.localName === 'iframe') {
    const src = el.getAttribute('src') ?? '';
    return BY_FRAME_SRC.find(([pattern]) => pattern.test(src))?.[1];
  }
  const cls = el.getAttribute('class') ?? '';
  // One test first: nearly every element of a page has none of the providers' class names.
  const byClass = ANY_CAPTCHA_CLASS.test(cls) ? BY_CLASS.find(([pattern]) => pattern.test(cls))?.[1] : undefined;
  if (byClass) return byClass;
  if (el.hasAttribute('data-sitekey')) return 'other';
  if (el.localName !== 'img' && el.localName !== 'input') return undefined;
  const words = `${cls} ${el.id} ${el.getAttribute('name') ?? ''}`.toLowerCase();
  return words.includes('captcha') ? 'other' : undefined;
}
