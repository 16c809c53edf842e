package org.minutes.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Works on many inputs in parallel across the cores and hands the results on in input order, so that the output is
 * the same as one input after the other. At most two results per thread wait to be handed on: memory stays bounded
 * by a few documents, however many inputs there are.
 */
final class Batch {

    /** Work on one input. */
    @FunctionalInterface
    interface Task<T> {
        /**
         * Works on one input.
         *
         * @param name the input's name
         * @return the result
         * @throws InputException when the input cannot be read
         * @throws IOException    when an output cannot be written
         */
        T apply(String name) throws InputException, IOException;
    }

    /** What is done with each result, in input order. */
    @FunctionalInterface
    interface Sink<T> {
        /**
         * Takes one result.
         *
         * @param result the result
         * @throws InputException when an output cannot be used
         * @throws IOException    when an output cannot be written
         */
        void accept(T result) throws InputException, IOException;
    }

    private Batch() {
    }

    /**
     * Applies {@code task} to every name, on as many threads as there are processors (one input: none), and gives
     * the results to {@code sink} in the order of {@code names}. The first input that fails, in that order, stops the
     * batch with its exception; the sink has then taken the results of the inputs before it.
     *
     * @param names the inputs
     * @param task  the work on one input
     * @param sink  what is done with each result
     * @param <T>   the result type
     * @throws InputException from the task or the sink
     * @throws IOException    from the task or the sink
     */
    static <T> void inOrder(List<String> names, Task<T> task, Sink<T> sink) throws InputException, IOException {
        int threads = Math.min(names.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (String name : names) {
                sink.accept(task.apply(name));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "minutes-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> window = new ArrayDeque<>();
            int next = 0;
            while (next < names.size() || !window.isEmpty()) {
                while (next < names.size() && window.size() < 2 * threads) {
                    String name = names.get(next++);
                    window.add(pool.submit(() -> task.apply(name)));
                }
                sink.accept(result(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T result(Future<T> future) throws InputException, IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) {
                throw input;
            } else if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
