import type { Migration } from 'kysely/migration';
import * as dueJobs from './001_due_jobs.ts';
import * as hackfests from './002_hackfests.ts';
import * as demos from './003_demos.ts';
import * as shows from './004_shows.ts';
import * as reminderChoices from './005_reminder_choices.ts';
import * as proposals from './006_proposals.ts';
import * as feedback from './007_feedback.ts';
import * as homeViewers from './008_home_viewers.ts';
import * as seriesContinuedBy from './009_series_continued_by.ts';
import * as heldHackfests from './010_held_hackfests.ts';
import * as startReminders from './011_start_reminders.ts';
import * as feedbackPrompts from './012_feedback_prompts.ts';
import * as signupsCloseJobs from './013_signups_close_jobs.ts';

/** Every migration, in order. Both engines run the same set. */
export const migrations: Record<string, Migration> = {
  '001_due_jobs': dueJobs,
  '002_hackfests': hackfests,
  '003_demos': demos,
  '004_shows': shows,
  '005_reminder_choices': reminderChoices,
  '006_proposals': proposals,
  '007_feedback': feedback,
  '008_home_viewers': homeViewers,
  '009_series_continued_by': seriesContinuedBy,
  '010_held_hackfests': heldHackfests,
  '011_start_reminders': startReminders,
  '012_feedback_prompts': feedbackPrompts,
  '013_signups_close_jobs': signupsCloseJobs,
};
