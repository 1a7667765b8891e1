package com.stockrecon.fetch;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a response body into a file while hashing it, and gives up as soon as it passes
 * {@code maxBytes}: the subscription is cancelled (the connection dropped), so a body of any size
 * costs at most the limit on disk and one buffer in memory.
 */
final class BodyToFile implements BodySubscriber<Long> {

    /** The body went past the limit: nothing past it was read. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("the body is larger than max-bytes (" + maxBytes + " bytes); stopped at the limit");
        }
    }

    private final Path file;
    private final long maxBytes;
    private final AtomicLong lastProgress;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final MessageDigest sha;
    private FileChannel channel;
    private Flow.Subscription subscription;
    private long written;

    BodyToFile(Path file, long maxBytes, AtomicLong lastProgress) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.lastProgress = lastProgress;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            subscription.cancel();
            result.completeExceptionally(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer buffer : buffers) {
                written += buffer.remaining();
                if (written > maxBytes) {
                    fail(new TooLarge(maxBytes));
                    return;
                }
                sha.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            lastProgress.set(System.nanoTime());
            subscription.request(1);
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        close();
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        try {
            channel.force(true);
            close();
            result.complete(written);
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Stops reading: used when the limit is passed and when the caller gives up waiting. */
    void abort(IOException reason) {
        fail(reason);
    }

    String sha256() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void fail(IOException reason) {
        if (subscription != null) {
            subscription.cancel();
        }
        close();
        result.completeExceptionally(reason);
    }

    private synchronized void close() {
        if (channel != null && channel.isOpen()) {
            try {
                channel.close();
            } catch (IOException e) {
                // the file is deleted by the caller whatever state it is in
            }
        }
    }
}
