// Turns custom-elements.json (and package.json's exports) into what the demo needs for each widget:
// its tag, summary, attributes with a control kind, slots, events, registering import and React
// component. Pure: the JSON comes in as arguments, so tests can hand it over without Vite.
import { WIDGET_TAGS } from "../src/widgets.js";

export type ControlKind = "boolean" | "choice" | "language" | "number" | "text";

export interface DemoAttribute {
  name: string;
  description: string;
  kind: ControlKind;
  /** For `choice`: the allowed values, parsed from a union type such as `'light' | 'dark'`. */
  choices: string[];
  defaultValue: string;
  /** The element property behind the attribute (`startDate`), as React props name it. */
  fieldName: string;
  /** The TypeScript type as the manifest writes it (`string`, `1 | 2 | 3`, `boolean`). */
  typeText: string;
  /** Declared by the shared card base class, so every card has it: it carries over between widgets. */
  shared: boolean;
}

export interface DemoWidget {
  tag: string;
  /** The tag without `il2-`: the widget's name in the demo's address (`?widget=schedule`). */
  id: string;
  /** The element class (`Il2Schedule`). */
  className: string;
  summary: string;
  attributes: DemoAttribute[];
  slots: { name: string; description: string }[];
  events: string[];
  /** The npm package (`il2-widgets`). */
  packageName: string;
  /** What a bundler imports to register the element (`il2-widgets/schedule`). */
  importPath: string;
  /** The module that adds each non-English language for bundler users (`es` → `il2-widgets/locales/es`). */
  localeImports: Record<string, string>;
  /** The component `il2-widgets/react` exports for it, or null when there is none (yet). */
  reactComponent: string | null;
}

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  inheritedFrom?: { name: string };
}

interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  slots?: { name: string; description?: string }[];
  events?: { name?: string }[];
}

export interface ManifestJson {
  modules: {
    path: string;
    declarations?: ManifestDeclaration[];
    exports?: { name: string }[];
  }[];
}

export interface PackageJson {
  name: string;
  exports?: Record<string, unknown>;
}

/**
 * The demo's widget order: the registry's (the overview first, the card most pages start with and
 * a light first view; then the guide's order; the guide last).
 */
const preferredOrder: readonly string[] = WIDGET_TAGS;

/** `'a' | 'b'` or `1 | 2` → ['a', 'b'] / ['1', '2']; anything else → []. */
function unionMembers(typeText: string): string[] {
  const members = typeText.split("|").map((member) => member.trim());
  const literal = /^(?:'[^']*'|"[^"]*"|\d+)$/;
  return members.length > 1 && members.every((member) => literal.test(member))
    ? members.map((member) => member.replace(/^['"]|['"]$/g, ""))
    : [];
}

function controlKind(name: string, typeText: string, choices: string[]) {
  if (typeText === "boolean") return "boolean";
  if (choices.length) return "choice";
  // `lang` takes any language tag, but only the registered languages have text: offer those.
  if (name === "lang") return "language";
  if (typeText === "number") return "number";
  return "text";
}

function toDemoAttribute(attribute: ManifestAttribute): DemoAttribute {
  const typeText = attribute.type?.text ?? "string";
  const choices = unionMembers(typeText);
  return {
    name: attribute.name,
    description: (attribute.description ?? "").replace(/\s+/g, " "),
    kind: controlKind(attribute.name, typeText, choices),
    choices,
    defaultValue: (attribute.default ?? "").replace(/^['"]|['"]$/g, ""),
    fieldName: attribute.fieldName ?? attribute.name,
    typeText,
    shared: Boolean(attribute.inheritedFrom),
  };
}

/**
 * The package subpath that registers the element declared in `modulePath`: the export whose file
 * is `dist/esm/<folder>/define.js` for `src/<folder>/…`. Without one (a widget not yet exported on
 * its own), the all-in-one bundle, which registers every element.
 */
function importPathFor(modulePath: string, packageJson: PackageJson): string {
  const folder = /^src\/([^/]+)\//.exec(modulePath)?.[1];
  const target = `./dist/esm/${folder}/define.js`;
  for (const [subpath, value] of Object.entries(packageJson.exports ?? {})) {
    const file =
      typeof value === "string"
        ? value
        : (value as { default?: unknown } | null)?.default;
    if (folder && file === target)
      return `${packageJson.name}${subpath.slice(1)}`;
  }
  return `${packageJson.name}/il2-widgets.js`;
}

/** Every il2 element in the manifest, in the demo's order. */
export function readWidgets(
  manifest: ManifestJson,
  packageJson: PackageJson,
): DemoWidget[] {
  const reactExports = new Set(
    manifest.modules
      .filter((module) => module.path === "src/react/index.ts")
      .flatMap((module) => module.exports ?? [])
      .map((item) => item.name),
  );
  const localeImports = Object.fromEntries(
    Object.keys(packageJson.exports ?? {})
      .map((subpath) => /^\.\/locales\/([\w-]+)$/.exec(subpath)?.[1])
      .filter((language) => language !== undefined)
      .map((language) => [language, `${packageJson.name}/locales/${language}`]),
  );
  const found: DemoWidget[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag?.startsWith("il2-")) continue;
      const className = declaration.name ?? "";
      found.push({
        tag,
        id: tag.slice("il2-".length),
        className,
        summary: (declaration.summary ?? declaration.description ?? "").replace(
          /\s+/g,
          " ",
        ),
        attributes: (declaration.attributes ?? []).map(toDemoAttribute),
        slots: (declaration.slots ?? [])
          .filter((slot) => slot.name)
          .map((slot) => ({
            name: slot.name,
            description: slot.description ?? "",
          })),
        events: (declaration.events ?? [])
          .map((event) => event.name ?? "")
          .filter(Boolean),
        packageName: packageJson.name,
        importPath: importPathFor(module.path, packageJson),
        localeImports,
        reactComponent: reactExports.has(className) ? className : null,
      });
    }
  }
  const orderOf = (tag: string) =>
    preferredOrder.includes(tag)
      ? preferredOrder.indexOf(tag)
      : preferredOrder.length;
  // Array.prototype.sort is stable: widgets not in the list keep the manifest's order.
  return found.sort((a, b) => orderOf(a.tag) - orderOf(b.tag));
}
