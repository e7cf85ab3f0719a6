// The package entry: element classes and helpers, with no side effects. Importing this module
// defines no elements; import `il2-widgets/overview` (etc.) or the bundle for that.
export { Il2Card } from "./shared/card.js";
// Every element class, with its public types (event details…).
export * from "./generated/elements.js";
export { DEFAULT_STORAGE_KEY as DOCTOR_QUESTIONS_STORAGE_KEY } from "./questions/question-store.js";
export { defineElement } from "./shared/define-element.js";
export { registerLocale, availableLanguages } from "./i18n/locale.js";
export type { LocaleText } from "./generated/locale-text.js";
export type { CommonText } from "./i18n/common-text.js";
export type { CountMessage } from "./i18n/message.js";
export type { ContentBlock } from "./shared/blocks.js";
export type { SelfCheckTopic } from "./self-check/answer-key.js";
export type { SavedStateV1 as DoctorQuestionsSavedState } from "./questions/saved-state.js";
