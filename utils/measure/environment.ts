import type { DeviceClass, Environment } from '../model/environment';
import { EFFECTIVE_CONNECTION_TYPES } from '../model/vocabulary';

/** What is read from `navigator`: a structural type, so tests pass plain objects and Firefox's lacks are typed. */
export interface NavigatorLike {
  userAgent: string;
  hardwareConcurrency?: number;
  deviceMemory?: number;
  maxTouchPoints?: number;
  connection?: { effectiveType?: string; saveData?: boolean; rtt?: number; downlink?: number };
  userAgentData?: { brands: { brand: string; version: string }[]; mobile: boolean; platform: string };
}

interface Size {
  width: number;
  height: number;
}

/** Below this viewport width a layout is a phone's: Material Design's "compact" window size class (< 600 dp). */
const PHONE_MAX_WIDTH = 600;

/** User-agent tokens, most specific first: Edge, Opera and Samsung Internet also say "Chrome", Chrome says "Safari". */
const UA_BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Edge'],
  [/\bOPR\/([\d.]+)/, 'Opera'],
  [/\bSamsungBrowser\/([\d.]+)/, 'Samsung Internet'],
  [/\bYaBrowser\/([\d.]+)/, 'Yandex'],
  [/\bVivaldi\/([\d.]+)/, 'Vivaldi'],
  [/\bFxiOS\/([\d.]+)/, 'Firefox'],
  [/\bFirefox\/([\d.]+)/, 'Firefox'],
  [/\bCriOS\/([\d.]+)/, 'Chrome'],
  [/\bChromium\/([\d.]+)/, 'Chromium'],
  [/\bChrome\/([\d.]+)/, 'Chrome'],
  [/\bVersion\/([\d.]+).*\bSafari\//, 'Safari'],
];

/** Client-hint brands (Chromium) by name; "Not A;Brand"-style entries are deliberate noise and are skipped. */
const BRANDS: Record<string, string> = {
  'Microsoft Edge': 'Edge',
  Opera: 'Opera',
  'Opera GX': 'Opera',
  Brave: 'Brave',
  'Samsung Internet': 'Samsung Internet',
  YaBrowser: 'Yandex',
  'Google Chrome': 'Chrome',
  Chromium: 'Chromium',
};

const UA_PLATFORMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/CrOS/, 'Chrome OS'],
  [/Macintosh|Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

function browserFromUserAgent(ua: string): Environment['browser'] | undefined {
  for (const [pattern, name] of UA_BROWSERS) {
    const match = pattern.exec(ua);
    if (match) return { name, version: match[1]!.slice(0, 50) };
  }
  return undefined;
}

/**
 * The browser's name and version. Chromium's client hints name the browser reliably (Edge and Opera say so in
 * their brands) but give only the major version; the user-agent string gives more where it agrees.
 */
function readBrowser(nav: NavigatorLike): Environment['browser'] {
  const fromUa = browserFromUserAgent(nav.userAgent);
  const brands = nav.userAgentData?.brands ?? [];
  const known = brands.filter((b) => BRANDS[b.brand]);
  const brand = known.find((b) => BRANDS[b.brand] !== 'Chromium') ?? known[0];
  if (!brand) return fromUa ?? { name: 'Other', version: '' };
  const name = BRANDS[brand.brand]!;
  const version = brand.version.slice(0, 50);
  const agrees = fromUa?.name === name && fromUa.version.split('.')[0] === version.split('.')[0];
  return { name, version: agrees ? fromUa.version : version };
}

function readDeviceClass(nav: NavigatorLike, viewport: Size): [DeviceClass, Environment['deviceClassFrom']] {
  const ua = nav.userAgent;
  if (nav.userAgentData?.mobile) return ['phone', 'user-agent-data'];
  // iPad Safari says "Mobile/15E148" and, since iPadOS 13, poses as a Mac: only its touch points give it away.
  const tablet =
    /iPad|Tablet|PlayBook|Silk\//.test(ua) ||
    (/Android/.test(ua) && !/Mobile/.test(ua)) ||
    (/Macintosh/.test(ua) && (nav.maxTouchPoints ?? 0) > 1);
  if (tablet) return ['tablet', 'user-agent'];
  if (/Mobi|iPhone|iPod|Windows Phone|Opera Mini/.test(ua)) return ['phone', 'user-agent'];
  if (viewport.width > 0 && viewport.width < PHONE_MAX_WIDTH) return ['phone', 'viewport'];
  return ['desktop', nav.userAgentData ? 'user-agent-data' : 'user-agent'];
}

const inRange = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

const whole = (size: Size): Size => ({
  width: Math.min(100_000, Math.max(0, Math.round(size.width) || 0)),
  height: Math.min(100_000, Math.max(0, Math.round(size.height) || 0)),
});

/** The device, browser and network a touchpoint is measured in, from what the browser tells the page. */
export function readEnvironment(nav: NavigatorLike, screen: Size, viewport: Size): Environment {
  const [deviceClass, deviceClassFrom] = readDeviceClass(nav, viewport);
  const { effectiveType, saveData, rtt, downlink } = nav.connection ?? {};
  const connectionType = EFFECTIVE_CONNECTION_TYPES.find((type) => type === effectiveType);
  const platform = nav.userAgentData?.platform || UA_PLATFORMS.find(([p]) => p.test(nav.userAgent))?.[1];
  const cores = nav.hardwareConcurrency;
  return {
    deviceClass,
    deviceClassFrom,
    ...(Number.isInteger(cores) && inRange(cores, 1, 1_024) ? { cpuCores: cores } : {}),
    ...(inRange(nav.deviceMemory, Number.MIN_VALUE, 1_024) ? { memoryGb: nav.deviceMemory } : {}),
    ...(connectionType ? { effectiveConnectionType: connectionType } : {}),
    ...(typeof saveData === 'boolean' ? { saveData } : {}),
    ...(inRange(rtt, 0, 60_000) ? { rttMs: rtt } : {}),
    ...(inRange(downlink, 0, 100_000) ? { downlinkMbps: downlink } : {}),
    browser: readBrowser(nav),
    ...(platform ? { platform: platform.slice(0, 50) } : {}),
    screen: whole(screen),
    viewport: whole(viewport),
  };
}
