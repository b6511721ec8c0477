/**
 * The QR code encoder for the browser (`import { create } from
 * 'virtual:qr-encoder'`, src/client/qr-code.ts) as one ES module: qrcode's
 * core (CommonJS) bundled by esbuild with its own small CommonJS shim inside.
 *
 * Why not import qrcode directly: the site's bundler (Rolldown) wraps
 * CommonJS in a runtime helper that it keeps once per build, so a second
 * CommonJS user (the QR code on /teach/) moved the helper out of the story's
 * engine into a shared file, and the story's first load grew by a request
 * and ~150 bytes for a feature it never uses. Bundled here, the encoder
 * brings its own shim and the story's files stay as they were.
 */
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const ID = 'virtual:qr-encoder';

export default function qrEncoder(): AstroIntegration {
  return {
    name: 'qr-encoder',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'qr-encoder',
                resolveId: (id: string) => (id === ID ? `\0${ID}` : undefined),
                async load(id: string) {
                  if (id !== `\0${ID}`) return undefined;
                  const entry = createRequire(import.meta.url).resolve('qrcode/lib/core/qrcode.js');
                  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
                  // esbuild ends the module with `export default require_qrcode();`: export `create` by name.
                  const code = out.outputFiles[0]!.text;
                  const last = /export default (require_\w+)\(\);\s*$/;
                  if (!last.test(code)) throw new Error('qr-encoder: esbuild\'s bundle of qrcode no longer ends as expected');
                  return code.replace(last, 'const core = $1();\nexport const create = core.create;\n');
                },
              },
            ],
          },
        });
      },
    },
  };
}
