import { z } from 'zod';
import { deviceProfileSchema, epochMsSchema, idSchema } from '../model/audit';
import { CURRENT_FORMAT_VERSION, exportedAuditSchema, exportedTouchpointSchema, exportFileSchema } from './format';

type Meta = { id?: string; title?: string; description?: string };

/**
 * Names and descriptions for readers of the JSON Schema. A local registry rather than `.meta()` on the model
 * schemas: the model stays free of documentation-only state, and nothing is added to zod's global registry.
 * A schema with an `id` becomes a `$defs` entry, so the unit of every time is stated once, at `EpochMs`.
 */
function documentation(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  registry.add(exportFileSchema, {
    title: 'Shopwalk export file',
    description: `Audits exported by Shopwalk, format version ${CURRENT_FORMAT_VERSION}. See docs/export-format.md.`,
  });
  registry.add(exportedAuditSchema, {
    id: 'Audit',
    description: 'One walk of one shop by one auditor on one scenario, with its touchpoints in journey order.',
  });
  registry.add(exportedTouchpointSchema, {
    id: 'Touchpoint',
    description: 'One page view or single-page-app route of the audited tab.',
  });
  registry.add(deviceProfileSchema, {
    id: 'DeviceProfile',
    description: 'Viewport in CSS pixels, user agent, mobile.',
  });
  registry.add(epochMsSchema, { id: 'EpochMs', description: 'A moment in milliseconds since the Unix epoch (UTC).' });
  registry.add(idSchema, { id: 'Id', description: 'A record id (a random UUID when Shopwalk made it).' });
  const { seq, leftAt, visibleMs, visibleSince } = exportedTouchpointSchema.shape;
  registry.add(seq, { description: "Position in the audit's journey, from 0." });
  registry.add(leftAt, { description: 'When the customer left it; absent while the customer is on it.' });
  registry.add(visibleMs, { description: 'Milliseconds it was visible (its tab in front), over closed intervals.' });
  registry.add(visibleSince, { description: 'Start of the visible interval still running; absent when none runs.' });
  return registry;
}

/** The export format as a JSON Schema (draft 2020-12), for readers and for tools that check files. */
export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportFileSchema, {
    target: 'draft-2020-12',
    metadata: documentation(),
    // The file as it is read: identical to the output here (no transforms), but import is what it describes.
    io: 'input',
    unrepresentable: 'throw',
  });
}
