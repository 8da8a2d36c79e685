import { tigeraOperatorImage } from '../../src/extract/tigera-operator-image.js';
import { testExtractor } from './tester.js';

testExtractor(tigeraOperatorImage, [
  {
    title: 'reads the operator version from tigera/operator images and mirrors, nothing else',
    fixture: 'operator.yaml',
    facts: [
      { name: 'calico.operatorVersion', value: '1.32.3', line: 11, column: 18 },
      { name: 'calico.operatorVersion', value: '1.34.5', line: 16, column: 18 },
    ],
    raws: { 0: 'quay.io/tigera/operator:v1.32.3' },
  },
]);
