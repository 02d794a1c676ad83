import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { DEFAULT_HOURS, DEFAULT_SETTINGS, type Weekday } from '../../app/shared/settings';
import { checkPromptFrame, checkView } from './a11y';
import { startHarness, type Harness } from './harness';

/**
 * "How do you feel now?" after a reset run to its end, and a nudge answered from the dashboard,
 * each through the real preview and found on disk afterwards.
 */
let harness: Harness | null = null;
test.afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const EVERY_DAY = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((day) => ({ day, ...DEFAULT_HOURS }));

async function diaryOnDisk(current: Harness): Promise<Record<string, unknown>[]> {
  const months = (await current.documents()).filter((name) => /^diary-\d{4}-\d{2}\.jsonl$/.test(name)).sort();
  const text = (await Promise.all(months.map(current.readDocument))).join('');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function openDashboard(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(new URL('index.html#dashboard', url).toString());
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
}

/**
 * From the session's end to a three-minute silence run to its end. The page's own clock runs the
 * reset in a moment; the core keeps real time, and caps what the page reports at the planned length.
 */
async function finishASilence(page: Page, current: Harness): Promise<FrameLocator> {
  await page.clock.install();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(current.url);
  const frame = page.frameLocator('iframe[title="Prompt window"]');
  await expect(frame.getByRole('heading', { name: 'Your session has ended.' })).toBeVisible({ timeout: 30_000 });
  await frame.getByRole('button', { name: 'Start', exact: true }).click();
  await frame.getByRole('button', { name: 'Skip' }).click();
  await frame.getByRole('button', { name: /^(Start )?Silence$/i }).click();
  await expect(frame.getByRole('heading', { name: 'Silence', level: 1 })).toBeVisible();
  await page.clock.fastForward('03:05');
  await expect(frame.getByRole('heading', { name: 'That time was for you.' })).toBeVisible();
  return frame;
}

test('a reset run to its end asks "How do you feel now?", and one tap is saved', async ({ page }) => {
  harness = await startHarness(2);
  const frame = await finishASilence(page, harness);
  const scale = frame.getByRole('radiogroup', { name: 'How activated do you feel now?' });
  await expect(scale).toBeVisible();
  await checkPromptFrame(page, 'feeling-now');
  await scale.getByRole('radio', { name: '2' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Noted: 2 of 10. Thank you.' })).toBeVisible();

  await expect
    .poll(async () => (await harness!.journalOnDisk()).filter((entry) => entry.event === 'felt'))
    .toEqual([expect.objectContaining({ event: 'felt', exercise: 'silence', activation: 2 })]);
  const completed = (await harness.journalOnDisk()).find((entry) => entry.event === 'completed');
  expect(completed).toMatchObject({ exercise: 'silence', endedEarly: false, secondsDone: 180 });
});

test('with the off switch, a finished reset asks nothing', async ({ page }) => {
  harness = await startHarness(2, {
    settings: { reflection: { ...DEFAULT_SETTINGS.reflection, feelingAfterReset: false } },
  });
  const frame = await finishASilence(page, harness);
  await expect(frame.getByRole('radiogroup', { name: 'How activated do you feel now?' })).toHaveCount(0);
});

/**
 * Three weeks of sessions every day, weekends too: the day-off nudge is due whatever today is,
 * and the seeded check-ins may bring another kind first.
 */
async function withoutDayOff(): Promise<Harness> {
  return startHarness(null, {
    seedWeeks: 4,
    seedArgs: ['--without-day-off', '21'],
    settings: { template: { ...DEFAULT_SETTINGS.template, days: EVERY_DAY } },
  });
}

async function nudgeAnswers(current: Harness): Promise<[unknown, unknown][]> {
  return (await diaryOnDisk(current))
    .filter((record) => record.type === 'nudge')
    .map((record) => [record.kind, record.answer]);
}

test('a nudge answered "Not now" goes, no other comes today, and the answer is kept in the diary', async ({ page }) => {
  harness = await withoutDayOff();
  await openDashboard(page, harness.url);
  const nudge = page.getByRole('region', { name: 'A gentle note' });
  await expect(nudge).toBeVisible();
  await checkView(page, 'nudge');
  // Its appearance was recorded as it showed; which kind it is depends on the seeded check-ins.
  const kind = (await nudgeAnswers(harness))[0]?.[0];
  expect(typeof kind).toBe('string');
  await nudge.getByRole('button', { name: 'Not now' }).click();
  await expect(nudge).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A gentle note' })).toHaveCount(0);
  expect(await nudgeAnswers(harness)).toEqual([
    [kind, 'shown'],
    [kind, 'not-now'],
  ]);
});

test('"Don’t show this kind again" turns that kind off in the settings, where it can be turned back on', async ({
  page,
}) => {
  harness = await withoutDayOff();
  await openDashboard(page, harness.url);
  const nudge = page.getByRole('region', { name: 'A gentle note' });
  await expect(nudge).toBeVisible();
  // Its appearance was recorded as it showed; which kind it is depends on the seeded check-ins.
  const kind = (await nudgeAnswers(harness))[0]?.[0];
  expect(typeof kind).toBe('string');
  await nudge.getByRole('button', { name: 'Don’t show this kind again' }).click();
  await expect(nudge).toHaveCount(0);
  const hidden = async () =>
    (
      JSON.parse(await harness!.readDocument('settings.json')) as {
        reflection: { hiddenNudges: string[] };
      }
    ).reflection.hiddenNudges;
  await expect.poll(hidden).toEqual([kind]);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  const turnedOff = page.getByRole('list', { name: 'Nudges you turned off' });
  await turnedOff.getByRole('button', { name: /^Show “.+” again$/ }).click();
  await expect(page.getByText(/can show again\./)).toBeVisible();
  await expect(turnedOff).toHaveCount(0);
  await expect.poll(hidden).toEqual([]);
});
