import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import { ConfigError } from '../errors';

/** A manifest as GraphQL Code Generator's client preset writes it: sha256 hash → document. */
export type OperationManifest = ReadonlyMap<string, string>;

export function loadManifest(path: string): OperationManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST cannot be read as JSON: ${path}`);
  }

  const valid = parsed !== null && typeof parsed === 'object' && Object.entries(parsed).every(
    ([hash, document]) => /^[0-9a-f]{64}$/.test(hash) && typeof document === 'string');
  if (!valid) {
    throw new ConfigError('PERSISTED_OPERATIONS_MANIFEST must map sha256 hashes to documents');
  }
  return new Map(Object.entries(parsed as Record<string, string>));
}

/**
 * Apollo's persisted-query store, answered from the manifest: a portal sends only the hash
 * of an operation it was built with. Nothing can be added at run time, so automatic
 * registration of new operations is off in this mode.
 */
export function manifestCache(manifest: OperationManifest): KeyValueCache<string> {
  return {
    async get(key) {
      return manifest.get(key.slice(key.lastIndexOf(':') + 1));
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

/** Refuses any operation whose text is not in the manifest, hash or no hash. */
export function persistedOnlyPlugin(manifest: OperationManifest): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!manifest.has(queryHash)) {
            throw new GraphQLError('Only the operations in the persisted manifest are served', {
              extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
