import { describe, expect, it } from 'vitest';
import { captureScale, thumbnailSize, toImageRect } from './geometry';

describe('captureScale', () => {
  it('reads the scale off the captured width, which also holds under page zoom', () => {
    expect(captureScale({ width: 2560, height: 1440 }, { width: 1280, height: 720 }, 2)).toBe(2);
    expect(captureScale({ width: 1600, height: 900 }, { width: 1280, height: 720 }, 1)).toBe(1.25);
  });

  it('falls back to devicePixelRatio without a viewport width', () => {
    expect(captureScale({ width: 800, height: 600 }, { width: 0, height: 0 }, 1.5)).toBe(1.5);
  });
});

describe('toImageRect', () => {
  const image = { width: 200, height: 100 };

  it('scales a box to image pixels, rounding outwards', () => {
    expect(toImageRect({ x: 10.4, y: 5.6, width: 20.2, height: 10 }, 2, image)).toEqual({
      x: 20,
      y: 11,
      width: 42,
      height: 21,
    });
  });

  it('grows the box by a margin in CSS pixels', () => {
    expect(toImageRect({ x: 10, y: 10, width: 10, height: 10 }, 2, image, 1)).toEqual({
      x: 18,
      y: 18,
      width: 24,
      height: 24,
    });
  });

  it('clips to the image and drops what lies wholly outside it', () => {
    expect(toImageRect({ x: -5, y: 90, width: 20, height: 50 }, 1, image)).toEqual({
      x: 0,
      y: 90,
      width: 15,
      height: 10,
    });
    expect(toImageRect({ x: 250, y: 10, width: 20, height: 20 }, 1, image)).toBeUndefined();
    expect(toImageRect({ x: 10, y: 10, width: 0, height: 0 }, 1, image)).toBeUndefined();
  });
});

describe('thumbnailSize', () => {
  it('is 320 pixels wide at the same aspect ratio', () => {
    expect(thumbnailSize({ width: 2560, height: 1440 })).toEqual({ width: 320, height: 180 });
  });

  it('never enlarges a small image', () => {
    expect(thumbnailSize({ width: 300, height: 200 })).toEqual({ width: 300, height: 200 });
  });
});
