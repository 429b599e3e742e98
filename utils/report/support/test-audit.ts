import type { FindingRecord } from '../../model/finding-record';
import type { Interruption } from '../../model/interruption';
import type { Stage } from '../../model/stage';
import type { OffWebChannel, Touchpoint } from '../../model/touchpoint';
import { census, interaction, touchpoint } from '../../rules/support/test-touchpoint';
import { guestPurchase } from '../../scoring/templates/guest-purchase';
import type { ReportAudit } from '../report-audit';

/** A fixed moment, so that times in tests read as durations. */
export const T0 = 1_700_000_000_000;

/** A closed web page of `ms` milliseconds; `stage` undefined for a page without one. */
export function page(id: string, stage: Stage | undefined, ms: number, more: Partial<Touchpoint> = {}): Touchpoint {
  return touchpoint({ id, ...(stage ? { stage } : {}), enteredAt: T0, leftAt: T0 + ms, ...more });
}

/** A closed contact off the web: waited `waitMs` for a person, who then took `serveMs`. */
export function contact(
  id: string,
  channel: OffWebChannel,
  waitMs: number,
  serveMs: number,
  more: Partial<Touchpoint> = {},
): Touchpoint {
  return touchpoint({
    id,
    channel,
    url: '',
    origin: '',
    arrival: 'entered',
    stage: 'service',
    enteredAt: T0,
    answeredAt: T0 + waitMs,
    leftAt: T0 + waitMs + serveMs,
    ...more,
  });
}

/** Measurements for `page`'s `more`. */
export const clicks = (n: number) => ({ interaction: interaction({ clicks: n }) });
export const fields = (n: number) => ({ forms: census([], { fields: n }) });

export function overlay(kind: Interruption['kind'], more: Partial<Interruption> = {}): Interruption {
  return {
    kind,
    selector: `#${kind}`,
    label: kind,
    coverage: 0.5,
    appearedAt: T0,
    askedFor: false,
    coversContent: true,
    carriedOver: false,
    ...more,
  };
}

/** An audit on the guest-purchase card whose journey is `touchpoints` in the order given (their `seq`). */
export function reportAudit(id: string, touchpoints: Touchpoint[], findings: FindingRecord[] = []): ReportAudit {
  return {
    audit: { id, shopName: `Shop ${id}`, scenario: 'Guest checkout', auditorName: 'Ada', startedAt: T0 },
    touchpoints: touchpoints.map((tp, seq) => ({ ...tp, auditId: id, seq })),
    findings: findings.map((f) => ({ ...f, auditId: id })),
    template: guestPurchase,
  };
}
