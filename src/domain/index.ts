/**
 * Rules Enta does not compute for us: pure functions of plain values, with no I/O, GraphQL or
 * XML. Resolvers and Enta operations call them; they call nothing above them.
 */
export * from './care-level';
export * from './checker-message';
export * from './first-available-date';
export * from './iso-date';
export * from './money';
export * from './notes';
export * from './order-updates';
export * from './postcode';
export * from './provisioning-history';
export * from './qualification';
export * from './service-id';
export * from './telephone';
export * from './usage-summary';
