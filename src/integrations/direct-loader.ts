/**
 * Code that runs before first paint and imports something lazily (the deferred
 * loader, the tweener) imports it directly, without Vite's preload helper.
 *
 * Vite wraps every dynamic import() in its preload helper (a 1.3 KB module
 * that adds <link rel=modulepreload> for the imported code's own imports),
 * whatever `build.modulePreload` says. For the loader that made a chain of two
 * requests on every page before first paint (the loader, then the helper),
 * for code that is only asked for after the page has painted: 0.15 s of a
 * section page's largest paint in Lighthouse's phone run. Unwrapped, the
 * loader is one 0.4 KB request with no imports; the code it loads still
 * imports the helper for its own lazy parts, after first paint.
 *
 * The rewrite is checked: a chunk that does not look as expected fails the
 * build, naming the chunk, rather than shipping a half-rewritten loader.
 */
import type { AstroIntegration } from 'astro';

/**
 * Modules whose chunk's dynamic imports are unwrapped: code that runs before first paint and
 * imports something lazily. The chunk that holds one must use the helper for nothing else.
 * - DeferredCode's <script> (Astro's id for it): the loader on almost every page.
 * - The tweener: on every scene page, where the helper was a third request depth before
 *   first paint (page → scene script → tweener → helper), to wrap GSAP's import, which has
 *   no dependencies to preload.
 */
const DIRECT_MODULES = [/\/src\/components\/DeferredCode\.astro\?astro&type=script/, /\/src\/client\/tweener\.ts$/];

/** Vite's table of preload dependencies, one line at the top of a chunk. */
const MAP_DEPS = /^const __vite__mapDeps=.*\n/m;
/** The helper's import in a minified chunk: `import{t as e}from"./preload-helper.X.js";`, or `import{t}…` when the names agree. */
const HELPER_IMPORT = /import\{(?:[\w$]+ as )?([\w$]+)\}from"\.\/(preload-helper\.[\w-]+\.js)";/;

const escape = (s: string) => s.replace(/[$]/g, '\\$');

/**
 * `helper(() => import(x), deps)` → `import(x)` in a built chunk's code, and
 * the helper's import and dependency table removed. Returns the new code and
 * the helper's file name (to drop from the chunk's imports).
 */
export function unwrapPreload(code: string, chunk = 'chunk'): { code: string; helper: string } {
  const imported = HELPER_IMPORT.exec(code);
  if (!imported) throw new Error(`direct-loader: ${chunk} does not import Vite's preload helper as expected`);
  const [statement, local, helper] = imported as unknown as [string, string, string];
  const call = new RegExp(
    `(?<![\\w$.])${escape(local)}\\(\\(\\)=>(import\\((?:\`[^\`]*\`|"[^"]*")\\)),(?:__vite__mapDeps\\(\\[[\\d,]*\\]\\)|\\[\\])\\)`,
    'g',
  );
  const stripped = code.replace(statement, '').replace(MAP_DEPS, '');
  let unwrapped = 0;
  const out = stripped.replace(call, (_, load: string) => (unwrapped++, load));
  if (!unwrapped) throw new Error(`direct-loader: ${chunk} has no preload-wrapped import() to unwrap:\n${code}`);
  // The helper only ever wraps an import(): every import() unwrapped means it is no longer used
  // (a name check could not tell the helper from a local that reuses its minified name).
  const imports = out.match(/(?<![\w$.])import\(/g)?.length ?? 0;
  if (imports !== unwrapped || out.includes('__vite__mapDeps')) {
    throw new Error(`direct-loader: ${chunk} still uses the preload helper after unwrapping:\n${code}`);
  }
  return { code: out, helper };
}

export default function directLoader(): AstroIntegration {
  return {
    name: 'direct-loader',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'direct-loader',
                applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
                generateBundle: {
                  // After Vite's own import analysis has written the helper's calls.
                  order: 'post',
                  handler(_options: unknown, bundle: Record<string, { type: string; moduleIds?: string[]; code?: string; imports?: string[]; fileName: string }>) {
                    const found = new Set<RegExp>();
                    for (const chunk of Object.values(bundle)) {
                      if (chunk.type !== 'chunk') continue;
                      const direct = DIRECT_MODULES.filter((re) => chunk.moduleIds!.some((id) => re.test(id)));
                      if (!direct.length) continue;
                      direct.forEach((re) => found.add(re));
                      const { code, helper } = unwrapPreload(chunk.code!, chunk.fileName);
                      chunk.code = code;
                      chunk.imports = chunk.imports!.filter((file) => !file.endsWith(helper));
                    }
                    // A renamed or moved module would otherwise silently bring the helper back.
                    const missing = DIRECT_MODULES.filter((re) => !found.has(re));
                    if (missing.length) throw new Error(`direct-loader: no chunk holds ${missing.join(', ')}`);
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
