import { expect } from "@open-wc/testing";
import {
  MAX_URL_LENGTH,
  parseHttpUrl,
  siteName,
} from "../src/shared/safe-url.js";
import "./helpers.js";

describe("parseHttpUrl", () => {
  describe("accepts absolute http and https URLs", () => {
    const cases: [string, string][] = [
      ["https://example.org/help", "https://example.org/help"],
      ["http://example.org", "http://example.org/"],
      ["HTTPS://Example.ORG/Path?q=1#top", "https://example.org/Path?q=1#top"],
      ["  https://example.org/padded  ", "https://example.org/padded"],
      [
        "\nhttps://example.org/newline-around\t",
        "https://example.org/newline-around",
      ],
      ["https://example.org:8443/a", "https://example.org:8443/a"],
      [
        "https://bücher.example/straße",
        "https://xn--bcher-kva.example/stra%C3%9Fe",
      ],
      [
        'https://example.org/"><img/src=x/onerror=alert(1)>',
        "https://example.org/%22%3E%3Cimg/src=x/onerror=alert(1)%3E",
      ],
    ];
    for (const [input, href] of cases) {
      it(`${JSON.stringify(input)} → ${href}`, () => {
        expect(parseHttpUrl(input)).to.deep.equal({ value: href, valid: true });
      });
    }

    it("returns plain ASCII (even for a right-to-left override), exactly where the browser will go", () => {
      const { value } = parseHttpUrl("https://example.org/ünïcode\u202e-path");
      expect(value).to.match(/^[\x21-\x7e]+$/);
    });
  });

  describe('treats a missing or empty value as "no link", without complaint', () => {
    for (const input of [undefined, null, "", "   ", "\n\t"]) {
      it(JSON.stringify(input) ?? "undefined", () => {
        expect(parseHttpUrl(input)).to.deep.equal({
          value: undefined,
          valid: true,
        });
      });
    }
  });

  describe("refuses everything else, with a reason", () => {
    const refused: [string, unknown][] = [
      ["javascript:", "javascript:alert(1)"],
      ["JavaScript: in mixed case", "JaVaScRiPt:alert(1)"],
      ["javascript: after leading space", " javascript:alert(1)"],
      ["javascript: split by a tab", "java\tscript:alert(1)"],
      ["javascript: split by a newline", "java\nscript:alert(1)"],
      ["javascript: behind a control character", "\u0001javascript:alert(1)"],
      ["javascript: with an encoded colon", "javascript&colon;alert(1)"],
      ["data:", "data:text/html,<script>alert(1)</script>"],
      ["vbscript:", "vbscript:msgbox(1)"],
      ["file:", "file:///etc/passwd"],
      ["mailto:", "mailto:someone@example.org"],
      ["tel:", "tel:+15555550100"],
      ["ftp:", "ftp://example.org/file"],
      ["a relative path", "/help/costs"],
      ["a bare page name", "costs.html"],
      ["a scheme-relative URL", "//example.org/help"],
      ["a missing slash", "https:/example.org"],
      ["no slashes", "https:example.org"],
      ["backslashes", "https:\\\\example.org"],
      ["a space inside", "https://example.org/a b"],
      ["a tab inside", "https://exa\tmple.org/"],
      ["a no-break space inside", "https://example.org/\u00a0x"],
      ["an empty host", "https://"],
      ["a bad host", "https://exa[mple.org"],
      ["a user name", "https://trusted.example@other.example/"],
      ["a user and password", "https://user:secret@example.org/"],
      ["HTML", "<img src=x onerror=alert(1)>"],
      ["plain words", "our financial help page"],
      ["a huge value", `https://example.org/${"a".repeat(100_000)}`],
      ["a number", 42],
      ["an object", { href: "https://example.org" }],
      ["a URL object", new URL("https://example.org")],
      ["an array", ["https://example.org"]],
      ["a boolean", true],
      ["a symbol", Symbol("x")],
      [
        "an object whose toString throws",
        {
          toString: () => {
            throw new Error("boom");
          },
        },
      ],
    ];
    for (const [name, input] of refused) {
      it(name, () => {
        const parsed = parseHttpUrl(input);
        expect(parsed.valid).to.equal(false);
        expect(parsed.value).to.equal(undefined);
        expect(parsed.problem).to.be.a("string").and.not.equal("");
      });
    }

    it(`accepts ${MAX_URL_LENGTH} characters and refuses one more`, () => {
      const base = "https://example.org/";
      const longest = base + "a".repeat(MAX_URL_LENGTH - base.length);
      expect(parseHttpUrl(longest).valid).to.equal(true);
      expect(parseHttpUrl(`${longest}a`).problem).to.match(/longer than 2048/);
    });

    it("names the problem plainly for the developer warning", () => {
      expect(parseHttpUrl("javascript:alert(1)").problem).to.equal(
        "is not an absolute http:// or https:// URL",
      );
      expect(parseHttpUrl("java\tscript:alert(1)").problem).to.equal(
        "contains spaces or control characters",
      );
      expect(parseHttpUrl("https://a@example.org").problem).to.equal(
        "contains a user name or password",
      );
      expect(parseHttpUrl(7).problem).to.equal("is a number, not a URL string");
    });
  });
});

describe("siteName", () => {
  it("gives the host name without www.", () => {
    expect(siteName("https://www.example.org/a/b?c")).to.equal("example.org");
    expect(siteName("https://help.example.org:8443/")).to.equal(
      "help.example.org",
    );
  });

  it("keeps international names in their ASCII form, which cannot imitate other letters", () => {
    expect(siteName("https://xn--bcher-kva.example/")).to.equal(
      "xn--bcher-kva.example",
    );
  });

  it("gives an empty string for something that is not a URL", () => {
    expect(siteName("not a url")).to.equal("");
  });
});
