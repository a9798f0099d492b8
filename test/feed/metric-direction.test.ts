// Metric names are ones used on Papers with Code leaderboards (paperswithcode/sota-extractor data/tasks and
// paperswithcode.com task pages), plus near-miss words that must not be mistaken for them.
import { expect } from '@open-wc/testing';
import { isDescriptorMetric, metricDirection } from '../../src/feed/metric-direction.js';

describe('metricDirection', () => {
  const lower = [
    'Error', 'error', 'Errors', 'Top-1 Error', 'Top 5 Error Rate', 'Error rate', 'Error Rate', 'Percentage error',
    '% Test Error', 'err', 'Test err.', 'Loss', 'Log Loss', 'logloss', 'Test perplexity', 'Validation perplexity',
    'Perplexity', 'PPL', 'BPC', 'Bits per character', 'Bits per byte', 'bits/dim', 'NLL', 'Negative log-likelihood',
    'WER', 'Word Error Rate (WER)', 'CER', 'PER', 'TER', 'MAE', 'MSE', 'RMSE', 'FID', 'FID score', 'KID', 'EER', 'FAR',
    'FRR', 'Latency', 'Inference time (ms)', 'Time', 'Training time', 'Chamfer Distance', 'Hamming loss',
    'Distance', 'Mean Rank', 'LPIPS', 'minADE', 'Number of params', 'Params', 'FLOPs', 'GFLOPs', 'MACs', 'Abs Rel',
    'MeanError',
  ];
  const higher = [
    'Accuracy', 'Top-1 Accuracy', 'Top 5 Accuracy', '% Test Accuracy', '% Train Accuracy', 'Precision', 'Recall',
    'F1', 'EM', 'BLEU', 'BLEU score', 'ROUGE-L', 'mAP', 'AP50', 'mIoU', 'AUC', 'MRR', 'Hits@10', 'Inception score',
    'PSNR', 'SSIM', 'Percentage correct', 'terror', 'Terrorism F1', 'Accuracy per class', 'Real-time accuracy',
    'Error reduction', 'Speedup', 'FPS', 'Log-likelihood', 'Kappa', 'Superb', '',
  ];
  for (const name of lower) {
    it(`metricDirection('${name}') is lower`, () => expect(metricDirection(name)).to.equal('lower'));
  }
  for (const name of higher) {
    it(`metricDirection('${name}') is higher`, () => expect(metricDirection(name)).to.equal('higher'));
  }
});

describe('isDescriptorMetric', () => {
  const descriptors = [
    'Number of params', 'Params', 'Params (M)', '#Params', 'Parameters', 'FLOPs', 'GFLOPs', 'MACs', 'Model size',
    'Extra Training Data', 'Training time', 'Hardware', 'Batch size', 'Mult-Adds', 'GPU memory',
  ];
  const scores = ['Accuracy', 'Top-1 Accuracy', 'Error', 'Test perplexity', 'F1', 'EM', 'Inference time (ms)', 'Latency', 'FID', ''];
  for (const name of descriptors) {
    it(`isDescriptorMetric('${name}') is true`, () => expect(isDescriptorMetric(name)).to.equal(true));
  }
  for (const name of scores) {
    it(`isDescriptorMetric('${name}') is false`, () => expect(isDescriptorMetric(name)).to.equal(false));
  }
});
