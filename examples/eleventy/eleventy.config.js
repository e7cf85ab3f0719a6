// Eleventy (tried with 3.1.8): pre-renders the il2 cards in every HTML page the site writes, and
// copies the script that adopts them into the site.
import { prerender } from "il2-widgets/ssr";

export default function (eleventyConfig) {
  eleventyConfig.addTransform("il2-prerender", function (content) {
    return this.page.outputPath?.endsWith(".html")
      ? prerender(content)
      : content;
  });
  eleventyConfig.addPassthroughCopy({
    "node_modules/il2-widgets/dist/il2-widgets.js": "il2-widgets.js",
  });
}
