// The demo's widgets for the demo tests: read from the generated custom-elements.json and
// package.json by demo/widgets.ts, exactly as the demo page reads them.
import {
  readWidgets,
  type ManifestJson,
  type PackageJson,
} from "../demo/widgets.js";

export interface RawManifest extends ManifestJson {
  modules: (ManifestJson["modules"][number] & {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      attributes?: { name: string; type?: { text: string } }[];
    }[];
  })[];
}

export async function loadDemoManifest() {
  const manifest = (await (
    await fetch("/custom-elements.json")
  ).json()) as RawManifest;
  const packageJson = (await (
    await fetch("/package.json")
  ).json()) as PackageJson;
  return { widgets: readWidgets(manifest, packageJson), manifest };
}
