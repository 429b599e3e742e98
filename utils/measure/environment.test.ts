import { describe, expect, it } from 'vitest';
import { environmentSchema } from '../model/environment';
import type { NavigatorLike } from './environment';
import { readEnvironment } from './environment';

const desktopScreen = { width: 1920, height: 1080 };
const desktopViewport = { width: 1280, height: 800 };
const phoneScreen = { width: 412, height: 915 };

function read(nav: NavigatorLike, screen = desktopScreen, viewport = desktopViewport) {
  const environment = readEnvironment(nav, screen, viewport);
  expect(environmentSchema.parse(environment)).toEqual(environment);
  return environment;
}

const notABrand = { brand: 'Not_A Brand', version: '24' };

describe('readEnvironment', () => {
  it('reads Chrome on a Windows desktop, with client hints and a connection', () => {
    const environment = read({
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      hardwareConcurrency: 8,
      deviceMemory: 8,
      connection: { effectiveType: '4g', saveData: false, rtt: 50, downlink: 10 },
      userAgentData: {
        brands: [{ brand: 'Google Chrome', version: '131' }, { brand: 'Chromium', version: '131' }, notABrand],
        mobile: false,
        platform: 'Windows',
      },
    });
    expect(environment).toEqual({
      deviceClass: 'desktop',
      deviceClassFrom: 'user-agent-data',
      cpuCores: 8,
      memoryGb: 8,
      effectiveConnectionType: '4g',
      saveData: false,
      rttMs: 50,
      downlinkMbps: 10,
      browser: { name: 'Chrome', version: '131.0.0.0' },
      platform: 'Windows',
      screen: desktopScreen,
      viewport: desktopViewport,
    });
  });

  it('names Edge by its brand and keeps its full version from the user-agent string', () => {
    const environment = read({
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      userAgentData: {
        brands: [notABrand, { brand: 'Chromium', version: '131' }, { brand: 'Microsoft Edge', version: '131' }],
        mobile: false,
        platform: 'Windows',
      },
    });
    expect(environment.browser).toEqual({ name: 'Edge', version: '131.0.2903.86' });
  });

  it('parses Firefox on a desktop from the user-agent string alone', () => {
    const environment = read({
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
      hardwareConcurrency: 10,
    });
    expect(environment).toMatchObject({
      deviceClass: 'desktop',
      deviceClassFrom: 'user-agent',
      cpuCores: 10,
      browser: { name: 'Firefox', version: '133.0' },
      platform: 'macOS',
    });
    expect(environment).not.toHaveProperty('effectiveConnectionType');
    expect(environment).not.toHaveProperty('memoryGb');
  });

  it('sees Firefox on an Android phone', () => {
    const environment = read(
      { userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0', hardwareConcurrency: 8 },
      phoneScreen,
      { width: 412, height: 780 },
    );
    expect(environment).toMatchObject({
      deviceClass: 'phone',
      deviceClassFrom: 'user-agent',
      browser: { name: 'Firefox', version: '133.0' },
      platform: 'Android',
    });
  });

  it('sees Chrome on an Android phone from its mobile client hint', () => {
    const environment = read(
      {
        userAgent:
          'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
        hardwareConcurrency: 8,
        deviceMemory: 4,
        connection: { effectiveType: '3g', saveData: true, rtt: 300, downlink: 1.45 },
        userAgentData: {
          brands: [{ brand: 'Google Chrome', version: '131' }, { brand: 'Chromium', version: '131' }, notABrand],
          mobile: true,
          platform: 'Android',
        },
      },
      phoneScreen,
      { width: 412, height: 780 },
    );
    expect(environment).toMatchObject({
      deviceClass: 'phone',
      deviceClassFrom: 'user-agent-data',
      memoryGb: 4,
      effectiveConnectionType: '3g',
      saveData: true,
      platform: 'Android',
    });
  });

  it('takes an iPad for a tablet though Safari says "Mobile", and an iPad posing as a Mac too', () => {
    const ipad = read(
      {
        userAgent:
          'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
      },
      { width: 820, height: 1180 },
      { width: 820, height: 1106 },
    );
    expect(ipad).toMatchObject({
      deviceClass: 'tablet',
      browser: { name: 'Safari', version: '17.6' },
      platform: 'iOS',
    });
    const desktopMode = read({
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
      maxTouchPoints: 5,
    });
    expect(desktopMode.deviceClass).toBe('tablet');
  });

  it('calls a desktop browser in a phone-sized window a phone, and says so', () => {
    const environment = read(
      { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' },
      desktopScreen,
      { width: 390, height: 844 },
    );
    expect(environment).toMatchObject({ deviceClass: 'phone', deviceClassFrom: 'viewport', platform: 'Linux' });
  });

  it('copes with a navigator without optional fields and an unknown browser', () => {
    const environment = read({ userAgent: 'curl/8.5.0' }, { width: 0, height: 0 }, { width: 1024.4, height: 700.6 });
    expect(environment).toEqual({
      deviceClass: 'desktop',
      deviceClassFrom: 'user-agent',
      browser: { name: 'Other', version: '' },
      screen: { width: 0, height: 0 },
      viewport: { width: 1024, height: 701 },
    });
  });

  it('drops values outside what a browser can report', () => {
    const environment = read({
      userAgent: 'Mozilla/5.0',
      hardwareConcurrency: 0,
      deviceMemory: -1,
      connection: { effectiveType: '5g', rtt: Number.NaN },
    });
    for (const key of ['cpuCores', 'memoryGb', 'effectiveConnectionType', 'rttMs']) {
      expect(environment).not.toHaveProperty(key);
    }
  });
});
