// The headless Chromium every browser suite opens (installed by scripts/install.sh): one launch,
// with the flags that keep it from reaching the network on its own (updates, sync, background
// fetches), so that what a page requests is only what the page itself asks for.
import { chromium, type Browser } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
