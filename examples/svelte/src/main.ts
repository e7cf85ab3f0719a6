import { mount } from "svelte";
// Defines <il2-schedule> before the app's first render.
import "il2-widgets/schedule";
import App from "./App.svelte";

mount(App, { target: document.getElementById("app")! });

// <il2-doctor-questions> is defined only after the first render, as with a lazy import or the
// autoloader. Svelte sets an array as a property even on an element not yet defined, so the
// questions arrive.
void import("il2-widgets/doctor-questions");
