import type { Help, HelpChannel, HelpEvidence } from '../model/help';
import { MAX_HELP_EVIDENCE_PER_CHANNEL } from '../model/limits';
import { elementLabel, elementSelector } from './describe-element';
import type { Layout } from './layout';
import { CHAT_WIDGET_SELECTOR, createVisibility, type Visibility } from './overlays';

const MAX_CONTROLS = 3_000;
const MAX_TEXT_NODES = 20_000;
const HUMAN_CHANNELS = ['phone', 'email', 'chat', 'contactPage'] as const;

// Link words in English, German, French, Dutch and Spanish. "Service" and "Hilfe" lead to a shop's service page,
// which is where its contact options are; FAQ and help-centre links are self-service and tested first.
const SELF_SERVICE_TEXT =
  /\b(faqs?|häufige fragen|häufig gestellte fragen|fragen (und|&) antworten|help ?cent(er|re)|hilfe-?cent(er|re)|questions fréquentes|veelgestelde vragen|preguntas frecuentes)\b/i;
const CONTACT_TEXT =
  /\b(contact( us)?|kontakt\w*|kundenservice|kundendienst|customer (service|care|support)|support|hilfe|help|service|hotline|contactez[- ]nous|nous contacter|aide|klantenservice|contacto|ayuda|atención al cliente)\b/i;
// Legal pages mention service and contact too ("Terms of Service", "Impressum" with an address).
const NOT_CONTACT_TEXT = /terms|agb|bedingungen|conditions|datenschutz|privacy|impressum|imprint|cookie/i;
const SELF_SERVICE_SEGMENT =
  /^(faqs?|haeufige-fragen|häufige-fragen|fragen|questions|veelgestelde-vragen|preguntas-frecuentes)$/i;
const CONTACT_SEGMENT =
  /contact|kontakt|klantenservice|kundenservice|kundendienst|customer-?(service|care|support)|^(service|support|help|hilfe|aide|ayuda|hulp)(-?cent(er|re)|-?bereich)?$/i;
const CHAT_LABEL = /\b(live-?)?chat\b|chatte|chatten|discuter|chatea/i;
const PHONE_WORDS =
  /hotline|telefon|\btel\b|phone|call us|rufen sie|kundenservice|kundendienst|servicenummer|téléphone|appelez|bel ons|telefoon|teléfono|llámanos/i;
const PHONE_NUMBER = /(?:\+|\b)\(?\d[\d\s/().-]{5,18}\d/;
const EMAIL_TEXT = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const NOT_PAGE_TEXT = 'script, style, noscript, template, a[href^="tel:" i], a[href^="mailto:" i]';

interface Seen {
  visible: boolean;
  inFirstViewport: boolean;
}

interface Collector {
  add(channel: HelpChannel, element: Element): void;
  satisfied(channel: HelpChannel): boolean;
  result(): Help;
}

function collector(doc: Document, layout: Layout, visibility: Visibility, scrollY: number): Collector {
  const seen = Object.fromEntries(
    [...HUMAN_CHANNELS, 'selfService'].map((c) => [c, { visible: false, inFirstViewport: false }]),
  ) as Record<HelpChannel, Seen>;
  const evidence: HelpEvidence[] = [];
  const view = layout.viewport();
  const inFirstViewport = (element: Element) => {
    const box = layout.rect(element);
    const top = box.y + (visibility.fixed(element) ? 0 : scrollY);
    return top < view.height && top + box.height > 0 && box.x < view.width && box.x + box.width > 0;
  };
  return {
    add(channel, element) {
      if (seen[channel].inFirstViewport || !visibility.shown(element)) return;
      const first = inFirstViewport(element);
      seen[channel] = { visible: true, inFirstViewport: first };
      const kept = evidence.filter((e) => e.channel === channel);
      const entry = {
        channel,
        selector: elementSelector(element),
        label: elementLabel(element),
        inFirstViewport: first,
      };
      if (kept.length < MAX_HELP_EVIDENCE_PER_CHANNEL) evidence.push(entry);
      else if (first) evidence[evidence.indexOf(kept[kept.length - 1]!)] = entry; // Prefer what is seen first.
    },
    satisfied: (channel) => seen[channel].inFirstViewport,
    result: () => ({
      humanReachable: HUMAN_CHANNELS.some((c) => seen[c].visible),
      humanInFirstViewport: HUMAN_CHANNELS.some((c) => seen[c].inFirstViewport),
      channels: seen,
      evidence,
    }),
  };
}

function pathSegments(href: string): string[] {
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  return path
    .split('/')
    .map((s) => decodeURIComponentSafely(s).replace(/\.(html?|php|aspx?|jsp)$/i, ''))
    .filter(Boolean);
}

function decodeURIComponentSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // A malformed escape in a shop's link: test the segment as written.
  }
}

/** The channel a link or button offers, by its href and its words; undefined for everything else. */
export function controlChannel(element: Element): HelpChannel | undefined {
  const href = element.localName === 'a' ? (element.getAttribute('href') ?? '').trim() : '';
  if (/^tel:/i.test(href)) return 'phone';
  if (/^mailto:/i.test(href)) return 'email';
  const label = elementLabel(element);
  if (label.length > 60 || NOT_CONTACT_TEXT.test(label)) return undefined;
  if (CHAT_LABEL.test(label)) return 'chat';
  if (!href || /^(javascript:|#)/i.test(href)) return undefined;
  const segments = pathSegments(href);
  if (SELF_SERVICE_TEXT.test(label) || segments.some((s) => SELF_SERVICE_SEGMENT.test(s))) return 'selfService';
  if (CONTACT_TEXT.test(label) || segments.some((s) => CONTACT_SEGMENT.test(s))) return 'contactPage';
  return undefined;
}

/** Phone numbers next to hotline words and plain e-mail addresses in the page's text (not in links, seen above). */
function scanText(doc: Document, found: Collector): void {
  if (!doc.body) return;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; n++, node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length < 3) continue;
    // The words first: nearly all of a page's text has none, and then its ancestors need not be looked at.
    const email = EMAIL_TEXT.test(text);
    const phoneWords = PHONE_WORDS.test(text);
    const parent = node.parentElement;
    if ((!email && !phoneWords) || !parent || parent.closest(NOT_PAGE_TEXT)) continue;
    if (email) found.add('email', parent);
    if (!phoneWords) continue;
    // The number is in the same text or next to it: "Hotline: <strong>0800 123 45 67</strong>".
    const context = [parent, parent.parentElement].find(
      (e) => e && PHONE_NUMBER.test(e.textContent?.slice(0, 300) ?? ''),
    );
    if (context && digits(context.textContent ?? '') >= 7) found.add('phone', context);
    if (found.satisfied('phone') && found.satisfied('email')) return;
  }
}

const digits = (text: string) => (PHONE_NUMBER.exec(text)?.[0] ?? '').replace(/\D/g, '').length;

/**
 * Whether the page shows a way to reach a human, by channel: phone (tel: links, or a number next to "Hotline",
 * "Telefon", "Call us"), e-mail (mailto: links or an address in the text), chat (a vendor's widget or a control
 * labelled chat) and a contact or service page link; FAQ links count as self-service, not as a human. Only what is
 * rendered counts. Bounded: the page's links and buttons (first 3,000) and text nodes (first 20,000) are tested by
 * their words, and only the matches have their style and box read.
 */
export function findHelp(doc: Document, layout: Layout): Help {
  const scrollY = doc.defaultView?.scrollY ?? 0;
  const visibility = createVisibility(layout, scrollY);
  const found = collector(doc, layout, visibility, scrollY);
  const controls = doc.querySelectorAll('a, button, [role="button"]');
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const channel = controlChannel(controls[i]!);
    if (channel) found.add(channel, controls[i]!);
  }
  for (const widget of [...doc.querySelectorAll(CHAT_WIDGET_SELECTOR)].slice(0, 20)) found.add('chat', widget);
  scanText(doc, found);
  return found.result();
}
