import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * The test WordPress that tests/hosts/wordpress.sh started, for the specs in
 * tests/hosts/ (the host tests' and the plugin's): its addresses and users
 * (from DIR/env, exported by `wordpress.sh run`), its REST API, its kses.
 */

const need = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the host tests through tests/hosts/wordpress.sh run (make test-hosts)`);
  return value;
};

/** The test WordPress's folder (DIR of `wordpress.sh up DIR`). */
export const WP_DIR = need("ROLE_COMPARE_WP_DIR");
/** WordPress's address, http://localhost:<port>, without a trailing slash. */
export const WP_URL = need("WP_URL");
/** The widget host (dist/), ending in a slash: another origin than WordPress's. */
export const WIDGET_URL = need("WIDGET_URL");
/** What global-setup.ts published, read by the specs. */
export const POSTS_FILE = path.join(WP_DIR, "posts.json");

export type User = "admin" | "author";
/** Each user's login and application password (throwaway). */
export const USERS: Record<User, { id: number; login: string; password: string }> = {
  admin: { id: Number(need("WP_ADMIN_ID")), login: need("WP_ADMIN_USER"), password: need("WP_ADMIN_APP_PASSWORD") },
  author: { id: Number(need("WP_AUTHOR_ID")), login: need("WP_AUTHOR_USER"), password: need("WP_AUTHOR_APP_PASSWORD") },
};

/** Calls the REST API (`route` below /wp-json/) as `user`, with a JSON body if given; returns the JSON answer. */
export async function rest<T = any>(user: User, route: string, body?: object): Promise<T> {
  const { login, password } = USERS[user];
  const response = await fetch(`${WP_URL}/wp-json/${route.replace(/^\//, "")}`, {
    method: body ? "POST" : "GET",
    headers: {
      Authorization: `Basic ${Buffer.from(`${login}:${password}`).toString("base64")}`,
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${user}: ${route} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/** A published post: its address and the content it was given. */
export interface Post {
  id: number;
  link: string;
  content: string;
}

/** Publishes a post as `user`; `content` is what the block editor would save. */
export async function publish(user: User, slug: string, title: string, content: string): Promise<Post> {
  const post = await rest(user, "wp/v2/posts", { slug, title, content, status: "publish" });
  return { id: post.id, link: post.link, content };
}

/** A block of raw HTML, as the Custom HTML block saves it. */
export const htmlBlock = (html: string) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

/** A paragraph block. */
export const paragraph = (html: string) => `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`;

/** What the test WordPress's wp_kses_post() (an Author's or Contributor's save) leaves of `html`. */
export function kses(html: string): string {
  return execFileSync("php", [path.join(__dirname, "kses.php")], { input: html, encoding: "utf8" });
}

/** The posts global-setup.ts published and the snippets they hold. */
export function published(): { snippets: Record<string, string>; posts: Record<string, Post & { form: string; user: User }> } {
  return JSON.parse(readFileSync(POSTS_FILE, "utf8"));
}
