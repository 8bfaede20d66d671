package vn.loa.agent.download;

import java.io.IOException;
import org.jetbrains.annotations.NotNull;

/** The server answered, but not with the audio: a retryable failure whose message is the status line. */
final class HttpStatusException extends IOException {

    HttpStatusException(final @NotNull String statusLine) {
        super(statusLine);
    }
}
