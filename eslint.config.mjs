// Lint rules, including the import boundaries of STYLE.md, so a slip fails CI:
//   1. only lib/services (and lib/server itself, and test fixtures) import lib/server/db;
//   5. "use client" files never import lib/server, lib/services or lib/integrations;
//   6. lib/domain imports nothing of ours but lib/domain;
//   7. process.env appears only in lib/server/env.ts (and in tooling: scripts, tests, configs);
//   and links use components/ui/link.tsx, never next/link (no prefetch renders).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const serverOnly = ["@/lib/server/*", "@/lib/server/**", "@/lib/services/*", "@/lib/services/**", "@/lib/integrations/*", "@/lib/integrations/**"];
// Links go through components/ui/link.tsx (no prefetching of dynamic routes).
const noNextLink = { name: "next/link", message: "Use @/components/ui/link: next/link's prefetch renders a dynamic route's whole frame on the server." };
const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read the environment through lib/server/env.ts (zod-validated), never process.env directly.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "prisma/schema-engine.mjs"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // 7. process.env only in lib/server/env.ts, in app code.
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/server/env.ts", "lib/testing/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-syntax": ["error", noProcessEnv] },
  },
  // 1. Prisma only through services (and server internals).
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/services/**", "lib/server/**", "lib/testing/**", "lib/jobs/boss.ts", "**/*.test.ts", "**/*.int.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [noNextLink], patterns: [{ group: ["@/lib/server/db", "@/lib/generated/prisma/*"], message: "Only lib/services may use the database." }] }],
    },
  },
  // 6. The domain is pure.
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/*", "!@/lib/domain/*", "!@/lib/domain/**"], message: "lib/domain imports nothing of ours but lib/domain." },
            { group: ["node:*", "fs", "http", "https", "net", "child_process", "pg", "@prisma/*"], message: "lib/domain is pure: no I/O." },
          ],
        },
      ],
      "no-restricted-syntax": ["error", noProcessEnv, { selector: "CallExpression[callee.name='fetch']", message: "lib/domain is pure: no fetch." }],
    },
  },
  // 4. Integrations know nothing of Prisma, services or the server internals.
  {
    files: ["lib/integrations/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/server/*", "@/lib/services/*", "@/lib/services/**", "@/lib/generated/*", "@prisma/*"], message: "lib/integrations takes credentials and returns domain types; no database, no services." }] },
      ],
    },
  },
  // 5. Client components stay on the client side of the line.
  {
    files: ["components/**/*.tsx", "app/**/client.tsx", "app/**/*-client.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [noNextLink], patterns: [{ group: serverOnly, message: "Client components never import server code; call a server action." }] }],
    },
  },
];

export default config;
