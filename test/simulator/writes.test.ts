import { RunningSimulator } from '../../src/simulator';
import {
  getXml, operationOf, parseXml, postXml, requestDocument, startTestSimulator,
} from './support';

describe('simulator writes (multipart POST)', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => ({ simulator } = await startTestSimulator()));
  afterAll(() => simulator.close());

  const modify = (features: string, id = '<Ref>ADSL100001</Ref>') =>
    requestDocument(
      'ModifyLineFeatures',
      `<ADSLAccount>${id}<LineFeatures>${features}</LineFeatures></ADSLAccount>`,
    );

  it('changes line features, which a later AdslAccount shows', async () => {
    const reply = await postXml(
      simulator, 'ModifyLineFeatures',
      modify(
        '<StabilityOption>Super Stable</StabilityOption>' +
          '<MaintenanceCategory>4</MaintenanceCategory>',
      ),
    );
    const echoed = operationOf(reply.text).ADSLAccount.LineFeatures;
    const account = await getXml(simulator, 'AdslAccount', { Ref: 'ADSL100001' });
    const features = operationOf(account.text).ADSLAccount.LineFeatures;

    expect(echoed.StabilityOption.NewValue).toBe('Super Stable');
    expect(echoed.MaintenanceCategory.NewValue).toBe('4');
    expect(features.StabilityOption).toBe('Super Stable');
    expect(features.MaintenanceCategory).toBe('4');
  });

  it('records the part, file name and document types', async () => {
    simulator.clearRequests();
    await postXml(simulator, 'ModifyLineFeatures', modify('<Interleaving>No</Interleaving>'));

    expect(simulator.requests[0]).toMatchObject({
      operation: 'ModifyLineFeatures',
      method: 'POST',
      partName: 'userfile',
      fileName: 'XML.data',
      documentType: 'Live',
      requestType: 'ModifyLineFeatures',
    });
    expect(simulator.requests[0].body).toContain('<Interleaving>No</Interleaving>');
  });

  it('refuses a value outside the allowed set with 101 naming the field', async () => {
    const document = modify('<Interleaving>Maybe</Interleaving>');
    const reply = await postXml(simulator, 'ModifyLineFeatures', document);
    const error = operationOf(reply.text);

    expect(error.ErrorCode).toBe('101');
    expect(error.ErrorDescription).toMatch(/LineFeatures\.Interleaving/);
  });

  it('refuses XML that is not well-formed', async () => {
    const broken = '<ResponseBlock Type="Live"><Response>';
    const reply = await postXml(simulator, 'ModifyLineFeatures', broken);

    expect(operationOf(reply.text).ErrorCode).toBe('101');
  });

  it('refuses a document with a DOCTYPE', async () => {
    const doctype = '<!DOCTYPE x [<!ENTITY e "boom">]>';
    const document = doctype + modify('<Interleaving>&e;</Interleaving>');
    const reply = await postXml(simulator, 'ModifyLineFeatures', document);

    expect(operationOf(reply.text).ErrorDescription).toMatch(/DOCTYPE/);
  });

  it('accepts the short form for UpdateADSLContact only', async () => {
    const account = '<ADSLAccount><Ref>ADSL100001</Ref></ADSLAccount>';
    const longForm = requestDocument('UpdateADSLContact', account);
    const reply = await postXml(simulator, 'UpdateADSLContact', longForm);

    expect(operationOf(reply.text).ErrorCode).toBe('101');
  });

  it('echoes the document type Test on the reply', async () => {
    const live = modify('<Interleaving>Auto</Interleaving>');
    const document = live.replace('Type="Live"', 'Type="Test"');
    const reply = await postXml(simulator, 'ModifyLineFeatures', document);

    expect(parseXml(reply.text).ResponseBlock['@Type']).toBe('Test');
  });
});
