// ESLint: typescript-eslint (type-aware) plus the Lit, lit-a11y and web-component rule sets.
import tseslint from "typescript-eslint";
import lit from "eslint-plugin-lit";
import litA11y from "eslint-plugin-lit-a11y";
import wc from "eslint-plugin-wc";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "demo-dist/",
      "node_modules/",
      "custom-elements.json",
      "bench-results/",
      // Scratch space of the test tools (test:repeat's logs, the Node tests' app folders).
      ".tmp/",
      // The framework example apps are checked by their own frameworks' checkers (vue-tsc,
      // svelte-check, Angular's compiler) in test/frameworks/framework-types.test.mjs and by hand.
      "examples/vue/",
      "examples/svelte/",
      "examples/angular/",
      // Two tiny copies of a repository's content that the review pack's "--since" test compares.
      "scripts/fixtures/",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["*.js", "*.mjs", "scripts/*.mjs"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts", "demo/**/*.ts"],
    ...lit.configs["flat/recommended"],
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts", "demo/**/*.ts"],
    ...litA11y.configs.recommended,
  },
  { files: ["src/**/*.ts"], ...wc.configs["flat/recommended"] },
  {
    // The demo too: it shows values from the address bar, which anyone can write.
    files: ["src/**/*.ts", "demo/**/*.ts"],
    rules: {
      // No HTML strings from anywhere: the brief forbids innerHTML and unsafeHTML outright.
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
          property,
          message: "Render with Lit templates; never parse strings as HTML.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "lit/directives/unsafe-html.js",
              message: "Outside text is never HTML.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_" },
      ],
      // Lit calls template event listeners with the host as `this`.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Chai's property assertions (`.to.be.true`) read as unused expressions.
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      // semantic-dom-diff types every Chai `equal` as a Promise, so the type-aware rule cannot
      // tell real promises apart here; the one async assertion we use must still be awaited.
      "@typescript-eslint/no-floating-promises": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message:
            "Await the accessibility check: `await expect(el).to.be.accessible()`.",
        },
      ],
      // The suite runs in Chromium, Firefox and WebKit: these two work in Chromium only.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@web/test-runner-commands",
              importNames: ["emulateMedia", "sendKeys"],
              message:
                "Use emulateMedia and sendKeys from test/helpers.ts: they work in every engine.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
