import { z } from 'zod';
import { CONTACT_FIELD_NAMES, NORMAL_FIELD_NAMES } from './vocabulary';

export const autofillFieldNameSchema = z.enum([...NORMAL_FIELD_NAMES, ...CONTACT_FIELD_NAMES]);
export type AutofillFieldName = z.infer<typeof autofillFieldNameSchema>;

/**
 * What a field asks for: an autofill field name, or `quantity`, which no autofill token names but which wants a
 * number keyboard on a phone.
 */
export const fieldPurposeSchema = z.enum([...autofillFieldNameSchema.options, 'quantity']);
export type FieldPurpose = z.infer<typeof fieldPurposeSchema>;
