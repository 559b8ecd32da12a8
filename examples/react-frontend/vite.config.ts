import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` proxies /api to the fastapi-backend (BACKEND_URL, default http://127.0.0.1:8000), so
// the browser only ever talks to its own origin; `npm run build` output is served by the backend itself.
const backend = process.env.BACKEND_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": backend } },
  build: { outDir: "dist", emptyOutDir: true },
});
