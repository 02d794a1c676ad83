/** Where each service keeps its calendar link, in our own words. Shown as short guides on the dashboard. */
export const CALENDAR_GUIDES: { service: string; steps: string }[] = [
  {
    service: 'SimplePractice',
    steps:
      'SimplePractice syncs your appointments to one outside calendar (Google, Apple or Microsoft 365). Subscribe here to that calendar’s link, using the steps for Google or Outlook below. If the sync lets you hide client details, hide them: Interlude only needs the times.',
  },
  {
    service: 'TherapyNotes',
    steps:
      'In your TherapyNotes user settings, open “Sync Calendar With Other Applications” and copy the read-only calendar link. Paste it below.',
  },
  {
    service: 'Jane',
    steps:
      'Jane offers a calendar subscription for each staff profile. Before copying the link, set “Privacy & Sharing” to show as little patient information as it allows.',
  },
  {
    service: 'TherapyAppointment',
    steps:
      'Copy your iCal feed link and paste it below. The feed covers the next 60 days, and names events only as appointments or meetings.',
  },
  {
    service: 'Google Calendar',
    steps:
      'Open the calendar’s settings and copy “Secret address in iCal format”. Treat it like a password; you can reset it there if it is ever shared. If your EHR syncs into Google, prefer the EHR’s own link: Google refreshes subscribed calendars only every 12–24 hours.',
  },
  {
    service: 'Outlook / Microsoft 365',
    steps:
      'In Outlook’s calendar settings, publish your calendar with “Can view when I’m busy” and copy the ICS link. Busy-only gives plain time blocks with no titles, which is all Interlude needs.',
  },
];
