// custom-elements.json is generated from each element's JSDoc header (the public API).
export default {
  globs: ["src/**/*.ts"],
  exclude: ["src/**/*.styles.ts", "src/locales/**"],
  outdir: ".",
  litelement: true,
  dependencies: false,
  packagejson: true,
};
