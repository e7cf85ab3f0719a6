// The one list of the widgets. Data only: nothing here imports a widget, so any tool (the build,
// the generator, the demo, the bench, the tests) can read it without loading the widgets.
// Every other list of widgets is derived from this one: written out by `npm run generate` where
// it must be static (the one-file entry, the server's element list, the React wrappers, the
// package exports), or computed from it where it is read (the autoloader's table, the demo, the
// bench, the API page, the test helpers). `test/node/registry.test.mjs` fails when a list
// disagrees with this one, or when a widget folder is missing here (or the reverse).
//
// Adding a widget: its folder (`src/<folder>/` with `<folder>.ts`, `<folder>.styles.ts` and
// `define.ts`), its text in `src/locales/en/<folder>.ts` and `src/locales/es/<folder>.ts`, one line
// here, then `npm run generate`.

export interface WidgetEntry {
  /** The custom element's tag. Its package export is the tag without `il2-` (`il2-widgets/overview`). */
  readonly tag: `il2-${string}`;
  /** Its folder under `src/`, and the name of its text files in `src/locales/<language>/`. */
  readonly folder: string;
  /** The element class that `src/<folder>/<folder>.ts` exports. */
  readonly className: `Il2${string}`;
  /**
   * The parts of the locale text the card shows besides `common`: its own, first, and any other
   * card's it names (the self-check names the cards that explain its answers by their titles).
   */
  readonly text: readonly string[];
  /** Shown inside `<il2-guide>`, in this list's order. */
  readonly inGuide: boolean;
  /**
   * Pre-rendered, the card is complete without script (text, links, print): with the autoloader
   * its code loads only when the page changes it or the reader focuses or points at it (its few
   * buttons need it). Leave it out for a card the reader works (buttons, fields): that one's code
   * loads when it comes near the viewport too.
   */
  readonly readOnly?: true;
  /**
   * What `<il2-guide>` passes on to this card: properties the guide has under the same names (a
   * hospital sets its numbers once, on the guide), and slots it forwards (`<slot name>` inside).
   */
  readonly guideForwards?: {
    readonly properties?: readonly string[];
    readonly slots?: readonly string[];
  };
}

/** In the order the guide shows them, and the docs and the demo list them; the guide last. */
export const WIDGETS = [
  {
    tag: "il2-overview",
    folder: "overview",
    className: "Il2Overview",
    text: ["overview"],
    inGuide: true,
    readOnly: true,
  },
  {
    tag: "il2-schedule",
    folder: "schedule",
    className: "Il2Schedule",
    text: ["schedule"],
    inGuide: true,
  },
  {
    tag: "il2-side-effects",
    folder: "side-effects",
    className: "Il2SideEffects",
    text: ["sideEffects"],
    inGuide: true,
    readOnly: true,
    guideForwards: {
      properties: [
        "careTeamPhone",
        "careTeamHours",
        "afterHoursPhone",
        "emergencyNumber",
      ],
      slots: ["contact"],
    },
  },
  {
    tag: "il2-self-check",
    folder: "self-check",
    className: "Il2SelfCheck",
    text: ["selfCheck", "overview", "schedule", "sideEffects"],
    inGuide: true,
  },
  {
    tag: "il2-doctor-questions",
    folder: "questions",
    className: "Il2DoctorQuestions",
    text: ["questions"],
    inGuide: true,
  },
  {
    tag: "il2-assistance",
    folder: "assistance",
    className: "Il2Assistance",
    text: ["assistance"],
    inGuide: true,
    readOnly: true,
  },
  {
    tag: "il2-resources",
    folder: "resources",
    className: "Il2Resources",
    text: ["resources"],
    inGuide: true,
    readOnly: true,
  },
  {
    tag: "il2-guide",
    folder: "guide",
    className: "Il2Guide",
    text: ["guide"],
    inGuide: false,
  },
] as const satisfies readonly WidgetEntry[];

export type WidgetTag = (typeof WIDGETS)[number]["tag"];

/** Every tag, in the registry's order. */
export const WIDGET_TAGS: readonly WidgetTag[] = WIDGETS.map(({ tag }) => tag);

/** The package export of a widget: `il2-widgets/<name>`. */
export const exportName = (widget: WidgetEntry) => widget.tag.slice(4);
