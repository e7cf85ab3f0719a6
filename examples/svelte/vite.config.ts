import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Svelte needs no setting for custom elements: a tag with a hyphen is one.
export default defineConfig({
  plugins: [svelte()],
});
