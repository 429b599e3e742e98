// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { formCensusSchema, type FormCensus } from '../model/form-census';
import { takeFormCensus, type CensusOptions } from './form-census';
import { fakeLayout } from './test-layout';

function census(options: Partial<CensusOptions> = {}): FormCensus {
  const result = takeFormCensus(document, { layoutOf: (doc) => fakeLayout(doc), ...options });
  return formCensusSchema.parse(result);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('takeFormCensus: what is a field', () => {
  it('counts a checkout with exactly known fields by kind, type and requiredness', () => {
    document.body.innerHTML = `
      <form id="checkout" aria-label="Checkout">
        <label for="email">E-mail</label><input id="email" type="email" autocomplete="email" required>
        <label>First name <input name="firstName" autocomplete="given-name" required></label>
        <label>Postcode <input name="zip" inputmode="numeric" autocomplete="shipping postal-code"></label>
        <label>Country <select name="country" autocomplete="country"><option>DE</option></select></label>
        <label>Password <input type="password" name="pw" autocomplete="new-password" required></label>
        <fieldset><legend>Delivery</legend>
          <label><input type="radio" name="ship" value="std" required> Standard</label>
          <label><input type="radio" name="ship" value="exp"> Express</label>
          <label><input type="radio" name="ship" value="pick"> Pick-up</label>
        </fieldset>
        <label><input type="checkbox" name="news"> Newsletter</label>
        <label><input type="checkbox" name="terms" required> I accept the terms</label>
        <label>Note <textarea name="comment"></textarea></label>
        <label>Receipt <input type="file" name="upload"></label>
        <input type="hidden" name="csrf"><input type="submit"><input type="reset"><input type="image" alt="Go">
        <input type="button" value="x"><button>Pay</button>
      </form>`;
    const result = census();
    expect(result.groupCount).toBe(1);
    const [form] = result.groups;
    expect(form).toMatchObject({ selector: '#checkout', isForm: true, name: 'Checkout', id: 'checkout' });
    expect(form!.counts).toMatchObject({
      fields: 10,
      byKind: { text: 4, select: 1, checkbox: 2, radio: 1, textarea: 1, file: 1, other: 0 },
      types: { email: 1, text: 2, password: 1, 'select-one': 1, radio: 1, checkbox: 2, textarea: 1, file: 1 },
      required: 5,
      optional: 5,
      password: 1,
      unlabeled: 0,
      autocompleteMissing: 0,
      skipped: { notRendered: 0, honeypot: 0 },
    });
    expect(form!.fields.find((f) => f.kind === 'radio')).toMatchObject({
      name: 'Delivery',
      nameSource: 'legend',
      options: 3,
      required: true,
    });
    expect(result.totals).toEqual(form!.counts);
  });

  it('does not count controls that are not rendered, and says how many it skipped', () => {
    document.body.innerHTML = `
      <form>
        <input name="a" style="display:none">
        <div style="display:none"><div><input name="b"></div></div>
        <div style="visibility:hidden"><input name="c"></div>
        <div hidden><input name="d"></div>
        <input name="e" hidden>
        <div inert><input name="f"></div>
        <div aria-hidden="true"><select name="g"></select></div>
        <details><summary>More</summary><input name="h"></details>
        <input name="i" disabled style="display:none">
        <div style="overflow:hidden" data-box="0 0 300 0"><input name="j"></div>
        <label>Visible <input name="k"></label>
      </form>`;
    const { totals } = census();
    expect(totals.fields).toBe(1);
    expect(totals.skipped).toEqual({ notRendered: 10, honeypot: 0 });
  });

  it('skips honeypots but counts a visually hidden custom checkbox whose label is visible', () => {
    document.body.innerHTML = `
      <form>
        <div style="position:absolute; left:-9999px"><input name="website" data-box="-9999 0 200 30"></div>
        <input name="hp" style="opacity:0" tabindex="-1">
        <input name="nickname_confirm" data-box="0 0 1 1" autocomplete="off">
        <input name="leave-blank" data-box="0 0 0 0">
        <label class="custom-check"><input type="checkbox" name="terms" data-box="0 0 1 1" required>
          <span>I accept</span></label>
        <input type="radio" id="r1" name="pay" style="opacity:0"><label for="r1">Invoice</label>
        <input type="radio" id="r2" name="pay" style="opacity:0"><label for="r2">Card</label>
        <label>Name <input name="name"></label>
      </form>`;
    const { totals, groups } = census();
    expect(totals.skipped).toEqual({ notRendered: 0, honeypot: 4 });
    expect(totals.byKind).toMatchObject({ checkbox: 1, radio: 1, text: 1 });
    expect(totals.fields).toBe(3);
    expect(groups[0]!.fields.map((f) => f.name)).toEqual(['I accept', 'Invoice', 'Name']);
  });

  it('counts a radio group once per name and form, and a radio without a name on its own', () => {
    document.body.innerHTML = `
      <form id="a"><input type="radio" name="size" aria-label="S"><input type="radio" name="size" aria-label="M">
        <input type="radio" name="colour" aria-label="Red"><input type="radio" aria-label="Alone">
        <input type="radio" aria-label="Also alone"></form>
      <form id="b"><input type="radio" name="size" aria-label="S"><input type="radio" name="size" aria-label="M"></form>
      <input type="radio" name="size" form="a" aria-label="L">
      <div role="radiogroup" aria-label="Gift wrap"><div role="radio">Yes</div><div role="radio">No</div></div>`;
    const result = census();
    const counts = Object.fromEntries(result.groups.map((g) => [g.selector, g.counts.byKind.radio]));
    expect(counts).toEqual({ '#a': 4, '#b': 1, body: 1 });
    expect(result.groups[0]!.fields[0]).toMatchObject({ options: 3 });
    expect(result.groups[2]!.fields[0]).toMatchObject({ type: 'aria-radio', name: 'Gift wrap', options: 2 });
  });

  it('counts custom comboboxes, text boxes and switches, and leaves buttons out', () => {
    document.body.innerHTML = `
      <form>
        <select name="country" style="display:none"></select>
        <button type="button" role="combobox" aria-label="Country" aria-controls="countries">Germany</button>
        <ul role="listbox" id="countries"><li role="option">Germany</li></ul>
        <div role="switch" aria-checked="false" aria-label="Gift"></div>
        <div role="textbox" contenteditable aria-label="Message"></div>
        <button type="submit">Buy</button>
      </form>`;
    const { totals } = census();
    expect(totals.byKind).toMatchObject({ select: 1, checkbox: 1, text: 1 });
    expect(totals.fields).toBe(3);
    expect(totals.skipped.notRendered).toBe(1);
  });

  it('groups fields outside any form into one form-less group per document', () => {
    document.body.innerHTML = `
      <div><label>E-mail <input type="email" name="email"></label></div>
      <section><label>Zip <input name="zip"></label></section>
      <form id="search"><input type="search" aria-label="Search"></form>`;
    const result = census();
    expect(result.groups.map((g) => [g.selector, g.isForm, g.counts.fields])).toEqual([
      ['body', false, 2],
      ['#search', true, 1],
    ]);
  });

  it('counts fields revealed after a click when the census is taken again', () => {
    document.body.innerHTML = `
      <form><label>E-mail <input type="email" name="email"></label>
        <div id="company" hidden><label>Company <input name="company"></label>
        <label>VAT id <input name="vat"></label></div></form>`;
    expect(census().totals.fields).toBe(1);
    document.getElementById('company')!.removeAttribute('hidden');
    const after = census().totals;
    expect(after.fields).toBe(3);
    expect(after.skipped.notRendered).toBe(0);
  });
});

describe('takeFormCensus: shadow roots and frames', () => {
  it('counts fields in open shadow roots, with the form around the host', () => {
    document.body.innerHTML = '<form id="f"><address-fields></address-fields></form><chat-box></chat-box>';
    const inForm = document.querySelector('address-fields')!.attachShadow({ mode: 'open' });
    inForm.innerHTML = '<label>Street <input name="street"></label><label>City <input name="city"></label>';
    const alone = document.querySelector('chat-box')!.attachShadow({ mode: 'open' });
    alone.innerHTML = '<label>Message <textarea></textarea></label><input type="hidden" name="x">';
    const result = census();
    expect(result.shadowRoots).toBe(2);
    expect(result.groups.map((g) => [g.selector, g.shadowHost, g.counts.fields])).toEqual([
      ['#f', undefined, 2],
      ['chat-box', 'chat-box', 1],
    ]);
    expect(result.groups[0]!.fields.every((f) => f.inShadow)).toBe(true);
  });

  it('opens closed shadow roots only through the given shadowRootOf, and hides those of hidden hosts', () => {
    document.body.innerHTML = '<pay-form></pay-form><div id="gone" style="display:none"></div>';
    const closed = document.querySelector('pay-form')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<form id="inner"><label>Card <input name="cardnumber"></label></form>';
    document.getElementById('gone')!.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="x">';
    expect(census().totals.fields).toBe(0);
    const roots = new Map<Element, ShadowRoot>([[document.querySelector('pay-form')!, closed]]);
    const result = census({ shadowRootOf: (host) => roots.get(host) ?? host.shadowRoot });
    expect(result.totals.fields).toBe(1);
    expect(result.totals.skipped.notRendered).toBe(1);
    expect(result.groups[0]).toMatchObject({ selector: '#inner', shadowHost: 'pay-form' });
    expect(result.groups[0]!.fields[0]).toMatchObject({
      purpose: 'cc-number',
      flags: ['autocomplete-missing', 'keyboard-mismatch'],
    });
  });

  it('walks same-origin frames with their own layout, and lists cross-origin frames', () => {
    document.body.innerHTML = `
      <iframe id="pay" srcdoc="<form id='card'><label>Card number <input name='cc' autocomplete='cc-number' inputmode='numeric' data-box='-9999 0 100 20'></label></form>"></iframe>
      <iframe id="stripe" srcdoc="<p>stand-in</p>" src="https://js.stripe.com/v3/elements"></iframe>
      <iframe id="hidden" style="display:none" srcdoc="<input aria-label='x'>"></iframe>`;
    Object.defineProperty(document.getElementById('stripe')!, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const frameDoc = (document.getElementById('pay') as HTMLIFrameElement).contentDocument!;
    const layouts: Document[] = [];
    const result = census({
      layoutOf: (doc) => {
        layouts.push(doc);
        // The frame's own coordinates: its field sits at -9999 on the top page's scale but inside its frame.
        return doc === frameDoc ? fakeLayout(doc, { width: 400, height: 100, scrollWidth: 10_400 }) : fakeLayout(doc);
      },
    });
    expect(layouts).toContain(frameDoc);
    expect(result.sameOriginFrames).toBe(1);
    expect(result.crossOriginFrameCount).toBe(1);
    expect(result.crossOriginFrames).toEqual([{ selector: '#stripe', origin: 'https://js.stripe.com' }]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({ selector: '#card', frame: '#pay' });
  });
});

describe('takeFormCensus: friction flags', () => {
  it('tells missing from invalid from valid autocomplete tokens', () => {
    document.body.innerHTML = `
      <form>
        <label>Postcode <input name="zip" autocomplete="shipping postal-code" inputmode="numeric"></label>
        <label>E-mail <input type="email" name="email" autocomplete="section-a billing email"></label>
        <label>First name <input name="first_name"></label>
        <label>Last name <input name="last_name" autocomplete="off"></label>
        <label>Phone <input type="tel" name="phone" autocomplete="on"></label>
        <label>City <input name="city" autocomplete="town"></label>
        <label>Coupon <input name="coupon"></label>
        <label>Gift <input name="gift" autocomplete="nonsense"></label>
      </form>`;
    const { groups, totals } = census();
    const flags = Object.fromEntries(groups[0]!.fields.map((f) => [f.name, f.flags]));
    expect(flags).toEqual({
      Postcode: [],
      'E-mail': [],
      'First name': ['autocomplete-missing'],
      'Last name': ['autocomplete-missing'],
      Phone: ['autocomplete-missing'],
      City: ['autocomplete-invalid', 'autocomplete-missing'],
      Coupon: [],
      Gift: ['autocomplete-invalid'],
    });
    expect(totals).toMatchObject({ autocompleteMissing: 4, autocompleteInvalid: 2 });
    expect(groups[0]!.fields[5]).toMatchObject({ autocomplete: 'town', purpose: 'address-level2' });
  });

  it('tells unlabeled fields from labelled and placeholder-only ones', () => {
    document.body.innerHTML = `
      <form>
        <span id="l1">Street</span><input aria-labelledby="l1" name="a1" autocomplete="address-line1">
        <input name="x1">
        <input name="x2" placeholder="Your voucher">
        <input name="x3" title="Voucher">
        <input name="x4" aria-labelledby="nowhere">
      </form>`;
    const { groups, totals } = census();
    expect(groups[0]!.fields.map((f) => [f.nameSource, f.flags])).toEqual([
      ['aria-labelledby', []],
      ['none', ['unlabeled']],
      ['placeholder', ['placeholder-only']],
      ['title', []],
      ['none', ['unlabeled']],
    ]);
    expect(totals).toMatchObject({ unlabeled: 2, placeholderOnly: 1 });
  });

  it('flags paste blocked inline or as observed, and only on fields one types into', () => {
    document.body.innerHTML = `
      <form>
        <label>E-mail <input type="email" name="email" autocomplete="email"></label>
        <label>Repeat e-mail <input type="email" name="email2" autocomplete="email" onpaste="return false"></label>
        <label>IBAN <input name="iban" id="iban"></label>
        <label onpaste="return false"><input type="checkbox"> Terms</label>
      </form>`;
    const iban = document.getElementById('iban')!;
    const { groups, totals } = census({ isPasteBlocked: (field) => field === iban });
    expect(groups[0]!.fields.map((f) => f.flags.includes('paste-blocked'))).toEqual([false, true, true, false]);
    expect(totals.pasteBlocked).toBe(2);
  });

  it('finds CAPTCHAs in a form, a cross-origin CAPTCHA frame, and ignores hidden ones', () => {
    document.body.innerHTML = `
      <form id="login"><label>E-mail <input type="email" autocomplete="username"></label>
        <div class="g-recaptcha" data-sitekey="k"></div></form>
      <iframe srcdoc="<p>x</p>" src="https://challenges.cloudflare.com/cdn-cgi/challenge"></iframe>
      <div style="display:none"><div class="h-captcha" data-sitekey="k"></div></div>`;
    const frame = document.querySelector('iframe')!;
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    const result = census();
    expect(result.captcha.sort()).toEqual(['recaptcha', 'turnstile']);
    expect(result.groups.map((g) => [g.selector, g.captcha])).toEqual([
      ['#login', ['recaptcha']],
      ['body', ['turnstile']],
    ]);
    expect(result.crossOriginFrameCount).toBe(0);
  });

  it('flags the wrong phone keyboard for e-mail, phone and number fields', () => {
    document.body.innerHTML = `
      <form>
        <label>E-mail <input type="text" name="email" autocomplete="email"></label>
        <label>E-mail again <input type="text" inputmode="email" name="email2" autocomplete="email"></label>
        <label>Phone <input type="text" name="phone" autocomplete="tel"></label>
        <label>Postcode <input name="zip" autocomplete="postal-code"></label>
        <label>Quantity <input type="number" name="qty"></label>
      </form>`;
    const { groups, totals } = census();
    expect(groups[0]!.fields.map((f) => f.flags.includes('keyboard-mismatch'))).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(totals.keyboardMismatch).toBe(3);
  });

  it('counts a visible disabled field, never as required', () => {
    document.body.innerHTML = `<form><fieldset disabled><label>Country <input name="country" required
      autocomplete="country"></label></fieldset></form>`;
    const { totals, groups } = census();
    expect(totals).toMatchObject({ fields: 1, required: 0, disabled: 1 });
    expect(groups[0]!.fields[0]!.flags).toEqual(['disabled']);
  });
});

describe('takeFormCensus: privacy and size', () => {
  it('stores no typed value, checked state or option chosen', () => {
    document.body.innerHTML = `
      <form><label>E-mail <input id="e" type="email"></label>
        <label>Note <textarea id="t"></textarea></label>
        <div role="textbox" contenteditable aria-label="Card message" id="c"></div>
        <span id="self">Code</span><input id="s" aria-labelledby="self s"></form>`;
    (document.getElementById('e') as HTMLInputElement).value = 'MARKER-1@example.com';
    (document.getElementById('t') as HTMLTextAreaElement).value = 'MARKER-2';
    document.getElementById('c')!.textContent = 'MARKER-3';
    (document.getElementById('s') as HTMLInputElement).value = 'MARKER-4';
    expect(JSON.stringify(census())).not.toMatch(/MARKER/);
  });

  it('counts a page with 5,000 fields and caps its evidence', () => {
    const rows: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      rows.push(`<div class="row"><label for="f${i}">Field ${i}</label><input id="f${i}" name="f${i}"></div>`);
    }
    document.body.innerHTML = `<form id="big">${rows.join('')}<input type="hidden" name="t"></form>`;
    const result = census();
    expect(result.totals.fields).toBe(5_000);
    expect(result.totals.byKind.text).toBe(5_000);
    expect(result.groups[0]!.fields).toHaveLength(100);
    expect(result.truncated).toBe(true);
  }, 60_000);

  it('lists at most 100 groups but counts them all', () => {
    document.body.innerHTML = Array.from({ length: 120 }, (_, i) => `<form><input aria-label="Qty ${i}"></form>`).join(
      '',
    );
    const result = census();
    expect(result.groups).toHaveLength(100);
    expect(result.groupCount).toBe(120);
    expect(result.totals.fields).toBe(120);
    expect(result.groups.reduce((n, g) => n + g.fields.length, 0)).toBe(100);
    expect(result.truncated).toBe(true);
  });
});
