import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // il2-… tags are custom elements: Vue renders them as they are instead of looking for
          // Vue components of that name.
          isCustomElement: (tag) => tag.startsWith("il2-"),
        },
      },
    }),
  ],
});
