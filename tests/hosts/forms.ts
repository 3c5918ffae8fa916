import type { User } from "./wordpress";

/** The pair every post compares. */
export const PAIR = { a: "operations-manager", b: "procurement-manager" };

/** The code each form pastes, as the demo page's generator hands it out (the div form as the README writes it). */
export interface Snippets {
  prerendered: string;
  short: string;
  div: string;
  address: string;
}

/**
 * What a reader should see of a post:
 * - `prerendered`: the card at once, loading its core when the reader reaches for it;
 * - `drawn`: the card drawn once the script has loaded;
 * - `fallback`: only the snippet's fallback (kses took the rest);
 * - `frame`: the pair's frame, sized to its whole card.
 */
export type Shows = "prerendered" | "drawn" | "fallback" | "frame";

export interface Form {
  /** The post's slug (and its screenshots' names). */
  slug: string;
  /** How it was published, in words. */
  what: string;
  user: User;
  shows: Shows;
  /** The snippet it holds (its fallback is what kses must leave). */
  snippet: keyof Snippets;
}

/** Every form the README offers for WordPress, published as its users would. */
export const FORMS: Form[] = [
  { slug: "prerendered-admin", what: "the pre-rendered snippet in a Custom HTML block, by an Administrator", user: "admin", shows: "prerendered", snippet: "prerendered" },
  { slug: "short-admin", what: "the short snippet in a Custom HTML block, by an Administrator", user: "admin", shows: "drawn", snippet: "short" },
  { slug: "div-author", what: "the <div data-role-compare> form by an Author, the script loaded site-wide", user: "author", shows: "drawn", snippet: "div" },
  { slug: "reusable-author", what: "an Administrator's reusable block (the pre-rendered snippet) in an Author's post", user: "author", shows: "prerendered", snippet: "prerendered" },
  { slug: "address-author", what: "the pair page's address on its own line (an embed block), by an Author", user: "author", shows: "frame", snippet: "address" },
  { slug: "prerendered-author", what: "the pre-rendered snippet pasted by an Author (kses)", user: "author", shows: "fallback", snippet: "prerendered" },
  { slug: "short-author", what: "the short snippet pasted by an Author (kses)", user: "author", shows: "fallback", snippet: "short" },
];

/** The paragraphs around each post's embed: the text column, and the text that is not the embed's. */
export const BEFORE = "Here is how the two roles compare.";
export const AFTER = "That was the comparison; the post goes on here.";
