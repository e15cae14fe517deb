import { InstallReturn, provisioningEvents } from '../../src/domain/provisioning-history';

function installReturn(
  dateReceived: string,
  lineItemSubstatus: string,
  commitDate: string | null = null,
  orderType = 'Provide',
): InstallReturn {
  return { dateReceived, orderType, lineItemSubstatus, commitDate };
}

describe('provisioningEvents', () => {
  it('makes one event per install return, oldest first', () => {
    const returns = [
      installReturn('2026-03-25T09:15:00+00:00', 'COMPLETED'),
      installReturn('2026-03-16T10:00:00+00:00', 'ACKNOWLEDGED'),
      installReturn('2026-03-17T14:30:00+00:00', 'COMMITTED', '2026-03-25'),
    ];

    expect(provisioningEvents(returns, 'ADSL100001')).toEqual([
      {
        orderRef: 'ADSL100001',
        at: '2026-03-16T10:00:00+00:00',
        name: 'Provide',
        value: 'ACKNOWLEDGED',
      },
      {
        orderRef: 'ADSL100001',
        at: '2026-03-17T14:30:00+00:00',
        name: 'Provide',
        value: 'COMMITTED (commit date 2026-03-25)',
      },
      {
        orderRef: 'ADSL100001',
        at: '2026-03-25T09:15:00+00:00',
        name: 'Provide',
        value: 'COMPLETED',
      },
    ]);
  });

  it('adds the commit date only to a COMMITTED substatus', () => {
    const returns = [
      installReturn('2026-04-01T10:00:00+01:00', 'ACKNOWLEDGED', '2026-04-10', 'Cease'),
      installReturn('2026-04-02T10:00:00+01:00', 'committed', '2026-04-10', 'Cease'),
      installReturn('2026-04-03T10:00:00+01:00', 'COMMITTED', null, 'Cease'),
    ];

    const events = provisioningEvents(returns, 'ADSL100002');
    expect(events.map((event) => [event.name, event.value])).toEqual([
      ['Cease', 'ACKNOWLEDGED'],
      ['Cease', 'committed (commit date 2026-04-10)'],
      ['Cease', 'COMMITTED'],
    ]);
  });

  it('orders by instant, whatever the offsets', () => {
    const returns = [
      installReturn('2026-07-01T09:45:00Z', 'COMPLETED'),
      installReturn('2026-07-01T10:30:00+01:00', 'COMMITTED', '2026-07-01'),
    ];
    expect(provisioningEvents(returns, 'ADSL1').map((event) => event.value)).toEqual([
      'COMMITTED (commit date 2026-07-01)',
      'COMPLETED',
    ]);
  });

  it('keeps the listed order for events at the same instant', () => {
    const returns = [
      installReturn('2026-07-01T10:00:00Z', 'ACKNOWLEDGED', null, 'Migration'),
      installReturn('2026-07-01T11:00:00+01:00', 'ACKNOWLEDGED', null, 'Provide'),
    ];
    expect(provisioningEvents(returns, 'ADSL1').map((event) => event.name)).toEqual([
      'Migration',
      'Provide',
    ]);
  });

  it('returns no events for no install returns', () => {
    expect(provisioningEvents([], 'ADSL100001')).toEqual([]);
  });

  it('throws a RangeError for a dateReceived that is not ISO 8601', () => {
    expect(() => provisioningEvents([installReturn('1266832800', 'COMPLETED')], 'ADSL1')).toThrow(
      RangeError,
    );
  });
});
