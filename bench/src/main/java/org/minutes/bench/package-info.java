/**
 * JMH benchmarks of parse throughput: the Minutes parser and, on the same texts in the same run, commonmark-java with
 * source spans as the yardstick, so that later changes can be judged as a ratio.
 */
package org.minutes.bench;
