import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError } from '../errors';
import type { Access } from './access';
import { auditedMutation, type AuditContext } from './audited';
import { rolesForField, rolesForInputField } from './policy';
import { ROLES } from './roles';
import { scopeServices } from './scope';

/** What the guard needs from each request's context. */
export interface GuardContext extends AuditContext {
  access: Access;
}

const SERVICE_TYPE = 'Service';

/**
 * Wraps every field resolver of the schema with the policy check, so that no resolver has to
 * remember it: the role check from `policy.ts` before the field runs, the money rule on inputs,
 * for customers the ownership check on the service a mutation names, and, on every field whose
 * value may be a Service, the ownership check on what it returns. Apply it to the final
 * executable schema (after federation's `buildSubgraphSchema`, if used), so that fields added
 * there, like `_entities`, are covered too.
 */
export function protectSchema(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;

    for (const field of Object.values(type.getFields())) {
      const isMutation = type === mutationType;
      const guarded = guardedResolver(type.name, field, isMutation, schema);
      if (guarded) field.resolve = guarded;
    }
  }
  return schema;
}

/**
 * The field's resolver with the checks it needs, or undefined when it needs none: a field open
 * to every role, with no input objects to check and no Service to scope, keeps its own
 * resolver, so the many plain fields of a large answer pay nothing for the guard.
 */
function guardedResolver(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  isMutation: boolean,
  schema: GraphQLSchema,
): GraphQLFieldResolver<unknown, GuardContext> | undefined {
  type Resolve = GraphQLFieldResolver<unknown, GuardContext>;
  const inner = (field.resolve ?? defaultFieldResolver) as Resolve;
  const roles = rolesForField(typeName, field.name);
  const openToAll = ROLES.every((role) => roles.includes(role));
  const inputArgs = field.args.filter((arg) => isInputObjectType(getNamedType(arg.type)));
  const mayHoldService = mayReturnService(field.type, schema);
  const coordinate = `${typeName}.${field.name}`;
  if (openToAll && inputArgs.length === 0 && !mayHoldService && !isMutation) return undefined;

  const checked: GraphQLFieldResolver<unknown, GuardContext> = (source, args, ctx, info) => {
    if (!openToAll && !roles.includes(ctx.access.principal.role)) {
      throw new ForbiddenError(`${ctx.access.principal.role} may not use ${coordinate}`);
    }
    if (inputArgs.length > 0) checkInputs(inputArgs, args, ctx.access);
    // Staff see every service: their answers go back as they are, without another promise.
    if (!mayHoldService || !ctx.access.scoped) return inner(source, args, ctx, info);

    return Promise.resolve(inner(source, args, ctx, info))
      .then((value) => scopeServices(value, field.type, ctx.access));
  };

  if (!isMutation) return checked;
  return auditedMutation(field.name, async (source, args, ctx, info) => {
    if (!roles.includes(ctx.access.principal.role)) return checked(source, args, ctx, info);
    await assertCustomerNamesOwnService(args, ctx.access);
    return checked(source, args, ctx, info);
  });
}

/** A customer's mutation must name one of its own services; anything else is refused. */
async function assertCustomerNamesOwnService(args: Record<string, unknown>, access: Access) {
  if (!access.scoped) return;

  const named = serviceNamedBy(args);
  if (!named) throw new ForbiddenError('a customer may only change its own services');
  await access.assertMayChange(named);
}

/** The `ref`/`username`/`cli` a mutation's arguments (or its `input`) carry, if any. */
export function serviceNamedBy(args: Record<string, unknown>) {
  for (const holder of [args.input, args]) {
    if (holder === null || typeof holder !== 'object') continue;
    const { ref, username, cli } = holder as Record<string, string | null | undefined>;
    if (ref != null || username != null || cli != null) return { ref, username, cli };
  }
  return undefined;
}

function checkInputs(defs: readonly GraphQLArgument[], args: Record<string, unknown>,
  access: Access): void {
  if (access.principal.role === 'admin') return;
  for (const def of defs) checkInputValue(def.type, args[def.name], access);
}

function checkInputValue(type: GraphQLInputType, value: unknown, access: Access): void {
  if (value === null || value === undefined) return;
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return;

  const items = Array.isArray(value) ? value : [value];
  const fields = named.getFields();
  for (const item of items) {
    for (const [name, fieldValue] of Object.entries(item as Record<string, unknown>)) {
      if (fieldValue === undefined || !fields[name]) continue;
      if (!rolesForInputField(named.name, name).includes(access.principal.role)) {
        throw new ForbiddenError(`${access.principal.role} may not set ${named.name}.${name}`);
      }
      checkInputValue(fields[name].type, fieldValue, access);
    }
  }
}

/** Service itself, or a union/interface that a Service could be returned as. */
function mayReturnService(type: GraphQLOutputType, schema: GraphQLSchema): boolean {
  const named = getNamedType(type);
  if (named.name === SERVICE_TYPE) return true;
  if (!isAbstractType(named)) return false;
  return schema.getPossibleTypes(named).some((possible) => possible.name === SERVICE_TYPE);
}
