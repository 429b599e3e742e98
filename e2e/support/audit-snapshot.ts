import type { Task } from '../../utils/model/task';
import type { Touchpoint } from '../../utils/model/touchpoint';
import type { Stored } from './database';

/**
 * Rules whose findings depend on how fast this machine happens to be at the moment (a page's LCP over 2.5 s on a busy
 * CI machine), not on what was recorded: two walks of the same shop may differ in them without anything being lost.
 */
const MACHINE_SPEED_RULES = new Set(['slow-page']);

/**
 * Drops what legitimately differs between two recordings of the same walk: moments (`at`, `…At`, `…Since`) and
 * durations (`…Ms`); everything else is kept, nested as it is.
 */
function withoutTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimes);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(key === 'at' || /(At|Since|Ms)$/.test(key)))
      .map(([key, v]) => [key, withoutTimes(v)]),
  );
}

/** The place in the journey of the touchpoint during which `at` fell. */
function seqAt(touchpoints: Touchpoint[], at: number | undefined): number | undefined {
  if (at === undefined) return undefined;
  return touchpoints.findLast((tp) => tp.enteredAt <= at)?.seq;
}

/**
 * An audit as two recordings of the same walk must agree on it: its status; each touchpoint's place, URL (on
 * `origin`), title, channel, arrival, stage, form census, interaction (clicks and what went wrong), interruptions
 * and prices; the rules' findings (rule, severity, verdict, the touchpoint they are about); its tasks (name,
 * outcome, the touchpoints they started and ended on). Ids, tab ids, moments and durations are left out.
 */
export function auditSnapshot(stored: Stored, tasks: Task[], auditId: string, origin: string) {
  const audit = stored.audits.find((a) => a.id === auditId);
  const touchpoints = stored.touchpoints.filter((tp) => tp.auditId === auditId);
  const seqOf = new Map(touchpoints.map((tp) => [tp.id, tp.seq]));
  return {
    status: audit?.status,
    touchpoints: touchpoints.map((tp) =>
      withoutTimes({
        seq: tp.seq,
        path: tp.url.startsWith(origin) ? tp.url.slice(origin.length) : tp.url,
        title: tp.title,
        channel: tp.channel,
        arrival: tp.arrival,
        backForward: tp.backForward,
        stage: tp.stage,
        forms: tp.forms,
        interaction: tp.interaction,
        interruptions: tp.interruptions,
        money: tp.money,
      }),
    ),
    findings: stored.findings
      .filter((f) => f.auditId === auditId && !MACHINE_SPEED_RULES.has(f.ruleId))
      .map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        verdict: f.verdict,
        touchpoint: f.touchpointId === undefined ? undefined : seqOf.get(f.touchpointId),
      }))
      .sort((a, b) => (a.touchpoint ?? -1) - (b.touchpoint ?? -1) || a.ruleId.localeCompare(b.ruleId)),
    tasks: tasks
      .filter((t) => t.auditId === auditId)
      .map((t) => ({
        seq: t.seq,
        name: t.name,
        outcome: t.outcome,
        startedOn: seqAt(touchpoints, t.startedAt),
        endedOn: seqAt(touchpoints, t.endedAt),
      })),
  };
}
