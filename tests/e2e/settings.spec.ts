import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../app/shared/settings';
import { checkView } from './a11y';
import { startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshots';

/**
 * The Settings view, driven as a clinician would: each setting changed and seen to take effect,
 * each refusal in our words by its field, calendars described honestly, and every view usable
 * from 360 px wide and at 200% zoom.
 */
let harness: Harness | undefined;
test.afterEach(() => harness?.stop());

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function openSettings(page: Page, current: Harness, width = 1100): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(new URL('index.html#dashboard', current.url).toString());
  await views(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible();
}

const savedSettings = async (current: Harness) =>
  JSON.parse(await current.readDocument('settings.json')) as Record<string, unknown>;

/** No part of the page reaches past the window's right edge. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = page.viewportSize()!.width;
  // Named, so a failure says what sticks out.
  const beyond = await page.evaluate(
    (edge) =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > edge + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    width,
  );
  expect(beyond).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('a 1-minute reset lasts one minute, and with the check-in off no check-in is planned', async ({
  page,
  context,
}) => {
  harness = await startHarness(25);
  await openSettings(page, harness);
  await page.getByLabel('A reset lasts').selectOption('1');
  await expect(page.getByText('Saved. Resets now last 1 minute.')).toBeVisible();
  await page.getByRole('switch', { name: 'A few seconds to check in before each session' }).click();
  await expect(page.getByText('Saved. No check-in will come before sessions')).toBeVisible();
  await expect(page.getByLabel('It comes')).toHaveCount(0);
  expect(await savedSettings(harness)).toMatchObject({ resetMinutes: 1, checkInBeforeSession: false });

  // The reset after this session, run on the page's own clock: still going at 50 s, over at 65 s.
  const preview = await context.newPage();
  await preview.clock.install();
  await preview.setViewportSize({ width: 1440, height: 1000 });
  await preview.goto(harness.url);
  const frame = preview.frameLocator('iframe[title="Prompt window"]');
  await expect(frame.getByRole('heading', { name: 'Your session has ended.' })).toBeVisible({ timeout: 40_000 });
  await frame.getByRole('button', { name: 'Start', exact: true }).click();
  await frame.getByRole('button', { name: 'Skip' }).click();
  await frame.getByRole('button', { name: /^(Start )?Silence$/i }).click();
  await expect(frame.getByRole('heading', { name: 'Silence', level: 1 })).toBeVisible();
  await preview.clock.fastForward('00:50');
  await expect(frame.getByRole('heading', { name: 'Silence', level: 1 })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'That time was for you.' })).toHaveCount(0);
  await preview.clock.fastForward('00:15');
  await expect(frame.getByRole('heading', { name: 'That time was for you.' })).toBeVisible();
  await expect
    .poll(async () => (await harness!.journalOnDisk()).find((entry) => entry.event === 'completed'))
    .toMatchObject({ exercise: 'silence', endedEarly: false, secondsDone: 60 });

  // Six minutes to the next session: with the check-in on, it would come next. Off, the next
  // prompt is the reset after that session, and no check-in was ever offered.
  await views(page).getByRole('button', { name: 'Today' }).click();
  await expect(page.getByTestId('next-prompt')).toHaveText(/^Next: reset at /);
  const journal = await harness.journalOnDisk();
  expect(journal.filter((entry) => entry.promptId.startsWith('check-in@'))).toEqual([]);
});

test('the schedule’s refusals each sit by their field, in our words, and are counted as shown', async ({ page }) => {
  harness = await startHarness(null);
  await openSettings(page, harness);
  const form = page.locator('.template-form');
  const status = form.getByTestId('form-status');
  const save = form.getByRole('button', { name: 'Save schedule' });

  // A break over the whole day: no session is left, and nothing is saved as if one were.
  await form.getByLabel('Break 1 from').fill('9:00 AM');
  await form.getByLabel('To', { exact: true }).fill('5:00 PM');
  await expect(form.getByText('Monday: no sessions. Check its hours and breaks.')).toBeVisible();
  await save.click();
  await expect(status).toHaveText('Not saved: one thing needs fixing.');
  const dayEnd = form.getByLabel('Day ends');
  await expect(dayEnd).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('With these hours and breaks, this day has no session.')).toHaveCount(1);
  // The message sits under its field; the field beside it stays in line.
  const [start, end] = await Promise.all([form.getByLabel('First session').boundingBox(), dayEnd.boundingBox()]);
  expect(Math.abs(start!.y - end!.y)).toBeLessThan(1);
  await checkView(page, 'settings-schedule-refused', { fullPage: true });

  // A break outside the day.
  await form.getByLabel('Break 1 from').fill('6:00 PM');
  await form.getByLabel('To', { exact: true }).fill('7:00 PM');
  await save.click();
  await expect(status).toHaveText('Not saved: one thing needs fixing.');
  await expect(form.getByText('This break is outside the working day.')).toBeVisible();

  // A time that is not one, and a session too short: two things, each by its field.
  await form.getByLabel('First session').fill('nine-ish');
  await form.getByLabel('Session length (minutes)').fill('5');
  await save.click();
  await expect(status).toHaveText('Not saved: 2 things need fixing.');
  await expect(form.getByText('Please enter a time such as 9:00 AM or 14:30.')).toBeVisible();
  await expect(form.getByText('Sessions must be at least 10 minutes long.')).toBeVisible();
  await expect(form.locator('.field-error')).toHaveCount(2);
  await form.getByLabel('Session length (minutes)').fill('50');

  // No working day, while the template is in use.
  await form.getByLabel('First session').fill('9');
  await form.getByLabel('Break 1 from').fill('12');
  await form.getByLabel('To', { exact: true }).fill('1pm');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
    await form.getByRole('checkbox', { name: day }).uncheck();
  await save.click();
  await expect(status).toHaveText('Not saved: one thing needs fixing.');
  await expect(form.getByText('Choose at least one working day')).toBeVisible();

  // The session rule speaks our words, never a validation library's.
  await page.getByText('Which events count as sessions').click();
  await page.getByLabel('Shortest (minutes)').fill('2');
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Not saved: Sessions are at least 5 minutes long.')).toBeVisible();
  await expect(page.getByText(/expected|Too small|>=/)).toHaveCount(0);
});

test('a real week: Thursday’s own hours, two breaks, sessions on the hour, saved and summed up', async ({ page }) => {
  harness = await startHarness(null);
  await openSettings(page, harness);
  const form = page.locator('.template-form');
  // From the first working day to "Save schedule": each time one stop (it took about 45 before).
  await form.getByRole('checkbox', { name: 'Monday' }).focus();
  let presses = 0;
  while (
    presses < 60 &&
    !(await form.getByRole('button', { name: 'Save schedule' }).evaluate((b) => b === document.activeElement))
  ) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(presses).toBe(17);
  await form.getByRole('switch', { name: 'Different hours on different days' }).click();
  const thursday = form.getByRole('group', { name: 'Thursday', exact: true });
  await thursday.getByLabel('First session').fill('12:00 PM');
  await thursday.getByLabel('Day ends').fill('8 PM');
  await thursday.getByLabel('Break 1 from').fill('3:00 PM');
  await thursday.getByLabel('To', { exact: true }).fill('3:30 PM');
  await thursday.getByRole('button', { name: 'Add a break on Thursday' }).click();
  await form.getByLabel('Sessions start').selectOption('hour');
  // On the hour: 12, 1 and 2, then after the breaks (3:00–4:30) not 4:30 but 5, 6 and 7.
  await expect(form.getByText('Thursday:').locator('..')).toHaveText('Thursday: 6 sessions, 12:00 PM – 7:50 PM');
  await expect(form.getByText('Monday:').locator('..')).toHaveText('Monday: 7 sessions, 9:00 AM – 4:50 PM');
  await form.getByRole('button', { name: 'Save schedule' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('Saved. Your prompts now follow this schedule.');
  const template = (await savedSettings(harness)).template as { days: unknown[]; startAlignment: unknown };
  expect(template.startAlignment).toBe('hour');
  expect(template.days).toContainEqual({
    day: 4,
    start: '12:00',
    end: '20:00',
    breaks: [
      { start: '15:00', end: '15:30' },
      { start: '15:30', end: '16:30' },
    ],
  });

  // Each time is one tab stop: from Thursday's first time to its day's end is one press.
  await thursday.getByLabel('First session').focus();
  await page.keyboard.press('Tab');
  await expect(thursday.getByLabel('Day ends')).toBeFocused();
});

test('calendars say what is true: never fetched, a name of the user’s own, and “Try again now”', async ({ page }) => {
  harness = await startHarness(null);
  await openSettings(page, harness);
  // Nothing listens on port 9 here: the feed can never be fetched.
  await page.getByLabel('Or subscribe to a calendar link').fill('https://127.0.0.1:9/feed.ics');
  await page.getByLabel('Its name (optional)').fill('SimplePractice');
  await page.getByRole('button', { name: 'Subscribe' }).click();
  const sources = page.getByRole('list', { name: 'Your calendars' });
  await expect(sources.getByText('SimplePractice', { exact: true })).toBeVisible();
  const error = sources.getByRole('alert');
  await expect(error).toContainText('Not fetched yet:', { timeout: 20_000 });
  await expect(error).toContainText('No sessions from this calendar are in use until it is.');
  await expect(error).not.toContainText('still in use');
  await expect(sources.getByText('Not fetched yet')).toHaveCount(1);
  await page.getByRole('button', { name: 'Try SimplePractice again now' }).click();
  await expect(page.getByTestId('calendar-status')).toHaveText('Fetching SimplePractice again…');
  // The name is kept with the address, never in the settings.
  expect(JSON.stringify(await savedSettings(harness))).not.toContain('SimplePractice');
  await sources.getByRole('button', { name: 'Rename SimplePractice' }).click();
  await sources.getByLabel('Name for this calendar').fill('Jane');
  await sources.getByRole('button', { name: 'Save name' }).click();
  await expect(sources.getByText('Jane', { exact: true })).toBeVisible();
  await checkView(page, 'settings-calendar-never-fetched', { fullPage: true });
});

test('launch at login and start hidden, each saved where it belongs', async ({ page }) => {
  harness = await startHarness(null);
  await openSettings(page, harness);
  await expect(page.getByTestId('login-item-status')).toHaveText('Interlude does not open by itself when you log in.');
  await page.getByRole('switch', { name: 'Open Interlude when I log in' }).click();
  await expect(page.getByText('Saved. Interlude will open in the tray when you log in.')).toBeVisible();
  // The preview keeps the real Linux autostart entry in its own data folder.
  const entry = await readFile(join(harness.dataDirectory, 'xdg-config', 'autostart', 'interlude.desktop'), 'utf8');
  expect(entry).toContain('--hidden');
  await page.getByRole('switch', { name: 'When I open Interlude myself, stay in the tray' }).click();
  await expect(page.getByText('Saved. Interlude will start in the tray')).toBeVisible();
  expect(await savedSettings(harness)).toMatchObject({ app: { startHidden: true } });
});

test('every view from 360 px wide, and axe in light and dark on each', async ({ page }) => {
  harness = await startHarness(null, { seedWeeks: 2 });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(new URL('index.html#dashboard', harness.url).toString());
  for (const [view, heading] of [
    ['Today', 'Today'],
    ['Patterns', 'Arriving'],
    ['Settings', 'Weekly schedule'],
  ] as const) {
    await views(page).getByRole('button', { name: view }).click();
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await checkView(page, `narrow-${view.toLowerCase()}`, { fullPage: true });
  }
  // The timeline's gap never shrinks to "6…".
  await views(page).getByRole('button', { name: 'Today' }).click();
  for (const label of await page.locator('.timeline-label').all()) await expectNotCut(label);

  // The preview page itself, at the same width.
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Interlude preview' })).toBeVisible();
  const dashboardFrame = page.frameLocator('iframe[title="Dashboard window"]');
  await expect(dashboardFrame.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshotPath('narrow-preview.png'), fullPage: true });
});

async function expectNotCut(locator: Locator): Promise<void> {
  const { scrollWidth, clientWidth } = await locator.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('at 200% zoom the check-in’s buttons stay in view, with Save focused', async ({ page, browser }) => {
  // A week with no working day: no session, so no other prompt is on screen.
  harness = await startHarness(null, { settings: { template: { ...DEFAULT_SETTINGS.template, days: [] } } });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(harness.url);
  await expect(page.getByTestId('tray-state')).toHaveText('Between sessions');
  await page.getByRole('complementary', { name: 'Tray menu' }).getByRole('button', { name: 'Check in now' }).click();
  await expect(page.frameLocator('iframe[title="Prompt window"]').getByRole('button', { name: 'Save' })).toBeVisible();

  // The 440 × 680 prompt window at 200%: half as many CSS pixels, each drawn twice as large.
  const zoomed = await (
    await browser.newContext({ viewport: { width: 220, height: 340 }, deviceScaleFactor: 2 })
  ).newPage();
  await zoomed.goto(new URL('index.html#prompt', harness.url).toString());
  const saveButton = zoomed.getByRole('button', { name: 'Save' });
  await expect(saveButton).toBeFocused();
  await expect(saveButton).toBeInViewport();
  await expect(zoomed.getByRole('button', { name: 'Skip' })).toBeInViewport();
  await checkView(zoomed, 'check-in-zoom-200');
});
