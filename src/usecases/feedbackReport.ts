import { type FeedbackWindow, summarize } from '../domain/feedback.ts';
import type { Hackfest } from '../domain/hackfest.ts';
import { type Demo, lineup } from '../domain/lineup.ts';
import type { FeedbackReport, Store } from '../ports.ts';

/** The demos presented at a hackfest: those its show ran (skipped ones aside), or without a show, the line-up. */
export async function presentedDemos(store: Store, hackfest: Hackfest): Promise<Demo[]> {
  const [demos, stored] = await Promise.all([store.demos.ofHackfest(hackfest.id), store.shows.get(hackfest.id)]);
  if (stored?.show.status !== 'ended') return lineup(demos, hackfest.slots).onStage;
  const byId = new Map(demos.map((demo) => [demo.id, demo]));
  return stored.show.presented.filter((each) => !each.skipped).flatMap((each) => byId.get(each.demoId) ?? []);
}

/** A hackfest's feedback as organizers read it, once feedback has opened. */
export async function feedbackReport(store: Store, hackfestId: string): Promise<FeedbackReport | undefined> {
  const [hackfest, window] = await Promise.all([store.hackfests.get(hackfestId), store.feedback.window(hackfestId)]);
  if (!hackfest || !window) return undefined;
  return reportOn(store, hackfest, window);
}

/** The report on a hackfest whose feedback window is already read. */
export async function reportOn(store: Store, hackfest: Hackfest, window: FeedbackWindow): Promise<FeedbackReport> {
  const [presented, feedback] = await Promise.all([
    presentedDemos(store, hackfest),
    store.feedback.ofHackfest(hackfest.id),
  ]);
  return { hackfest, presented, window, summary: summarize(feedback, hackfest) };
}
