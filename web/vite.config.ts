// `npm run build` writes web/dist, which `zhengtu serve` serves at `/`; `vite --config web/vite.config.ts`
// serves the app in development and proxies /graphql to the API (ZHENGTU_API, default localhost:4000).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [svelte(), bundleSize()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/graphql': process.env.ZHENGTU_API ?? 'http://localhost:4000' } },
});

/** Prints the total gzip size of what the browser downloads, the figure reported in docs/benchmarks.md. */
function bundleSize(): Plugin {
  return {
    name: 'zhengtu-bundle-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      let raw = 0;
      let gzip = 0;
      for (const file of Object.values(bundle)) {
        const bytes = file.type === 'chunk' ? Buffer.from(file.code) : Buffer.from(file.source);
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(`\nbundle size: ${kib(raw)} raw, ${kib(gzip)} gzip (${Object.keys(bundle).length} files)`);
    },
  };
}
