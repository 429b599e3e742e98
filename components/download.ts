/** Hands a file (its text, or a Blob of its bytes and type) to the browser's downloads, from an extension page. */
export function download(fileName: string, data: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has its own reference to the data once started; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
