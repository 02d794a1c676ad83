import type { CatalogueViewsPart } from '../../translator';
import calendar from './calendar.json' with { type: 'json' };
import calendarGuides from './calendarGuides.json' with { type: 'json' };
import dashboard from './dashboard.json' with { type: 'json' };
import dialogs from './dialogs.json' with { type: 'json' };
import notices from './notices.json' with { type: 'json' };
import notifications from './notifications.json' with { type: 'json' };
import nudges from './nudges.json' with { type: 'json' };
import patterns from './patterns.json' with { type: 'json' };
import preview from './preview.json' with { type: 'json' };
import settings from './settings.json' with { type: 'json' };
import tray from './tray.json' with { type: 'json' };
import wellbeing from './wellbeing.json' with { type: 'json' };

/** The dashboard's views, the tray, notifications and dialogs: loaded by the dashboard and the main process, never by the prompt window. */
const part: CatalogueViewsPart = {
  messages: {
    calendar,
    calendarGuides,
    dashboard,
    dialogs,
    notices,
    notifications,
    nudges,
    patterns,
    preview,
    settings,
    tray,
    wellbeing,
  },
};
export default part;
