import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from "@angular/core";
import type {
  Il2HostQuestion,
  Il2QuestionsChangeDetail,
  Il2ScheduleChangeDetail,
} from "il2-widgets";
// Define the two elements this component shows.
import "il2-widgets/schedule";
import "il2-widgets/doctor-questions";

@Component({
  selector: "app-root",
  // il2-… tags are custom elements: without this, the template compiler stops at
  // "'il2-schedule' is not a known element".
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>il2-widgets in Angular</h1>
      <p>
        <label>
          First infusion day, as the app holds it:
          <input
            type="date"
            [value]="startDate()"
            (input)="startDate.set($any($event.target).value)"
          />
        </label>
      </p>
      <il2-schedule
        [startDate]="startDate()"
        heading-level="2"
        (il2-schedule-change)="onScheduleChange($event)"
      ></il2-schedule>
      <p id="asked">Questions marked as asked: {{ asked() }}</p>
      <il2-doctor-questions
        [questions]="questions"
        heading-level="2"
        (il2-questions-change)="onQuestionsChange($event)"
      ></il2-doctor-questions>
    </main>
  `,
})
export class App {
  // The app's own state: the first infusion day, and the clinic's extra question.
  readonly startDate = signal("2027-03-08");
  readonly questions: Il2HostQuestion[] = [
    { id: "ride", text: "Who can drive me home after each stay?" },
  ];
  readonly asked = signal(0);

  // The card fires il2-schedule-change when the reader types or clears their own date in it.
  // Writing the date back keeps the app's state and the card in step. Angular types $event from
  // the events map that the il2-widgets imports above bring in.
  onScheduleChange(event: CustomEvent<Il2ScheduleChangeDetail>): void {
    this.startDate.set(event.detail.startDate ?? "");
  }

  onQuestionsChange(event: CustomEvent<Il2QuestionsChangeDetail>): void {
    this.asked.set(event.detail.asked);
  }
}
