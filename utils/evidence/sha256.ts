/** Bytes as a record holds them: a Blob from the database, a Uint8Array decoded from an export. */
export type Bytes = Blob | Uint8Array;

const encoder = new TextEncoder();

function hex(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 as lowercase hex, by Web Crypto: the same code runs in the service worker, extension pages and Node 20.
 * A string is hashed as its UTF-8 bytes.
 */
export async function sha256Hex(data: string | Bytes): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  if (typeof data === 'string') bytes = encoder.encode(data);
  else if (data instanceof Blob) bytes = new Uint8Array(await data.arrayBuffer());
  // A view on a SharedArrayBuffer (or a slice of a bigger buffer) is copied: digest() hashes exactly its bytes.
  else bytes = new Uint8Array(data);
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}
