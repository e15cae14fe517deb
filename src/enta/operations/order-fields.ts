import { RequestFields } from '../request-document';
import { BillingAccount, CustomerRecord, SiteContact } from '../types-orders';

/** Request groups shared by the ADSL and LLU orders. */

/** The site and contact fields, in the order Enta lists them. */
export function siteContactFields(site: SiteContact): RequestFields {
  return {
    Title: site.title,
    FirstName: site.firstName,
    Surname: site.surname,
    CompanyName: site.companyName,
    Building: site.building,
    Street: site.street,
    Town: site.town,
    County: site.county,
    Postcode: site.postcode,
    OnsiteHazards: site.onsiteHazards,
    TelephoneDay: site.telephoneDay,
    // Each telephone from its own field: the reference client copied the day number here.
    TelephoneEvening: site.telephoneEvening,
    Fax: site.fax,
    Email: site.email,
  };
}

export function billingAccountFields(billing: BillingAccount): RequestFields {
  return {
    PurchaseOrderNumber: billing.purchaseOrderNumber,
    BillingPeriod: billing.billingPeriod,
    ContractTerm: billing.contractTerm,
    InitialPaymentMethod: billing.initialPaymentMethod,
    OngoingPaymentMethod: billing.ongoingPaymentMethod,
    PaymentMethod: billing.paymentMethod,
  };
}

export function customerRecordFields(customer: CustomerRecord): RequestFields {
  return {
    cCustomerID: customer.customerId,
    cTitle: customer.title,
    cFirstName: customer.firstName,
    cSurname: customer.surname,
    cCompanyName: customer.companyName,
    cBuilding: customer.building,
    cStreet: customer.street,
    cTown: customer.town,
    cCounty: customer.county,
    cPostcode: customer.postcode,
    cTelephoneDay: customer.telephoneDay,
    cTelephoneEvening: customer.telephoneEvening,
    cFax: customer.fax,
    cEmail: customer.email,
  };
}
