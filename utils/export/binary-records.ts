import type { Attachment } from '../model/attachment';
import type { Screenshot } from '../model/screenshot';
import type { ExportedAttachment, ExportedScreenshot } from './format';

/** `btoa` takes a string of byte-valued characters; built in chunks, as one call per byte would be slow. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64Of = async (blob: Blob) => bytesToBase64(new Uint8Array(await blob.arrayBuffer()));

/** A stored screenshot as the export file carries it: the pixels as base64 text. */
export async function exportedScreenshot(screenshot: Screenshot): Promise<ExportedScreenshot> {
  const { auditId: _auditId, image, thumbnail, ...rest } = screenshot;
  return { ...rest, image: await base64Of(image), thumbnail: await base64Of(thumbnail) };
}

/** An exported screenshot stored again, its pixels Blobs of its type. */
export function storedScreenshot(exported: ExportedScreenshot, auditId: string): Screenshot {
  const { image, thumbnail, ...rest } = exported;
  return {
    ...rest,
    auditId,
    image: new Blob([base64ToBytes(image)], { type: exported.type }),
    thumbnail: new Blob([base64ToBytes(thumbnail)], { type: exported.type }),
  };
}

/** A file kept with a contact off the web, as the export file carries it: its bytes as base64 text. */
export async function exportedAttachment(attachment: Attachment): Promise<ExportedAttachment> {
  const { auditId: _auditId, data, ...rest } = attachment;
  return { ...rest, data: await base64Of(data) };
}

/** An exported file stored again, its bytes a Blob of its type. */
export function storedAttachment(exported: ExportedAttachment, auditId: string): Attachment {
  return { ...exported, auditId, data: new Blob([base64ToBytes(exported.data)], { type: exported.type }) };
}
