import { createApp } from "vue";
// Defines <il2-schedule> before the app's first render.
import "il2-widgets/schedule";
import App from "./App.vue";

createApp(App).mount("#app");

// <il2-doctor-questions> is defined only after the first render, as with a lazy import or the
// autoloader. Its questions still arrive, because App.vue binds them with .prop.
void import("il2-widgets/doctor-questions");
