// Writes examples/<id>.<language>.json for every example defined in this folder:
//   node tools/examples/generate.mjs
// The JSON files are what the app loads; this script is how they were written. Edit a
// definition and run it again (the managed-services example was written by hand and is not
// generated here).
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, LANGUAGES } from "./lib.mjs";

/** The definitions, in catalogue order. */
const DEFINITIONS = ["saas-team.mjs", "data-protection-it.mjs", "supplier-service-desk.mjs"];

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");
const only = process.argv[2];
for (const name of DEFINITIONS) {
  if (!existsSync(join(dirname(fileURLToPath(import.meta.url)), name))) continue;
  const { default: definition } = await import(`./${name}`);
  if (only && definition.id !== only) continue;
  for (const [tag, lang] of Object.entries(LANGUAGES)) {
    const path = join(examples, `${definition.id}.${tag}.json`);
    writeFileSync(path, `${JSON.stringify(build(definition, lang), null, 2)}\n`);
    console.log(`wrote ${path}`);
  }
}
