/** npm run seed-history -- --data DIR [--weeks N] [--tz IANA-zone] [--seed N] [--without-day-off N] */
import { seedHistoryCommand } from './seed-history-command';

process.exitCode = await seedHistoryCommand(process.argv.slice(2), { out: console.log, err: console.error });
