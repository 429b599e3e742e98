import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// The `e2e` build (`wxt build --mode e2e`, output in .output/chrome-mv3-e2e) is the same code plus host access
// to 127.0.0.1, so that tests and the demo can walk local shops without a permission prompt that no script can click.
const localShopHosts = ['http://127.0.0.1/*'];

/** The keys of Firefox's sidebar_action set below (WXT's manifest type does not know the key). */
interface SidebarAction {
  default_icon?: unknown;
  open_at_install?: boolean;
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Manifest V3 for Firefox too (WXT builds MV2 for it by default): one manifest, one permission model.
  manifestVersion: 3,
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'webNavigation',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'contextMenus',
      // Audits with their screenshots can grow large, and they exist nowhere else until exported: Chromium exempts an
      // extension with this permission from its quota and from eviction (without it, persist() is refused to an
      // extension the browser does not consider important). See docs/permissions.md.
      'unlimitedStorage',
    ],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(mode === 'e2e' ? { host_permissions: localShopHosts } : {}),
    commands: {
      'start-audit': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandStartAudit__',
      },
      // Not Alt+Shift+T, which Chrome (Windows, Linux, ChromeOS) uses to move the focus to its toolbar, a way in for
      // keyboard users. Alt+Shift+X is in neither Chromium's accelerator tables (Chrome, ChromeOS) nor Firefox's list
      // of shortcuts. The side panel names the key the browser actually bound (the user may change it).
      'toggle-task': {
        suggested_key: { default: 'Alt+Shift+X' },
        description: '__MSG_commandToggleTask__',
      },
      // The third of Chrome's four suggested keys. Alt+Shift+E is in neither Chromium's accelerator tables nor its
      // Linux text-editing keys (which take Alt+Shift+F and Alt+Shift+B), nor Firefox's list of shortcuts.
      'flag-element': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandFlagElement__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Fixed, so that an update from addons.mozilla.org reaches the same add-on and its audit database.
              id: 'shopwalk@shopwalk.app',
              // Firefox 140 (an ESR) is the first to know data_collection_permissions; all else we use is older
              // (MV3 109, background type "module" 112, storage.session 115, the command's tab 126,
              // optional_host_permissions 128; MDN browser-compat-data). See docs/firefox.md.
              strict_min_version: '140.0',
              // Shopwalk collects and transmits nothing: audits stay in the browser until the auditor exports them.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT makes the side panel entrypoint Firefox's sidebar_action with neither an icon (Firefox then shows a
    // generic one in its sidebar switcher) nor open_at_install (Firefox then opens the sidebar at install, beside the
    // welcome page, where Chrome opens its side panel only when asked). `??=` leaves room for the entrypoint's own
    // <meta name="manifest.default_icon"> and <meta name="manifest.open_at_install">.
    'build:manifestGenerated': (wxt, manifest) => {
      const sidebar = manifest.sidebar_action as SidebarAction | undefined;
      if (wxt.config.browser !== 'firefox' || !sidebar) return;
      sidebar.default_icon ??= manifest.icons;
      sidebar.open_at_install ??= false;
    },
  },
  zip: {
    // The Firefox build zips the sources for addons.mozilla.org's reviewers; local outputs (.gitignore) stay out.
    excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**', 'bench/out/**'],
  },
});
