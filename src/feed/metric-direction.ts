import type { Direction } from './types.js';

// Metric direction is recorded nowhere in the PWC archive, so it is read from the metric's name, word by word
// (never by substring: "terror" is not an error, "Top-1 Accuracy" is not a loss). A feed's own direction or the
// caller's `directions` option always wins over this guess; parseFeed applies that order.

/** Words that make a metric lower-is-better wherever they appear in its name. */
const LOWER_WORDS = new Set([
  'error', 'errors', 'err', 'loss', 'losses', 'perplexity', 'ppl', 'bpc', 'bpb', 'bpd', 'wer', 'cer', 'ter', 'mae',
  'mse', 'rmse', 'rmsle', 'msle', 'mape', 'smape', 'mre', 'nll', 'fid', 'kid', 'eer', 'frr', 'lpips', 'ece', 'epe',
  'ade', 'fde', 'minade', 'minfde', 'latency', 'runtime', 'distance', 'hamming', 'chamfer', 'emd', 'logloss',
  'params', 'parameters', 'flops', 'gflops', 'mflops', 'tflops', 'macs', 'gmacs', 'mmacs',
]);

/** Units and time words: lower-is-better unless the name also names a score ("Real-time accuracy"). */
const WEAK_LOWER_WORDS = new Set(['time', 'ms', 'sec', 'secs', 'seconds', 'minutes', 'hours', 'memory']);

/** Lower-is-better words that are also everyday words, so they count only as the whole name or in capitals. */
const LOWER_ACRONYMS = new Set(['PER', 'FAR', 'SER', 'DER', 'MER', 'CD']);

/**
 * Lower-is-better phrases (matched on whole words, lower case). A phrase holding one of the words above
 * ("log loss", "training time", "number of params") is already caught by that word and needs no entry.
 */
const LOWER_PHRASES = [
  'bits per character', 'bits per char', 'bits per byte', 'bits per dim', 'bits per dimension', 'bits dim',
  'miss rate', 'false positive rate', 'false negative rate', 'false alarm', 'false acceptance rate',
  'false rejection rate', 'abs rel', 'sq rel', 'mean rank', 'median rank', 'average rank', 'model size', 'mult adds',
  'multi adds', 'negative log likelihood',
];

/** Words that turn a lower-is-better word back around ("Error reduction", "Relative loss improvement"). */
const REVERSING_WORDS = new Set(['reduction', 'improvement', 'decrease', 'gain', 'saving', 'savings', 'speedup']);

/** Words of score metrics that keep a weak lower word ("time") from flipping them ("Real-time accuracy"). */
const SCORE_WORDS = new Set([
  'accuracy', 'acc', 'precision', 'recall', 'f1', 'auc', 'bleu', 'rouge', 'meteor', 'map', 'iou', 'miou', 'score',
  'fps', 'throughput', 'em', 'ndcg', 'mrr', 'hit', 'hits', 'correlation', 'psnr', 'ssim',
]);

const DESCRIPTOR_WORDS = new Set([
  'params', 'param', 'parameters', 'flops', 'gflops', 'mflops', 'tflops', 'macs', 'gmacs', 'mmacs', 'hardware',
  'gpu', 'gpus', 'tpu', 'tpus', 'epochs',
]);

/**
 * Descriptor phrases. As above, a phrase holding a descriptor word ("number of params", "gpu memory") or a
 * shorter phrase ("extra training data") needs no entry.
 */
const DESCRIPTOR_PHRASES = [
  'model size', 'extra data', 'training data', 'additional data', 'training time', 'train time', 'pretraining time',
  'batch size', 'mult adds', 'multi adds', 'memory usage', 'pretrain',
];

/** Splits a metric name into words: punctuation, "-", "_", "%", "@" and camelCase boundaries all separate. */
function words(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

function hasPhrase(lowerWords: string[], phrases: readonly string[]): boolean {
  const padded = ` ${lowerWords.join(' ')} `;
  return phrases.some((phrase) => padded.includes(` ${phrase} `));
}

/**
 * Guesses which way a metric improves from its name: errors, losses, perplexity, WER/CER/PER, MAE/MSE/RMSE, FID,
 * EER, distances, latency and time are lower-is-better; everything else is higher-is-better.
 */
export function metricDirection(name: string): Direction {
  const original = words(String(name ?? ''));
  const lower = original.map((word) => word.toLowerCase());
  if (lower.some((word) => REVERSING_WORDS.has(word))) return 'higher';
  if (lower.some((word) => LOWER_WORDS.has(word))) return 'lower';
  const wholeName = original.join(' ').toUpperCase();
  if (original.some((word) => LOWER_ACRONYMS.has(word)) || LOWER_ACRONYMS.has(wholeName)) return 'lower';
  const scored = lower.some((word) => SCORE_WORDS.has(word));
  if (!scored && (hasPhrase(lower, LOWER_PHRASES) || lower.some((word) => WEAK_LOWER_WORDS.has(word)))) {
    return 'lower';
  }
  return 'higher';
}

/**
 * True for columns that describe a model rather than score it ("Number of params", "FLOPs", "Model size",
 * "Extra Training Data", "Training time", "Hardware", "Batch size"): they are shown, never ranked by default.
 */
export function isDescriptorMetric(name: string): boolean {
  const lower = words(String(name ?? '')).map((word) => word.toLowerCase());
  return lower.some((word) => DESCRIPTOR_WORDS.has(word)) || hasPhrase(lower, DESCRIPTOR_PHRASES);
}
