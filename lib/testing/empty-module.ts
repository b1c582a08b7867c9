// Stands in for the `server-only` package under Vitest (which has no react-server condition).
export {};
