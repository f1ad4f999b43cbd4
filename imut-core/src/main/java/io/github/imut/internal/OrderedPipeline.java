package io.github.imut.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work on chunks of a stream in parallel and hands the results on in input order, with bounded memory. Not
 * API: the engine behind {@code Checker.checkAll} and {@code NdjsonBatch}.
 *
 * <p>The calling thread pulls chunks from the source and pushes results to the sink; worker threads only run the
 * work. At most {@code window} chunks are in flight: when the window is full the calling thread waits for the
 * oldest one and sinks it before it pulls the next, so memory stays flat whatever the input's length, and results
 * leave in exactly the order their chunks arrived.
 *
 * <p>Failures: if the source throws, every chunk pulled before is still worked and sunk in order, then the source's
 * exception is rethrown. If the work or the sink throws, the run stops (chunks in flight are cancelled) and the
 * exception is rethrown. With one thread everything runs on the calling thread, with no pool.
 */
public final class OrderedPipeline {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private OrderedPipeline() {
    }

    /**
     * Where chunks come from; called on the calling thread only.
     *
     * @param <C> the chunk type
     */
    @FunctionalInterface
    public interface Source<C> {
        /**
         * @return the next chunk, or null at the end of the input
         * @throws IOException if the input cannot be read
         */
        C next() throws IOException;
    }

    /**
     * Where results go, in input order; called on the calling thread only.
     *
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Sink<R> {
        /**
         * @param result the next result
         * @throws IOException if the output cannot be written
         */
        void accept(R result) throws IOException;
    }

    /**
     * The work done on one chunk; called on worker threads, so it must be thread-safe.
     *
     * @param <C> the chunk type
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Work<C, R> {
        /**
         * @param chunk a chunk
         * @return its result, never null
         */
        R apply(C chunk);
    }

    /**
     * Runs the pipeline to the end of the source.
     *
     * @param threads worker threads, at least 1
     * @param window  chunks in flight at most, at least 1
     * @param source  the chunks
     * @param work    what to do with a chunk
     * @param sink    where the results go, in source order
     * @param <C>     the chunk type
     * @param <R>     the result type
     * @throws IOException           from the source or the sink
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is set again)
     */
    public static <C, R> void run(int threads, int window, Source<C> source, Work<C, R> work, Sink<R> sink)
            throws IOException {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1: " + threads + ", " + window);
        }
        if (threads == 1) {
            C chunk;
            while ((chunk = source.next()) != null) {
                sink.accept(work.apply(chunk));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
        try {
            Throwable sourceFailure = null;
            while (true) {
                C chunk;
                try {
                    chunk = source.next();
                } catch (IOException | RuntimeException | Error e) {
                    sourceFailure = e;
                    break;
                }
                if (chunk == null) {
                    break;
                }
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll()));
                }
                C c = chunk;
                inFlight.add(pool.submit(() -> work.apply(c)));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
            if (sourceFailure instanceof IOException) {
                throw (IOException) sourceFailure;
            }
            if (sourceFailure instanceof RuntimeException) {
                throw (RuntimeException) sourceFailure;
            }
            if (sourceFailure != null) {
                throw (Error) sourceFailure;
            }
        } finally {
            for (Future<R> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("Interrupted while waiting for a batch result");
            c.initCause(e);
            throw c;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            if (cause instanceof IOException) {
                throw new UncheckedIOException((IOException) cause);
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "imut-batch-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
