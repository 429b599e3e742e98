import { z } from 'zod';
import { MAX_TEXT, MAX_URL, MAX_NAME } from './limits';
import { cesSchema, npsSchema } from './scorecard';

export const idSchema = z.string().min(1).max(64);
/** Milliseconds since the Unix epoch, as `Date.now()` gives them. */
export const epochMsSchema = z.number().int().nonnegative().max(8.64e15);

export const auditStatusSchema = z.enum(['active', 'paused', 'finished']);
export type AuditStatus = z.infer<typeof auditStatusSchema>;

/**
 * Why a paused audit is paused: the auditor chose to, its tab or browser went away under it, or the browser's
 * storage was full (utils/background/storage-fault.ts), so that nothing more would be lost unseen.
 */
export const pauseReasonSchema = z.enum(['auditor', 'tab-closed', 'browser-closed', 'storage-full']);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

export const deviceProfileSchema = z.strictObject({
  viewportWidth: z.number().int().nonnegative().max(100_000),
  viewportHeight: z.number().int().nonnegative().max(100_000),
  userAgent: z.string().max(1_000),
  mobile: z.boolean(),
});
export type DeviceProfile = z.infer<typeof deviceProfileSchema>;

/** What the evidence chain links, in the order recorded: the audit's own facts first (docs/evidence-chain.md). */
export const chainKindSchema = z.enum(['audit', 'touchpoint', 'finding', 'screenshot']);
export type ChainKind = z.infer<typeof chainKindSchema>;

/** A SHA-256 digest as lowercase hex. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** One sealed link: which record it chains and the link's hash, so that a failed check can name that record. */
export const chainLinkSchema = z.strictObject({ kind: chainKindSchema, id: idSchema, hash: sha256HexSchema });
export type ChainLink = z.infer<typeof chainLinkSchema>;

export const auditSchema = z.strictObject({
  id: idSchema,
  shopName: z.string().min(1).max(MAX_NAME),
  startUrl: z.url({ protocol: /^https?$/ }).max(MAX_URL),
  /** The audited site's origin; touchpoints elsewhere are marked as another origin. */
  origin: z.string().max(MAX_URL),
  scenario: z.string().max(MAX_NAME),
  auditorName: z.string().max(MAX_NAME),
  status: auditStatusSchema,
  pauseReason: pauseReasonSchema.optional(),
  device: deviceProfileSchema,
  startedAt: epochMsSchema,
  finishedAt: epochMsSchema.optional(),
  updatedAt: epochMsSchema,
  notes: z.string().max(MAX_TEXT),
  /** The browser tab the audit is recording; only set while it records or waits in that tab. */
  tabId: z.number().int().nonnegative().optional(),
  /** The evidence chain's head (its last link's SHA-256), stored when the walk was finished: the seal. */
  chainHead: sha256HexSchema.optional(),
  /** When the seal was made (the moment the walk was finished). */
  sealedAt: epochMsSchema.optional(),
  /** The sealed links in chain order, so that a check names the first record that no longer matches. */
  chainLinks: z.array(chainLinkSchema).max(100_000).optional(),
  /** The scorecard the touchpoints are rated on (a built-in or a user's template); absent: guest purchase. */
  templateId: z.string().min(1).max(64).optional(),
  /** End of the journey: likelihood to recommend (NPS question, 0-10) and Customer Effort Score (1-7). */
  nps: npsSchema.optional(),
  ces: cesSchema.optional(),
});
export type Audit = z.infer<typeof auditSchema>;
