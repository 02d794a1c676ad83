import { addHours } from 'date-fns/addHours';
import type { DashboardView } from '../shared/dashboard-view';
import type { TrayAction } from '../shared/tray-menu';
import type { Moment } from './moment';
import type { Preferences } from './preferences';
import type { PromptDesk } from './prompt-desk';
import { endOfLocalDay } from './schedule';

export interface TrayActionContext {
  moment: Moment;
  desk: PromptDesk;
  preferences: Preferences;
  /** Shows the dashboard, at a view when one is named. */
  openDashboard: (view?: DashboardView) => void;
  quit: () => Promise<void>;
}

/** Carries out a tray menu item; says whether the plan needs another look. */
export async function runTrayAction(action: TrayAction, context: TrayActionContext): Promise<'replan' | 'done'> {
  const { moment, desk, preferences } = context;
  const { now, timeZone } = moment;
  switch (action.type) {
    case 'start-reset':
      await desk.requestReset(action.exercise, preferences.settings.resetMinutes * 60, now, moment.nextSession);
      return 'replan';
    case 'check-in-now':
      await desk.requestCheckIn(moment);
      return 'replan';
    case 'pause': {
      const until =
        action.for === 'hour'
          ? addHours(now, 1).getTime()
          : action.for === 'today'
            ? endOfLocalDay(now, timeZone)
            : null;
      await preferences.setPause({ from: now, until });
      return 'replan';
    }
    case 'resume':
      await preferences.setPause(null);
      return 'replan';
    case 'open-dashboard':
      context.openDashboard(action.view);
      return 'done';
    case 'quit':
      await context.quit();
      return 'done';
  }
}
