/** Record ids are random UUIDs: unique across browsers, so audits from several auditors can be merged by import. */
export function newId(): string {
  return crypto.randomUUID();
}
