import fs from "node:fs";
import path from "node:path";

/**
 * Run after every install (package.json "postinstall"). Next 16.4's IncrementalCache.set measures
 * every entry with JSON.stringify to enforce the data cache's 2 MB limit, pages included, where it
 * turns the stored HTML and RSC buffers into arrays of numbers only to throw the string away: about
 * a sixth of the CPU of a cache-miss page render (README, "Benchmark"). The limit only applies to
 * data-cache entries, so the measuring is made to happen only for them. Idempotent; a Next version
 * whose code no longer matches is reported and left alone (tests/unit/next-patch.test.ts notices).
 */
const minified = /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&/g;
const readable = /const itemSize = JSON\.stringify\(data\)\.length;/g;

export function patchSource(source: string): string {
  return source
    .replace(minified, "let $1=$3.fetchCache?JSON.stringify($2).length:0;if($3.fetchCache&&")
    .replace(readable, "const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;");
}

export function nextFilesToPatch(root = path.resolve(import.meta.dirname, "../node_modules/next/dist")) {
  const compiled = path.join(root, "compiled/next-server");
  return [
    path.join(root, "server/lib/incremental-cache/index.js"),
    ...fs
      .readdirSync(compiled)
      .filter((name) => name.endsWith(".prod.js"))
      .map((name) => path.join(compiled, name)),
  ];
}

function main() {
  let changed = 0;
  for (const file of nextFilesToPatch()) {
    const before = fs.readFileSync(file, "utf8");
    const after = patchSource(before);
    if (after === before) continue;
    // A new file renamed into place: installs that share files by hard links keep their own copy.
    fs.writeFileSync(`${file}.patching`, after);
    fs.renameSync(`${file}.patching`, file);
    changed++;
  }
  if (changed)
    console.log(`Next.js: page cache entries are no longer measured with JSON.stringify (${changed} files).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    // An install must not fail over a speed-up: the pages work the same without it.
    console.warn(`Next.js was not patched: ${(error as Error).message}`);
  }
}
