import { AdslOrder } from '../../../src/enta';

/** A complete new-customer ADSL order with fixture telephone numbers. */
export function sampleOrder(): AdslOrder {
  return {
    product: 'FAM30',
    productInitialFee: '0',
    productOngoingFee: '20',
    title: 'Ms',
    firstName: 'Zoë',
    surname: 'Example',
    street: '1 High Street',
    town: 'London',
    county: 'Greater London',
    postcode: 'SW1A 1AA',
    telephoneDay: '02079460002',
    telephoneEvening: '01614960003',
    email: 'zoe@example.com',
    cli: '02079460001',
    provisionDate: '2026-11-02',
    username: 'zoe@isp',
    password: 'pw1',
    careLevel: 'standard',
    lineSpeed: '80000',
    overuseMethod: 'Topup',
    assignIpv6: true,
    billingAccount: {
      purchaseOrderNumber: 'PO-1',
      billingPeriod: 'Monthly',
      contractTerm: '12',
      initialPaymentMethod: 'Invoice',
      ongoingPaymentMethod: 'Invoice',
      paymentMethod: 'Invoice',
    },
    customerRecord: {
      customerId: 'New',
      title: 'Ms',
      firstName: 'Zoë',
      surname: 'Example',
      street: '1 High Street',
      town: 'London',
      county: 'Greater London',
      postcode: 'SW1A 1AA',
      telephoneDay: '02079460002',
      email: 'zoe@example.com',
    },
  };
}
