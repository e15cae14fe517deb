import { Transport } from '../transport';
import { ServiceId } from '../types';
import { adslAccount } from './account';
import { serviceIdFields } from './service-id';

/**
 * For operations that take only `Ref` or `Username`: a telephone number is first turned into
 * the service's ref through AdslAccount (one extra call), as the reference client does.
 */
export async function refOrUsernameFields(
  transport: Transport,
  id: ServiceId,
): Promise<Record<string, string>> {
  const fields = serviceIdFields(id);
  if (!('Telephone' in fields)) return fields;

  const account = await adslAccount(transport, id);
  return { Ref: account.ref };
}

/** For ConnectionHistory, which takes only `Username`: a ref or CLI is looked up first. */
export async function usernameOf(transport: Transport, id: ServiceId): Promise<string> {
  const fields = serviceIdFields(id);
  if ('Username' in fields) return fields.Username;

  const account = await adslAccount(transport, id);
  return account.username;
}
