import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// The `e2e` build (`wxt build --mode e2e`, output in .output/chrome-mv3-e2e) is the same code plus host access
// to 127.0.0.1, so that tests and the demo can walk local shops without a permission prompt that no script can click.
const localShopHosts = ['http://127.0.0.1/*'];

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
    ],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: mode === 'e2e' ? localShopHosts : [],
    commands: {
      'start-audit': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandStartAudit__',
      },
    },
  }),
});
