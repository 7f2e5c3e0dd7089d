/** `npm start`: which browser WXT opens with the extension loaded (Debian's Chromium unless CHROMIUM_PATH says otherwise). */
import { defineWebExtConfig } from 'wxt';

export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  startUrls: ['https://arxiv.org/abs/2211.05344'],
});
