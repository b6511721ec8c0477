// Copies the two self-hosted font files from their npm packages into
// public/fonts/ before dev and build, so no font request leaves the site and
// no binary is duplicated in git. Latin files cover Norwegian æ, ø, å.
import { copyFile, mkdir } from 'node:fs/promises';

const FONTS = [
  ['@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', 'source-serif-4-latin-wght.woff2'],
  ['@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', 'inter-latin-wght.woff2'],
  ['@fontsource-variable/source-serif-4/LICENSE', 'OFL-source-serif-4.txt'],
  ['@fontsource-variable/inter/LICENSE', 'OFL-inter.txt'],
];

await mkdir('public/fonts', { recursive: true });
for (const [from, to] of FONTS) {
  await copyFile(new URL(`../node_modules/${from}`, import.meta.url), `public/fonts/${to}`);
}
