import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { checkPromptFrame } from './a11y';
import { startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshots';

/**
 * The paths off the happy one, walked in the preview: each says what is true, and a request
 * from the user never destroys what the schedule offered. Every new screen gets axe in light and dark.
 */
const tray = (page: Page) => page.getByRole('complementary', { name: 'Tray menu' });
const promptFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title="Prompt window"]');
const offerHeading = (page: Page) => promptFrame(page).getByRole('heading', { name: 'Your session has ended.' });

async function openAt(page: Page, harness: Harness): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Interlude preview' })).toBeVisible();
}

async function withHarness(
  firstEndIn: number,
  options: { gapMinutes?: number },
  run: (harness: Harness) => Promise<void>,
): Promise<void> {
  const harness = await startHarness(firstEndIn, options);
  try {
    await run(harness);
  } finally {
    await harness.stop();
  }
}

const events = async (harness: Harness) =>
  (await harness.journalOnDisk()).map((entry) => `${entry.kind}:${entry.event}`);

test('Check in now opens the waiting reset instead of throwing it away; with nothing waiting it names the next session', async ({
  page,
}) => {
  await withHarness(2, {}, async (harness) => {
    await openAt(page, harness);
    await expect(offerHeading(page)).toBeVisible({ timeout: 30_000 });
    await tray(page).getByRole('button', { name: 'Check in now' }).click();
    await expect(offerHeading(page)).toBeVisible();
    await promptFrame(page).getByRole('button', { name: 'Skip' }).click();
    await expect.poll(() => events(harness)).toEqual(['reset:offered', 'reset:skipped']);

    // The next session is minutes away, so it is the check-in before it, naming its real start.
    await tray(page).getByRole('button', { name: 'Check in now' }).click();
    await expect(promptFrame(page).getByRole('heading', { name: /^Your next session starts at / })).toBeVisible();
    await expect(promptFrame(page).getByText('How are you arriving?')).toBeVisible();
    await checkPromptFrame(page, 'check-in-now');
    // Esc skips it, as it ends an exercise.
    await promptFrame(page).getByRole('slider').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('prompt-window')).toBeHidden();
    await expect
      .poll(() => events(harness))
      .toEqual(['reset:offered', 'reset:skipped', 'check-in:offered', 'check-in:skipped']);
  });
});

test('a capped snooze names its time, the window and the tray confirm it, and the toast goes', async ({ page }) => {
  await withHarness(2, {}, async (harness) => {
    await openAt(page, harness);
    await expect(offerHeading(page)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('toast')).toHaveCount(1);
    // Six-minute gaps: the window closes four minutes after the session, so a snooze is capped.
    const snooze = promptFrame(page).getByRole('button', { name: /^Ask again at / });
    await expect(snooze).toBeVisible();
    await checkPromptFrame(page, 'prompt-capped-snooze');
    const label = (await snooze.textContent())!;
    await snooze.click();
    const time = label.replace('Ask again at ', '');
    await expect(promptFrame(page).getByRole('heading', { name: `I’ll ask again at ${time}.` })).toBeVisible();
    await expect(page.getByTestId('toast')).toHaveCount(0);
    await expect(tray(page).getByText(`Reset at ${time}`)).toBeVisible();
    await checkPromptFrame(page, 'prompt-snoozed');
    await tray(page).screenshot({ path: screenshotPath('tray-snoozed.png') });
    await promptFrame(page).getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('prompt-window')).toBeHidden();
  });
});

test('"still in session" in a long gap asks again in five minutes, and says so', async ({ page }) => {
  await withHarness(2, { gapMinutes: 15 }, async (harness) => {
    await openAt(page, harness);
    await expect(offerHeading(page)).toBeVisible({ timeout: 30_000 });
    await expect(promptFrame(page).getByText('— ask again in 5 minutes')).toBeVisible();
    await expect(promptFrame(page).getByRole('button', { name: 'In 5 minutes' })).toBeVisible();
    await promptFrame(page).getByRole('button', { name: 'Still in session' }).click();
    await expect(promptFrame(page).getByRole('heading', { name: /^I’ll ask again at / })).toBeVisible();
    await expect(promptFrame(page).getByText('Take the time you need to finish.')).toBeVisible();
    await expect
      .poll(async () => (await harness.journalOnDisk()).at(-1))
      .toMatchObject({ event: 'snoozed', reason: 'overrun' });
  });
});

test('a reload in the middle of the check-in comes back to the check-in, and Esc skips only that step', async ({
  page,
}) => {
  await withHarness(2, {}, async (harness) => {
    await openAt(page, harness);
    await expect(offerHeading(page)).toBeVisible({ timeout: 30_000 });
    await promptFrame(page).getByRole('button', { name: 'Start' }).click();
    const checkIn = promptFrame(page).getByRole('heading', { name: 'How was that session?' });
    await expect(checkIn).toBeVisible();
    await page.reload();
    await expect(checkIn).toBeVisible();
    await promptFrame(page).getByRole('slider').first().focus();
    await page.keyboard.press('Escape');
    await expect(promptFrame(page).getByRole('heading', { name: /for yourself\.$/ })).toBeVisible();
    await page.reload();
    await expect(promptFrame(page).getByRole('heading', { name: /for yourself\.$/ })).toBeVisible();
    await promptFrame(page).getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => events(harness)).toEqual(['reset:offered', 'reset:skipped', 'reset:skipped']);
    const journal = await harness.journalOnDisk();
    expect(journal[1]).toMatchObject({ event: 'skipped', part: 'check-in' });
    expect(journal[2]).toMatchObject({ event: 'skipped' });
    expect(journal[2]).not.toHaveProperty('part');
    expect(journal.some((entry) => entry.event === 'started')).toBe(false);
  });
});

test('a reset from the tray shows in the tray header as under way, and ending it early says so', async ({ page }) => {
  await withHarness(120, {}, async (harness) => {
    await openAt(page, harness);
    // The next session's check-in is waiting; a quick reset opens it rather than throwing it away.
    await expect(promptFrame(page).getByText('How are you arriving?')).toBeVisible({ timeout: 30_000 });
    await tray(page).getByRole('button', { name: 'Silence', exact: true }).click();
    await expect(promptFrame(page).getByText('How are you arriving?')).toBeVisible();
    await promptFrame(page).getByRole('button', { name: 'Skip' }).click();
    await tray(page).getByRole('button', { name: 'Silence', exact: true }).click();
    await expect(page.getByTestId('tray-state')).toHaveText('Reset under way');
    await expect(page.getByTestId('tray-tooltip')).toHaveText(/^Interlude · Reset under way · \d min left$/);
    await tray(page).screenshot({ path: screenshotPath('tray-in-reset.png') });
    await promptFrame(page).getByRole('button', { name: 'End early' }).click();
    await expect(
      promptFrame(page).getByRole('heading', { name: 'A pause, however short, still counts.' }),
    ).toBeVisible();
    await expect(page.getByTestId('tray-state')).not.toHaveText('Reset under way');
    const dashboard = page.frameLocator('iframe[title="Dashboard window"]');
    await expect(dashboard.getByTestId('completed-count')).toHaveText('No resets finished yet today, 1 ended early.');
  });
});
