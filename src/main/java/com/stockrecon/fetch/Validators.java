package com.stockrecon.fetch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ETag and Last-Modified of a supplier's last fetched body and the file it went to.
 *
 * @param etag         the ETag as the server sent it, or null
 * @param lastModified the Last-Modified as the server sent it, or null
 */
public record Validators(URI url, String etag, String lastModified, Path file) {

    /**
     * Whether a conditional GET to {@code target} may use them: same URL, something to send, and the
     * file is still in the folder the run reads (else a 304 would leave the run without a feed).
     */
    public boolean usableFor(URI target, Path folder) {
        return url.equals(target) && (etag != null || lastModified != null) && file.getParent() != null
                && file.getParent().equals(folder) && Files.isRegularFile(file);
    }
}
