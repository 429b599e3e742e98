import { isSameDocument, type Touchpoint } from '../model/touchpoint';
import { guessStage } from '../measure/guess-stage';
import { newId } from '../model/id';
import { clipText, clipUrl } from './clip';
import { storedUrl } from './stored-url';
import type { Arrived } from './page-state';

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** A touchpoint entered at `at`, the `seq`-th of its audit. */
export function newTouchpoint(auditId: string, seq: number, page: Arrived, at: number): Touchpoint {
  return {
    id: newId(),
    auditId,
    seq,
    channel: 'web',
    url: storedUrl(page.url, page.arrival),
    origin: originOf(page.url),
    title: clipText(page.title),
    arrival: page.arrival,
    backForward: page.backForward,
    enteredAt: at,
    visibleMs: 0,
    ...(page.visible ? { visibleSince: at } : {}),
    note: '',
    // From the address alone; the recorder refines it from the page's content, the auditor may correct it.
    stage: guessStage({ url: page.url, title: page.title, isStart: seq === 0 }),
    stageSource: 'guess',
  };
}

/**
 * Whether an arrival is a new step of the journey. Single-page apps often call replaceState with the URL they
 * are already on (to store scroll state, say); that is not a step. A load of the same URL is (a reload, a submit).
 */
export function isNewStep(open: Pick<Touchpoint, 'url'> | undefined, page: Arrived): boolean {
  if (!open) return true;
  return !(isSameDocument(page.arrival) && open.url === clipUrl(page.url));
}
