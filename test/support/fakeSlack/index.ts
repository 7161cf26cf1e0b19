export { blockKitViolationsFor } from './blockKitChecks.ts';
export type { Surface } from './blockKitLimits.ts';
export { checkBlockKit } from './blockKitLimits.ts';
export type { ApiCall, CallPredicate } from './callLog.ts';
export type { FailureRule, InjectedFailure } from './failures.ts';
export type { StoredMessage } from './messages.ts';
export type {
  AppHomeOpenedInput,
  BlockActionInput,
  BlockActionPayload,
  SlashCommandInput,
  ViewSubmissionInput,
} from './payloads.ts';
export { appHomeOpened, blockAction, slashCommand, viewSubmission } from './payloads.ts';
export type { AppRequestKind, AppResponse, PostToAppOptions, SignatureHeaders } from './signedRequest.ts';
export { postToApp, signRequest } from './signedRequest.ts';
export type { EnvelopeAck, EnvelopeOptions, EnvelopeType } from './socketMode.ts';
export type { FakeUser, UserOverrides } from './users.ts';
export type { BlockKitViolation, FakeSlack, FakeSlackOptions, FileUpload } from './webApi.ts';
export { startFakeSlack } from './webApi.ts';
export type { MethodHandler, SlackAnswer } from './webApiMethods.ts';
export { APP_ID, BOT_ID, BOT_USER_ID, TEAM_DOMAIN, TEAM_ID } from './workspace.ts';
