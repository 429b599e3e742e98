import { onCLS, onFCP, onINP, onLCP, onTTFB } from 'web-vitals/attribution';
import type { PageTiming } from '../model/page-timing';

export type SendTiming = (documentUrl: string, timing: PageTiming) => void;

const whole = (ms: number) => Math.max(0, Math.round(ms));

/**
 * Runs in the audited page: reports navigation timing and Core Web Vitals (with the element or interaction behind
 * them) as the page's Performance APIs give them. Everything is read from buffered performance entries, so it
 * works though the recorder arrives after the page began loading, and nothing here touches the page's layout.
 * LCP, CLS and INP change while the customer is on the page; each change is reported, the last one counts.
 */
export function reportPageTiming(send: SendTiming): void {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // The address the document loaded with; a single-page app may have routed away from it since.
  const documentUrl = nav?.name || location.href;
  const report = (timing: PageTiming) => send(documentUrl, timing);

  onTTFB((m) => report({ ttfbMs: whole(m.value) }));
  onFCP((m) => report({ fcpMs: whole(m.value) }));
  onLCP((m) => report({ lcpMs: whole(m.value), lcpElement: m.attribution.target }), { reportAllChanges: true });
  onCLS((m) => report({ cls: Math.round(m.value * 10_000) / 10_000, clsElement: m.attribution.largestShiftTarget }), {
    reportAllChanges: true,
  });
  onINP((m) => report({ inpMs: whole(m.value), inpTarget: m.attribution.interactionTarget }), {
    reportAllChanges: true,
  });

  // loadEventEnd is set only after every load handler has run, hence the task after the load event.
  const reportLoad = () =>
    setTimeout(() => {
      if (nav && nav.loadEventEnd > 0) {
        report({ domContentLoadedMs: whole(nav.domContentLoadedEventEnd), loadMs: whole(nav.loadEventEnd) });
      }
    });
  if (document.readyState === 'complete') reportLoad();
  else addEventListener('load', reportLoad, { once: true, passive: true });
}
