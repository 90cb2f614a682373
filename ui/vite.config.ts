import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into ui/dist and served by the API on the same port, so the app calls /graphql
// on its own origin. `npx vite --config ui/vite.config.ts` proxies to a running API.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
      '/api': 'http://localhost:3000',
    },
  },
});
