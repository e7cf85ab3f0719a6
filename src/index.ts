// The package entry: element classes and helpers, with no side effects. Importing this module
// defines no elements; import `il2-widgets/overview` (etc.) or the bundle for that.
export { Il2Card } from "./shared/card.js";
export {
  Il2Overview,
  type Il2SectionToggleDetail,
} from "./overview/overview.js";
export { Il2Assistance } from "./assistance/assistance.js";
export { Il2Resources } from "./resources/resources.js";
export {
  Il2Schedule,
  type Il2ScheduleChangeDetail,
  type Il2CalendarDownloadDetail,
  type ScheduleDates,
} from "./schedule/schedule.js";
export {
  Il2DoctorQuestions,
  type Il2HostQuestion,
  type Il2QuestionSource,
  type Il2QuestionState,
  type Il2QuestionsAction,
  type Il2QuestionsChangeDetail,
} from "./questions/doctor-questions.js";
export { Il2SelfCheck } from "./self-check/self-check.js";
export type { Il2AskDetail, Il2AskResult } from "./shared/ask-event.js";
export { DEFAULT_STORAGE_KEY as DOCTOR_QUESTIONS_STORAGE_KEY } from "./questions/question-store.js";
export { Il2Guide } from "./guide/guide.js";
export { defineElement } from "./shared/define-element.js";
export { registerLocale, availableLanguages } from "./i18n/locale.js";
export type { LocaleText, CommonText } from "./i18n/locale-text.js";
export type {
  OverviewText,
  OverviewSectionId,
} from "./overview/overview-text.js";
export type { GuideText } from "./guide/guide-text.js";
export type { AssistanceText } from "./assistance/assistance-text.js";
export type {
  ResourcesText,
  ResourceTopic,
  ResourceTopicText,
  ResearchTopicText,
  ResearchFunding,
} from "./resources/resources-text.js";
export type {
  ScheduleText,
  ScheduleCalendarText,
} from "./schedule/schedule-text.js";
export type {
  QuestionsText,
  BuiltInQuestionId,
} from "./questions/doctor-questions-text.js";
export type {
  SelfCheckText,
  SelfCheckQuestionText,
} from "./self-check/self-check-text.js";
export type { SelfCheckTopic } from "./self-check/answer-key.js";
export type { SavedStateV1 as DoctorQuestionsSavedState } from "./questions/saved-state.js";
