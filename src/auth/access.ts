import { resolveServiceId, type ServiceId } from '../domain';
import { NotFoundError } from '../errors';
import { scopeKey, type Principal } from './roles';

/** What the scope check needs to know of a service: its names, and what is loaded of it. */
export interface ServiceLike {
  id: ServiceId;
  summary?: { ref?: string | null; username?: string | null };
  account?: { ref: string; username: string };
}

/** Loads the account a service id names; throws when Enta knows no such service. */
export type AccountLookup = (id: ServiceId) => Promise<{ ref: string; username: string }>;

/**
 * The same answer a customer gets for a service that does not exist, so that trying other
 * customers' refs tells nothing.
 */
export const NO_SUCH_SERVICE = 'no such service';

/**
 * One request's view of what its caller may see. Staff see every service; a customer sees
 * only the services its credentials list, by ref or username, whichever name the request used:
 * a service named by cli (or by the other name) is looked up first, then checked.
 */
export class Access {
  constructor(
    readonly principal: Principal,
    private readonly lookup: AccountLookup,
  ) {}

  /** True when answers must be cut down to the caller's own services. */
  get scoped(): boolean {
    return this.principal.role === 'customer';
  }

  /** Whether the caller may see this service; unknown services are not visible. */
  async serviceVisible(service: ServiceLike): Promise<boolean> {
    if (!this.scoped) return true;

    const known = [
      'ref' in service.id ? service.id.ref : undefined,
      'username' in service.id ? service.id.username : undefined,
      service.summary?.ref, service.summary?.username,
      service.account?.ref, service.account?.username,
    ];
    if (known.some((name) => this.owns(name))) return true;

    try {
      const account = service.account ?? (await this.lookup(service.id));
      return this.owns(account.ref) || this.owns(account.username);
    } catch {
      return false;
    }
  }

  /** For list rows that carry ref and username: no lookup, the row itself says. */
  rowVisible(row: { ref?: string | null; username?: string | null }): boolean {
    return !this.scoped || this.owns(row.ref) || this.owns(row.username);
  }

  /**
   * Before a customer's mutation: the service its arguments name must be one of its own,
   * else NOT_FOUND, exactly as for a service that does not exist.
   */
  async assertMayChange(args: { ref?: string | null; username?: string | null;
    cli?: string | null }): Promise<void> {
    if (!this.scoped) return;

    const id = resolveServiceId(args);
    if (!(await this.serviceVisible({ id }))) throw new NotFoundError(NO_SUCH_SERVICE);
  }

  private owns(name: string | null | undefined): boolean {
    return typeof name === 'string' && name !== '' &&
      this.principal.services.includes(scopeKey(name));
  }
}
