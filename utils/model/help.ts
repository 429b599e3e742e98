import { z } from 'zod';
import { MAX_HELP_EVIDENCE_PER_CHANNEL } from './limits';

/**
 * Ways to reach help. `phone`, `email`, `chat` and `contactPage` reach a human; `selfService` (FAQ, help centre
 * articles) does not and is kept apart so that a page with only an FAQ link does not count as reachable.
 */
export const helpChannelSchema = z.enum(['phone', 'email', 'chat', 'contactPage', 'selfService']);
export type HelpChannel = z.infer<typeof helpChannelSchema>;

const channelSeenSchema = z.strictObject({
  /** Rendered somewhere on the page (not display:none, visibility:hidden, transparent, zero-size or off-screen). */
  visible: z.boolean(),
  /** Visible without scrolling: within the first viewport of the page, or fixed on screen (a chat launcher). */
  inFirstViewport: z.boolean(),
});

export const helpEvidenceSchema = z.strictObject({
  channel: helpChannelSchema,
  selector: z.string().max(500),
  /** The element's own text or accessible name, clipped. Page text: a shop's hotline number may appear in it. */
  label: z.string().max(120),
  inFirstViewport: z.boolean(),
});
export type HelpEvidence = z.infer<typeof helpEvidenceSchema>;

/** Whether the touchpoint shows a way to reach a human, by channel, with the elements that showed it. */
export const helpSchema = z.strictObject({
  /** A human is reachable from this page: phone, e-mail, chat or a contact page link is visible. */
  humanReachable: z.boolean(),
  humanInFirstViewport: z.boolean(),
  channels: z.strictObject({
    phone: channelSeenSchema,
    email: channelSeenSchema,
    chat: channelSeenSchema,
    contactPage: channelSeenSchema,
    selfService: channelSeenSchema,
  }),
  evidence: z.array(helpEvidenceSchema).max(5 * MAX_HELP_EVIDENCE_PER_CHANNEL),
});
export type Help = z.infer<typeof helpSchema>;
