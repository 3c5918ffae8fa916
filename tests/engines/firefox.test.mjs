// The cross-engine checks (checks.mjs) in Firefox: node --test tests/engines/firefox.test.mjs
import { defineChecks } from "./checks.mjs";

defineChecks("firefox");
