/** Gives the benchmark, which runs in plain Node, the extension globals that lib/ modules read when they load. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Settings are WXT storage items, which look for `browser` as soon as they are defined.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
