import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startHarness, type Harness } from './harness';

/**
 * The windows run under Trusted Types (`require-trusted-types-for 'script'`, `trusted-types
 * 'none'`): no string may reach innerHTML, a script's src or eval, and no policy may be made to
 * let one through. This drives every view, a prompt and an exercise, and expects no violation.
 */
let harness: Harness;
test.beforeAll(async () => {
  harness = await startHarness(6, { seedWeeks: 12 });
});
test.afterAll(() => harness?.stop());

type Watched = Window & { violations?: string[] };
/** The part of the Trusted Types API the test calls; TypeScript's DOM types do not have it yet. */
type WithTrustedTypes = Window & {
  trustedTypes: { createPolicy(name: string, rules: { createHTML: (text: string) => string }): unknown };
};

/** Every frame of every page in the context records what its policy refused, and every error. */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  await context.addInitScript(() => {
    const watched = window as Watched;
    watched.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      watched.violations!.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

async function violations(page: Page): Promise<string[]> {
  const found = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as Watched).violations)));
  return found.flatMap((list) => list ?? ['a frame loaded before its violations were watched']);
}

test('every view, a prompt and an exercise render under Trusted Types, which refuses a string as HTML', async ({
  page,
  context,
}) => {
  const errors = await watchPolicy(context);

  // A prompt and an exercise, in the preview's shell.
  await page.goto(harness.url);
  const prompt = page.frameLocator('iframe[title="Prompt window"]');
  await prompt.getByRole('heading', { name: 'Your session has ended.' }).waitFor({ timeout: 30_000 });
  await prompt.getByRole('button', { name: 'Start' }).click();
  await expect(prompt.getByRole('button', { name: 'Save and continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Whichever exercise the seeded history suggests.
  await prompt
    .getByRole('button', { name: /^Start / })
    .first()
    .click();
  await prompt.getByRole('button', { name: 'End early' }).click();
  await prompt.getByRole('button', { name: 'Close' }).click();
  // Those with line drawings too, from the tray.
  const tray = page.getByRole('complementary', { name: 'Tray menu' });
  for (const exercise of ['Seated stretch', 'Step outside']) {
    await tray.getByRole('button', { name: exercise, exact: true }).click();
    await expect(prompt.getByRole('heading', { name: exercise, level: 1 })).toBeVisible();
    await expect(prompt.getByTestId('illustration').locator('svg')).toBeVisible();
    await prompt.getByRole('button', { name: 'End early' }).click();
    await prompt.getByRole('button', { name: 'Close' }).click();
  }

  // Every view of the dashboard, each lazy chunk loaded.
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
  await dashboard.goto(new URL('index.html#dashboard', harness.url).toString());
  const views = dashboard.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Patterns' }).click();
  await dashboard.getByRole('radio', { name: 'A year' }).click();
  await expect(dashboard.getByRole('figure', { name: 'Energy and tension before sessions' })).toBeVisible();
  await views.getByRole('button', { name: 'Settings' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible();
  await views.getByRole('button', { name: 'Today' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  expect([...(await violations(page)), ...(await violations(dashboard))]).toEqual([]);
  expect(errors).toEqual([]);

  // The policy is really in force: a string is refused as HTML, and no policy can be made.
  const refused = await dashboard.evaluate(() => {
    const attempt = (run: () => void) => {
      try {
        run();
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      innerHTML: attempt(() => {
        document.createElement('div').innerHTML = '<img src=x>';
      }),
      policy: attempt(() => {
        (window as unknown as WithTrustedTypes).trustedTypes.createPolicy('anything', { createHTML: (text) => text });
      }),
    };
  });
  expect(refused).toEqual({ innerHTML: 'TypeError', policy: 'TypeError' });
});
