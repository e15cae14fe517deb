import { readBool, readInt } from '../config';

/** How big and how often a caller's requests may be. */
export interface LimitsConfig {
  maxBodyBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Query cost, with list fields counted by their `first` argument. */
  maxCost: number;
  /** Cost points each principal may spend per window. */
  rateLimitPoints: number;
  rateLimitWindowSeconds: number;
  /** Introspection and the Sandbox landing page; off in production unless switched on. */
  introspection: boolean;
}

type Env = Record<string, string | undefined>;

/** Reads the limit variables; every one has a default that suits a customer portal. */
export function readLimitsConfig(env: Env): LimitsConfig {
  const production = env.NODE_ENV === 'production';

  return {
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 1024 * 1024, { min: 1024, max: 16 * 1024 * 1024 }),
    maxDepth: readInt(env, 'GRAPHQL_MAX_DEPTH', 10, { min: 2, max: 50 }),
    maxAliases: readInt(env, 'GRAPHQL_MAX_ALIASES', 15, { min: 1, max: 500 }),
    maxTokens: readInt(env, 'GRAPHQL_MAX_TOKENS', 2000, { min: 50, max: 100_000 }),
    maxDirectives: readInt(env, 'GRAPHQL_MAX_DIRECTIVES', 20, { min: 1, max: 500 }),
    maxCost: readInt(env, 'GRAPHQL_MAX_COST', 5000, { min: 10, max: 10_000_000 }),
    rateLimitPoints: readInt(env, 'RATE_LIMIT_POINTS', 50_000, { min: 1, max: 100_000_000 }),
    rateLimitWindowSeconds: readInt(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, { min: 1, max: 86_400 }),
    introspection: readBool(env, 'GRAPHQL_INTROSPECTION', !production),
  };
}
