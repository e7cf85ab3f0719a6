// Reads the generated custom-elements.json into what the demo needs: each widget's tag,
// summary, attributes (with a control kind) and named slots.
import manifest from "../custom-elements.json";

export type ControlKind = "boolean" | "choice" | "text";

export interface DemoAttribute {
  name: string;
  description: string;
  kind: ControlKind;
  /** For `choice`: the allowed values, parsed from a union type such as `'light' | 'dark'`. */
  choices: string[];
  defaultValue: string;
}

export interface DemoWidget {
  tag: string;
  summary: string;
  attributes: DemoAttribute[];
  slots: { name: string; description: string }[];
  events: string[];
}

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

interface ManifestDeclaration {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  slots?: { name: string; description?: string }[];
  events?: { name?: string }[];
}

/** `'a' | 'b'` or `1 | 2` → ['a', 'b'] / ['1', '2']; anything else → []. */
function unionMembers(typeText: string): string[] {
  const members = typeText.split("|").map((member) => member.trim());
  const literal = /^(?:'[^']*'|"[^"]*"|\d+)$/;
  return members.length > 1 && members.every((member) => literal.test(member))
    ? members.map((member) => member.replace(/^['"]|['"]$/g, ""))
    : [];
}

function toDemoAttribute(attribute: ManifestAttribute): DemoAttribute {
  const typeText = attribute.type?.text ?? "string";
  const choices = unionMembers(typeText);
  const kind: ControlKind =
    typeText === "boolean" ? "boolean" : choices.length ? "choice" : "text";
  return {
    name: attribute.name,
    description: (attribute.description ?? "").replace(/\s+/g, " "),
    kind,
    choices,
    defaultValue: (attribute.default ?? "").replace(/^['"]|['"]$/g, ""),
  };
}

const declarations = (
  manifest.modules as { declarations?: ManifestDeclaration[] }[]
).flatMap((module) => module.declarations ?? []);

/** Every il2 element in the manifest, in the order the guide shows them. */
export const widgets: DemoWidget[] = declarations
  .filter(
    (declaration) =>
      declaration.customElement && declaration.tagName?.startsWith("il2-"),
  )
  .map((declaration) => ({
    tag: declaration.tagName!,
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
  }));
