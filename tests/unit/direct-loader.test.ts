import { describe, expect, it } from 'vitest';
import { unwrapPreload } from '../../src/integrations/direct-loader';

// The loader as Vite 8 writes it (minified), with its preload helper and dependency table.
const BUILT =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/deferred.X1.js","_astro/site.Y2.js"])))=>i.map(i=>d[i]);\n' +
  'import{t as e}from"./preload-helper.Dy_-9.js";var t=()=>void e(()=>import(`./deferred.X1.js`),__vite__mapDeps([0,1]));' +
  'if(x)t();else{let e=()=>requestAnimationFrame(()=>setTimeout(t));e()}';

describe('unwrapPreload', () => {
  it('imports the code directly, without the helper or its table', () => {
    const { code, helper } = unwrapPreload(BUILT);
    expect(helper).toBe('preload-helper.Dy_-9.js');
    expect(code).toBe('var t=()=>void import(`./deferred.X1.js`);if(x)t();else{let e=()=>requestAnimationFrame(()=>setTimeout(t));e()}');
  });

  it('unwraps every wrapped import, with either quote and an empty table', () => {
    const { code } = unwrapPreload('import{t as $a}from"./preload-helper.A.js";$a(()=>import("./a.js"),[]);$a(()=>import(`./b.js`),[]);');
    expect(code).toBe('import("./a.js");import(`./b.js`);');
  });

  it('reads the helper\'s import when its local name is the exported one (`import{t}…`, as in the tweener\'s chunk)', () => {
    const { code, helper } = unwrapPreload('import{b as e}from"./site.A.js";import{t}from"./preload-helper.B.js";var n,r=()=>t(()=>import(`./gsap.C.js`),[]);');
    expect(helper).toBe('preload-helper.B.js');
    expect(code).toBe('import{b as e}from"./site.A.js";var n,r=()=>import(`./gsap.C.js`);');
  });

  it('fails, naming the chunk, when an import() is left wrapped or the helper is not there', () => {
    // A computed specifier cannot be unwrapped by pattern, and the helper would still be needed.
    expect(() => unwrapPreload('import{t as e}from"./preload-helper.A.js";e(()=>import("./a.js"),[]);e(()=>import(u),[]);', 'x.js')).toThrow(
      /x\.js still uses the preload helper/,
    );
    expect(() => unwrapPreload('import("./a.js")', 'y.js')).toThrow(/y\.js does not import Vite's preload helper/);
    expect(() => unwrapPreload('import{t as e}from"./preload-helper.A.js";e();', 'z.js')).toThrow(/z\.js has no preload-wrapped import/);
  });
});
