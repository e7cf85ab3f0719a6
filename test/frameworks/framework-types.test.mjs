// The framework types shipped in the package (dist/frameworks/, from custom-elements.json), as a
// project that uses them meets them: the Vue and Svelte examples with a component of wrong
// bindings added, and React 19 and Preact files, each checked by its framework's own checker
// (vue-tsc --noEmit, svelte-check, tsc) against the packed package. The examples must pass clean;
// every line marked "wrong" must fail, and nothing else may.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appFolder, removeAppFolder, root, run } from "./packed-package.mjs";

const bin = (path) => join(root, "node_modules", path);

let dir = "";
before(() => {
  dir = appFolder("types");
});

after(() => removeAppFolder(dir));

/**
 * The lines a checker must report: each line right after a comment that starts with "wrong:"
 * (`<!-- wrong: … -->`, `// wrong: …` or JSX's `{/* wrong: … *\/}`), 1-based.
 * @param {string} source
 */
function markedLines(source) {
  return source
    .split("\n")
    .flatMap((line, index) =>
      /^\s*(<!--|\/\/|\{\/\*) wrong:/.test(line) ? [index + 2] : [],
    );
}

/**
 * The errors a checker printed, as "file:line" strings, from tsc's `file(line,col): error` form
 * and svelte-check's machine output (`<time> ERROR "file" line:col "message"`).
 * @param {string} output
 */
function errorLines(output) {
  const found = new Set();
  for (const [, file, line] of output.matchAll(
    /^(\S+?)\((\d+),\d+\): error TS\d+/gm,
  ))
    found.add(`${file}:${line}`);
  for (const [, file, line] of output.matchAll(
    /^\d+ ERROR "([^"]+)" (\d+):\d+/gm,
  ))
    found.add(`${file}:${line}`);
  return [...found].sort();
}

/**
 * Asserts the checker failed on exactly the marked lines of `wrongFile`.
 * @param {{ status: number, output: string }} result
 * @param {string} wrongFile its path as the checker prints it
 * @param {string} source
 */
function assertOnlyMarkedLinesFail(result, wrongFile, source) {
  const expected = markedLines(source).map((line) => `${wrongFile}:${line}`);
  assert.ok(expected.length > 0, "the fixture marks its wrong lines");
  assert.notEqual(result.status, 0, "the checker fails");
  assert.deepEqual(errorLines(result.output), expected.sort(), result.output);
}

const WRONG_VUE = `<script setup lang="ts">
import { ref } from "vue";
const questions = ref(["Who can drive me home?"]);
function onCount(event: CustomEvent<number>) {
  return event.detail;
}
</script>

<template>
  <!-- Right: text for numbers, as attributes give them, and an array set as a property. -->
  <il2-schedule start-date="2027-03-08" heading-level="3" doses-per-day="2"></il2-schedule>
  <il2-doctor-questions :questions.prop="questions" persist></il2-doctor-questions>
  <!-- wrong: a number for a date -->
  <il2-schedule :start-date="5"></il2-schedule>
  <!-- wrong: there is no heading level 9 -->
  <il2-overview heading-level="9"></il2-overview>
  <!-- wrong: no such setting -->
  <il2-resources :bogus="true"></il2-resources>
  <!-- wrong: questions take an array -->
  <il2-doctor-questions :questions.prop="'Who can drive me home?'"></il2-doctor-questions>
  <!-- wrong: the handler expects another event -->
  <il2-doctor-questions @il2-questions-change="onCount"></il2-doctor-questions>
  <!-- wrong: the theme is light, dark or auto -->
  <il2-guide theme="blue"></il2-guide>
</template>
`;

test("vue-tsc --noEmit passes the Vue example and fails each wrong binding", () => {
  const app = join(dir, "vue");
  cpSync(join(root, "examples/vue"), app, { recursive: true });
  writeFileSync(join(app, "src/WrongBindings.vue"), WRONG_VUE);
  const result = run(
    process.execPath,
    [bin("vue-tsc/bin/vue-tsc.js"), "--noEmit", "-p", "tsconfig.json"],
    app,
  );
  assertOnlyMarkedLinesFail(result, "src/WrongBindings.vue", WRONG_VUE);
});

const WRONG_SVELTE = `<script lang="ts">
  const questions = ["Who can drive me home?"];
  function onCount(event: CustomEvent<number>) {
    return event.detail;
  }
</script>

<!-- Right: text for numbers, as attributes give them, and an array set as a property. -->
<il2-schedule start-date="2027-03-08" heading-level="3" doses-per-day="2"></il2-schedule>
<il2-doctor-questions {questions} persist></il2-doctor-questions>
<!-- wrong: a number for a date -->
<il2-schedule start-date={5}></il2-schedule>
<!-- wrong: there is no heading level 9 -->
<il2-overview heading-level="9"></il2-overview>
<!-- wrong: no such setting -->
<il2-resources bogus></il2-resources>
<!-- wrong: questions take an array -->
<il2-doctor-questions questions="Who can drive me home?"></il2-doctor-questions>
<!-- wrong: the handler expects another event -->
<il2-doctor-questions onil2-questions-change={onCount}></il2-doctor-questions>
<!-- wrong: the theme is light, dark or auto -->
<il2-guide theme="blue"></il2-guide>
`;

test("svelte-check passes the Svelte example and fails each wrong binding", () => {
  const app = join(dir, "svelte");
  cpSync(join(root, "examples/svelte"), app, { recursive: true });
  writeFileSync(join(app, "src/WrongBindings.svelte"), WRONG_SVELTE);
  const result = run(
    process.execPath,
    [
      bin("svelte-check/bin/svelte-check"),
      "--tsconfig",
      "./tsconfig.json",
      "--output",
      "machine",
      "--fail-on-warnings",
    ],
    app,
  );
  assertOnlyMarkedLinesFail(result, "src/WrongBindings.svelte", WRONG_SVELTE);
});

/** The same bindings in JSX, for React 19 (`onil2-…` props listen for the events) and Preact. */
const jsx = (pragma) => `${pragma}
import type { Il2QuestionsChangeDetail } from "il2-widgets";

const questions = ["Who can drive me home?"];
const onChange = (event: CustomEvent<Il2QuestionsChangeDetail>) => event.detail.asked;
const onCount = (event: CustomEvent<number>) => event.detail;

export const right = (
  <main>
    <il2-schedule start-date="2027-03-08" heading-level="3" doses-per-day={2}></il2-schedule>
    <il2-doctor-questions questions={questions} onil2-questions-change={onChange}></il2-doctor-questions>
    <il2-overview onil2-section-toggle={(event) => event.detail.open}></il2-overview>
  </main>
);
export const wrong = (
  <main>
    {/* wrong: a number for a date */}
    <il2-schedule start-date={5}></il2-schedule>
    {/* wrong: there is no heading level 9 */}
    <il2-overview heading-level="9"></il2-overview>
    {/* wrong: no such setting */}
    <il2-resources bogus></il2-resources>
    {/* wrong: questions take an array */}
    <il2-doctor-questions questions="Who can drive me home?"></il2-doctor-questions>
    {/* wrong: the handler expects another event */}
    <il2-doctor-questions onil2-questions-change={onCount}></il2-doctor-questions>
  </main>
);
`;

test("tsc checks il2 tags in React 19 and Preact JSX", () => {
  const app = join(dir, "jsx");
  mkdirSync(app, { recursive: true });
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2022", "DOM"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        jsx: "react-jsx",
        jsxImportSource: "react",
        types: ["il2-widgets/types/react", "il2-widgets/types/preact"],
      },
      include: ["*.tsx"],
    }),
  );
  const files = {
    "react.tsx": jsx("// React 19 (the tsconfig's jsxImportSource)"),
    "preact.tsx": jsx("/** @jsxImportSource preact */"),
  };
  for (const [name, source] of Object.entries(files))
    writeFileSync(join(app, name), source);
  const result = run(
    process.execPath,
    [bin("typescript/bin/tsc"), "-p", "."],
    app,
  );
  assert.notEqual(result.status, 0, "tsc fails");
  const expected = Object.entries(files).flatMap(([name, source]) =>
    markedLines(source).map((line) => `${name}:${line}`),
  );
  assert.deepEqual(errorLines(result.output), expected.sort(), result.output);
});
