import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from './scalars';

export enum ServiceStatus {
  LIVE = 'LIVE',
  PENDING = 'PENDING',
  CEASING = 'CEASING',
  CEASED = 'CEASED',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Where a broadband service is in its life.',
  valuesConfig: {
    LIVE: { description: 'Installed and in use.' },
    PENDING: { description: 'Ordered, not yet installed.' },
    CEASING: { description: 'A cease is accepted and its date has not come.' },
    CEASED: { description: 'No longer provided.' },
  },
});

export enum CareLevel {
  STANDARD = 'STANDARD',
  ENHANCED = 'ENHANCED',
}
registerEnumType(CareLevel, {
  name: 'CareLevel',
  description: "BT Openreach repair care: Enta's maintenance category 5 (standard) or 4.",
});

export enum Interleaving {
  YES = 'YES',
  NO = 'NO',
  AUTO = 'AUTO',
}
registerEnumType(Interleaving, { name: 'Interleaving' });

export enum StabilityOption {
  STANDARD = 'STANDARD',
  STABLE = 'STABLE',
  SUPER_STABLE = 'SUPER_STABLE',
}
registerEnumType(StabilityOption, {
  name: 'StabilityOption',
  description: 'Target noise margin profile: higher stability trades speed for fewer drops.',
});

@ObjectType({ description: "The end customer's contact details held by Enta for a service." })
export class Contact {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  telephoneDay!: string | null;

  @Field(() => String, { nullable: true })
  telephoneEvening!: string | null;
}

@ObjectType({ description: 'A migration authorisation code (MAC) issued for a service.' })
export class Mac {
  @Field()
  code!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: string | null;
}

@ObjectType({ description: "The line features set on a service's line." })
export class LineFeatures {
  @Field(() => Interleaving, { nullable: true })
  interleaving!: Interleaving | null;

  @Field(() => StabilityOption, { nullable: true })
  stabilityOption!: StabilityOption | null;

  @Field(() => Boolean, { nullable: true })
  elevatedBestEfforts!: boolean | null;

  @Field(() => CareLevel, { nullable: true })
  careLevel!: CareLevel | null;

  @Field(() => String, { nullable: true, description: 'Upstream option as Enta names it.' })
  upstream!: string | null;
}

@Directive('@key(fields: "ref")')
@ObjectType({
  description:
    'A broadband service at Enta. Fields beyond ref, username and cli may need one call to ' +
    "Enta's AdslAccount, shared by every field of the same service in one request.",
})
export class Service {
  @Field(() => ID, { description: "Enta's service reference, e.g. ADSL100001." })
  ref!: string;

  @Field({ description: 'The PPP login username.' })
  username!: string;

  @Field({ description: "The line's telephone number (CLI), national form." })
  cli!: string;

  @Field(() => ServiceStatus)
  status!: ServiceStatus;

  @Field({
    description: 'True while the service carries traffic: LIVE, or CEASING before its date.',
  })
  live!: boolean;

  @Field(() => String, { nullable: true, description: 'ADSL, ADSL2+, FTTC, as Enta reports.' })
  technology!: string | null;

  @Field(() => String, { nullable: true, description: "Enta's product code, e.g. FAM60." })
  productId!: string | null;

  @Field(() => String, { nullable: true })
  ipAddress!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the service was provided (for a PENDING service, when it is due).',
  })
  activationDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date a cease takes effect.' })
  ceaseDate!: string | null;

  @Field(() => CareLevel, { nullable: true })
  careLevel!: CareLevel | null;

  @Field(() => Interleaving, { nullable: true })
  interleaving!: Interleaving | null;

  // Nullable so that a failed account read stays local to this field in a list of services.
  @Field(() => LineFeatures, { nullable: true })
  lineFeatures!: LineFeatures | null;

  @Field(() => Contact, { nullable: true })
  contact!: Contact | null;

  @Field(() => Mac, { nullable: true, description: 'The MAC when one has been issued.' })
  mac!: Mac | null;
}
