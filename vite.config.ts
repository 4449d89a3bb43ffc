/** The web app's build: src/ui → dist/ui (served by src/http/web-app.ts). DKFDS CSS and fonts are bundled. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./src/ui'),
  base: '/',
  plugins: [react()],
  resolve: {
    // dkfds exports only its JS; its CSS, fonts and icons are reached through this alias.
    alias: { 'dkfds-dist': here('./node_modules/dkfds/dist') },
  },
  build: {
    outDir: here('./dist/ui'),
    emptyOutDir: true,
    // No data: URIs, so the app's Content-Security-Policy can allow images and fonts from 'self' only.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/feeds': 'http://127.0.0.1:3000' } },
});
