import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkView } from './a11y';
import { startHarness, type Harness } from './harness';

/**
 * Patterns over a seeded 12-week history, through the real preview: each range, the tables
 * against the journal on disk, a moment noted from the tray, the weekly reflection, export in
 * both formats, and erase.
 */
let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness(null, { seedWeeks: 12 });
});
test.afterEach(() => harness.stop());

const dashboard = (page: Page) => page.frameLocator('iframe[title="Dashboard window"]');

async function openDashboardPage(page: Page) {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(new URL('index.html#dashboard', harness.url).toString());
  // Opened just after a tray request, the window starts at the view the tray asked for.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
}

test('Patterns in every range, its tables matching the journal, with axe in light and dark', async ({ page }) => {
  await openDashboardPage(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Patterns' }).click();
  await expect(page.getByRole('heading', { name: 'Arriving' })).toBeVisible();
  for (const range of ['The last 7 days', '4 weeks', '12 weeks', 'A year']) {
    await page.getByRole('radio', { name: range }).click();
    await expect(page.getByRole('radio', { name: range })).toHaveAttribute('data-state', 'on');
    await expect(page.getByRole('figure', { name: 'Energy and tension before sessions' })).toBeVisible();
  }
  // A year holds the whole seeded history: its check-ins column sums to every before-session check-in on disk.
  const arriving = page.getByRole('figure', { name: 'Energy and tension before sessions' });
  await arriving.getByRole('button', { name: 'Show as table' }).click();
  const table = arriving.getByRole('table', { name: 'Energy and tension before sessions' });
  await expect(table).toBeVisible();
  const counts = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  const journal = await harness.journalOnDisk();
  const before = journal.filter((entry) => entry.event === 'checked-in' && entry.answers?.type === 'before');
  expect(counts.reduce((sum, cell) => sum + Number(cell), 0)).toBe(before.length);
  expect(before.length).toBeGreaterThan(100);
  // The chart reads out row by row from the keyboard.
  await arriving.getByRole('group').focus();
  await page.keyboard.press('End');
  await expect(arriving.locator('.chart-readout')).toContainText('check-ins');
  await checkView(page, 'patterns-year', { fullPage: true });
  await page.getByRole('radio', { name: '4 weeks' }).click();
  await checkView(page, 'patterns-4-weeks', { fullPage: true });
  await page.getByRole('button', { name: 'If it is more than tiredness' }).click();
  await expect(page.getByRole('link', { name: 'proqol.org' })).toHaveAttribute('href', 'https://www.proqol.org/');
  await checkView(page, 'more-than-tiredness');
});

test('a moment noted from the tray and this week’s reflection show in Patterns', async ({ page }) => {
  await page.goto(harness.url);
  await page
    .getByRole('complementary', { name: 'Tray menu' })
    .getByRole('button', { name: 'Note a moment that mattered…' })
    .click();
  const frame = dashboard(page);
  await frame.getByLabel('What happened, in a few words').fill('Stayed with a long silence, and it helped.');
  await frame.getByRole('button', { name: 'Save this moment' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Moment saved' })).toBeVisible();

  await openDashboardPage(page);
  const early = page.getByRole('button', { name: 'Reflect on this week early' });
  const due = page.getByRole('button', { name: 'Reflect on this week', exact: true });
  await ((await early.isVisible()) ? early : due).click();
  await page
    .getByRole('radiogroup', { name: 'How worn out by the work do you feel?' })
    .getByRole('radio', { name: '6' })
    .click();
  await page
    .getByRole('radiogroup', { name: 'How meaningful did the work feel?' })
    .getByRole('radio', { name: '8' })
    .click();
  await checkView(page, 'weekly-reflection');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByText('This week’s reflection is saved.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Patterns' }).click();
  await page.getByRole('radio', { name: 'The last 7 days' }).click();
  await expect(page.getByText('Stayed with a long silence, and it helped.')).toBeVisible();
  const diary = (await harness.documents()).filter((name) => name.startsWith('diary-'));
  const text = (await Promise.all(diary.map(harness.readDocument))).join('');
  expect(text).toContain('"wornOut":6,"meaningful":8');
});

test('export as CSV and JSON, then erase everything and find no file of the user’s data', async ({ page }) => {
  await openDashboardPage(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  const journal = await harness.journalOnDisk();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as CSV (spreadsheet)' }).click(),
  ]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFFrecord,at,event')).toBe(true);
  expect(csvText.split('\r\n').filter((line) => line.startsWith('journal,')).length).toBe(journal.length);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON (complete)' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as { format: string; journal: unknown[] };
  expect([exported.format, exported.journal.length]).toEqual(['interlude-export', journal.length]);

  await page.getByRole('button', { name: 'Erase everything…' }).click();
  const erase = page.getByRole('button', { name: 'Erase everything now' });
  await expect(erase).toBeDisabled();
  await page.getByLabel('Type “erase” to confirm').fill('erase');
  await checkView(page, 'erase-confirm');
  const dataKey = () => readFile(join(harness.dataDirectory, 'data-key.json'), 'utf8').catch(() => 'removed');
  const keyBefore = await dataKey();
  await erase.click();
  await expect(page.getByText('Everything was erased from this computer.')).toBeVisible();
  // The key went with the data: whatever is written from now on is under a new one.
  expect(await dataKey()).not.toBe(keyBefore);
  const left = (await readdir(harness.dataDirectory)).filter((name) =>
    /^(settings|pause|people|diary|days)/.test(name),
  );
  expect(left).toEqual([]);
  // The journal starts afresh: only what a first-run app records itself of today's prompts, no answer of the user's.
  const afterErase = await harness.journalOnDisk();
  expect(afterErase.length).toBeLessThan(20);
  expect(afterErase.filter((entry) => !['offered', 'missed', 'expired'].includes(entry.event))).toEqual([]);
  const calendarFiles = (await readdir(harness.dataDirectory)).filter((name) => name.startsWith('calendar-'));
  expect(calendarFiles).toEqual(['calendar-secrets.json']);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Patterns' }).click();
  await expect(page.getByText('No check-ins before sessions in this time yet.')).toBeVisible();
  await checkView(page, 'patterns-empty', { fullPage: true });
});
