// The cross-engine checks (checks.mjs) in Chromium: node --test tests/engines/chromium.test.mjs
import { defineChecks } from "./checks.mjs";

defineChecks("chromium");
