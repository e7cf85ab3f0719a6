// `il2-widgets/react`: React components for every element, made with @lit/react's
// createComponent. Importing this module defines all the elements (it imports their registering
// modules). Props that are element properties (`headingLevel`, `startDate`, `questions`…) are set
// as properties; the others (`lang`, `className`, `id`…) as attributes. Events are `onIl2…` props.
// React and @lit/react are optional peer dependencies: only this entry needs them.
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
import { Il2Overview as Il2OverviewElement } from "../overview/define.js";
import { Il2Schedule as Il2ScheduleElement } from "../schedule/define.js";
import { Il2SelfCheck as Il2SelfCheckElement } from "../self-check/define.js";
import { Il2DoctorQuestions as Il2DoctorQuestionsElement } from "../questions/define.js";
import { Il2Assistance as Il2AssistanceElement } from "../assistance/define.js";
import { Il2Resources as Il2ResourcesElement } from "../resources/define.js";
import { Il2Guide as Il2GuideElement } from "../guide/define.js";
import type { Il2SectionToggleDetail } from "../overview/overview.js";
import type {
  Il2CalendarDownloadDetail,
  Il2ScheduleChangeDetail,
} from "../schedule/schedule.js";
import type { Il2QuestionsChangeDetail } from "../questions/doctor-questions.js";
import type { Il2AskDetail } from "../shared/ask-event.js";

export type {
  Il2SectionToggleDetail,
  Il2ScheduleChangeDetail,
  Il2CalendarDownloadDetail,
  Il2QuestionsChangeDetail,
  Il2AskDetail,
};
export type { Il2AskResult } from "../shared/ask-event.js";
export type {
  Il2HostQuestion,
  Il2QuestionState,
  Il2QuestionsAction,
  Il2QuestionSource,
} from "../questions/doctor-questions.js";
export type { ScheduleDates } from "../schedule/schedule.js";

/** `<il2-overview>`; `onIl2SectionToggle` receives `il2-section-toggle`. */
export const Il2Overview = createComponent({
  react: React,
  tagName: "il2-overview",
  elementClass: Il2OverviewElement,
  displayName: "Il2Overview",
  events: {
    onIl2SectionToggle: "il2-section-toggle" as EventName<
      CustomEvent<Il2SectionToggleDetail>
    >,
  },
});

/** `<il2-schedule>`; `onIl2ScheduleChange` and `onIl2CalendarDownload` receive its events. */
export const Il2Schedule = createComponent({
  react: React,
  tagName: "il2-schedule",
  elementClass: Il2ScheduleElement,
  displayName: "Il2Schedule",
  events: {
    onIl2ScheduleChange: "il2-schedule-change" as EventName<
      CustomEvent<Il2ScheduleChangeDetail>
    >,
    onIl2CalendarDownload: "il2-calendar-download" as EventName<
      CustomEvent<Il2CalendarDownloadDetail>
    >,
  },
});

/**
 * `<il2-self-check>`; `onIl2Ask` receives `il2-ask` (a host with its own list of questions may take
 * the question there and set `event.detail.result`).
 */
export const Il2SelfCheck = createComponent({
  react: React,
  tagName: "il2-self-check",
  elementClass: Il2SelfCheckElement,
  displayName: "Il2SelfCheck",
  events: {
    onIl2Ask: "il2-ask" as EventName<CustomEvent<Il2AskDetail>>,
  },
});

/** `<il2-doctor-questions>`; `onIl2QuestionsChange` receives `il2-questions-change`. */
export const Il2DoctorQuestions = createComponent({
  react: React,
  tagName: "il2-doctor-questions",
  elementClass: Il2DoctorQuestionsElement,
  displayName: "Il2DoctorQuestions",
  events: {
    onIl2QuestionsChange: "il2-questions-change" as EventName<
      CustomEvent<Il2QuestionsChangeDetail>
    >,
  },
});

/** `<il2-assistance>`; put contact details in a child with `slot="contact"`. */
export const Il2Assistance = createComponent({
  react: React,
  tagName: "il2-assistance",
  elementClass: Il2AssistanceElement,
  displayName: "Il2Assistance",
});

/** `<il2-resources>`. */
export const Il2Resources = createComponent({
  react: React,
  tagName: "il2-resources",
  elementClass: Il2ResourcesElement,
  displayName: "Il2Resources",
});

/** `<il2-guide>`: every card in one element. */
export const Il2Guide = createComponent({
  react: React,
  tagName: "il2-guide",
  elementClass: Il2GuideElement,
  displayName: "Il2Guide",
});
