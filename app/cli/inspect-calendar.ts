/**
 * npm run inspect-calendar -- <file-or-url> [--from YYYY-MM-DD] [--days N] [--tz IANA-zone] [--json]
 *
 * Prints what Interlude will treat as sessions in a window, and why other events were left out.
 * It prints times only: nothing that could identify a client.
 */
import { inspectCalendarCommand } from './inspect-calendar-command';

process.exitCode = await inspectCalendarCommand(process.argv.slice(2), { out: console.log, err: console.error });
