import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@/utils/model/attachment';
import { formatFileSize, isDrawnImage } from './attachment-display';

describe('formatFileSize', () => {
  it('names bytes, kilobytes, megabytes and gigabytes in steps of 1024, in the chosen language', () => {
    expect(formatFileSize(820, 'en')).toBe('820 byte');
    expect(formatFileSize(12_800, 'en')).toBe('12.5 kB');
    expect(formatFileSize(12_800, 'de')).toBe('12,5 kB');
    expect(formatFileSize(3.2 * 1024 * 1024, 'en')).toBe('3.2 MB');
    expect(formatFileSize(82_073_441_130, 'de')).toBe('76,4\u00a0GB');
  });

  it('writes the attachment limit as 10 MB', () => {
    expect(formatFileSize(MAX_ATTACHMENT_BYTES, 'en')).toBe('10 MB');
  });
});

describe('isDrawnImage', () => {
  it('draws photos and screenshots, and offers other files (also images the browser cannot draw) for download', () => {
    expect(isDrawnImage('image/png')).toBe(true);
    expect(isDrawnImage('image/JPEG')).toBe(true);
    expect(isDrawnImage('image/tiff')).toBe(false);
    expect(isDrawnImage('application/pdf')).toBe(false);
    expect(isDrawnImage('')).toBe(false);
  });
});
