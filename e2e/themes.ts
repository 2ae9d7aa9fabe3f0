import type { Page } from 'playwright-core';
import { expectAccessible } from './harness.js';

/** axe-core on the page as it is, in the light theme and then the dark one (prefers-color-scheme). */
export async function expectAccessibleInBothThemes(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, `${name} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${name} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}
