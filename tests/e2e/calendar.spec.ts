import { TZDate } from '@date-fns/tz';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CLIENT_SECRETS } from '../fixtures/calendars';
import { checkView } from './a11y';
import { startHarness, type Harness } from './harness';
import { middayZone } from './midday-zone';

let harness: Harness;
test.beforeAll(async () => {
  harness = await startHarness(null);
});
test.afterAll(async () => {
  await harness?.stop();
});

const stamp = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A calendar full of the details a real EHR feed carries: two sessions early today (on today's
 * timeline whatever the hour) and two the day after tomorrow.
 */
function calendarForToday(): { text: string; today: number[]; starts: number[] } {
  // Midnight where the preview lives, so "today" is its today.
  const midnight = new TZDate(Date.now(), middayZone());
  midnight.setHours(0, 0, 0, 0);
  const today = [0.5, 1.5].map((hours) => midnight.getTime() + hours * 3_600_000);
  const later = new TZDate(midnight.getTime(), middayZone());
  later.setDate(later.getDate() + 2);
  const starts = [...today, ...[0.5, 1.5].map((hours) => later.getTime() + hours * 3_600_000)];
  const events = starts.flatMap((start, index) => [
    'BEGIN:VEVENT',
    `UID:today-${index}@ehr.example`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(start + 50 * 60_000)}`,
    `SUMMARY:${CLIENT_SECRETS[index % 2]} - therapy`,
    `DESCRIPTION:Join ${CLIENT_SECRETS[2]} or call ${CLIENT_SECRETS[3]}. ${CLIENT_SECRETS[5]}`,
    `LOCATION:${CLIENT_SECRETS[6]}`,
    `ATTENDEE;CN="${CLIENT_SECRETS[index % 2]}":mailto:${CLIENT_SECRETS[4]}`,
    `URL:${CLIENT_SECRETS[2]}`,
    'END:VEVENT',
  ]);
  return { text: ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n'), today, starts };
}

async function filesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

test('an imported calendar’s sessions reach the timeline, and no client detail reaches disk or logs', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 1200 } })).newPage();
  await page.goto(new URL('index.html#dashboard', harness.url).toString());
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Calendars' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Schedule', exact: true })).toBeVisible();

  const { text, today, starts } = calendarForToday();
  const now = Date.now();
  const nextWeek = starts.filter((start) => start >= now && start < now + 7 * 86_400_000).length;
  const file = join(tmpdir(), `interlude-e2e-${Date.now()}.ics`);
  await writeFile(file, text);
  await page.getByLabel('Import an .ics file').setInputFiles(file);
  await expect(page.getByTestId('calendar-status')).toHaveText('Imported. Its sessions are now on your timeline.');

  const sources = page.getByRole('list', { name: 'Your calendars' });
  await expect(sources.getByText('Imported file', { exact: true })).toBeVisible();
  await expect(sources).toContainText(`${nextWeek} sessions in the next 7 days`);
  await views.getByRole('button', { name: 'Today' }).click();
  const timeline = page.getByRole('list', { name: 'Today’s sessions' });
  for (const start of today) {
    const label = new Intl.DateTimeFormat(undefined, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    }).format(start);
    await expect(timeline.getByText(new RegExp(`^${label.replace(/\s/g, '\\s')} –`))).toBeVisible();
  }
  await views.getByRole('button', { name: 'Settings' }).click();

  await page.getByLabel('Or subscribe to a calendar link').fill('http://ehr.example.com/feed.ics');
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByTestId('calendar-status')).toHaveText(
    'Only secure (https:// or webcal://) calendar links can be used.',
  );
  await page.getByText('Where to find your calendar link').click();
  await expect(page.getByText('Can view when I’m busy', { exact: false })).toBeVisible();

  await page.getByText('Which events count as sessions').click();
  await page.getByLabel('Longest (minutes)').fill('10');
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Not saved: The longest session must be at least the shortest.')).toBeVisible();
  await page.getByLabel('Longest (minutes)').fill('90');
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Saved. Calendars are read with these rules')).toBeVisible();

  await checkView(page, 'dashboard-calendars', { fullPage: true });

  // Privacy, proven: nothing the calendar said about a client is anywhere in the data folder or the logs.
  // Each file as it lies on disk, and each document as the app reads it once decrypted.
  const files = await filesIn(harness.dataDirectory);
  expect(files.length).toBeGreaterThan(2);
  const readings = [
    ...(await Promise.all(files.map(async (path) => ({ where: path, text: await readFile(path, 'utf8') })))),
    ...(await Promise.all(
      (await harness.documents()).map(async (name) => ({
        where: `${name}, decrypted`,
        text: await harness.readDocument(name),
      })),
    )),
  ];
  for (const secret of [...CLIENT_SECRETS, 'ehr.example', 'therapy']) {
    for (const { where, text } of readings) expect(text, `${secret} in ${where}`).not.toContain(secret);
    expect(harness.logs()).not.toContain(secret);
  }
});
