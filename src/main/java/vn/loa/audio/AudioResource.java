package vn.loa.audio;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.PathPart;
import vn.loa.error.NotFoundException;
import vn.loa.error.UnavailableException;

/**
 * Downloads of stored MP3s: {@code GET|HEAD /api/audio/<sha256>.mp3}, with single byte ranges and conditional
 * requests. Public, because receivers fetch the files they were told to play with no account of their own: the
 * 256-bit content address is unguessable and names only approved bulletins.
 */
@Path("/api/audio")
@PermitAll
public class AudioResource {

    static final String MPEG_AUDIO = "audio/mpeg";
    /** Content-addressed files never change: one year, the longest value RFC 9111 suggests honouring. */
    private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    private static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{64})\\.mp3");

    private final AudioStore store;

    @Inject
    AudioResource(final AudioStore store) {
        this.store = store;
    }

    @GET
    @Path("{file}")
    public Response get(@PathParam("file") final String file, @HeaderParam("Range") final String range,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) final String ifNoneMatch) {
        return answer(file, range, ifNoneMatch, true);
    }

    @HEAD
    @Path("{file}")
    public Response head(@PathParam("file") final String file, @HeaderParam("Range") final String range,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) final String ifNoneMatch) {
        return answer(file, range, ifNoneMatch, false);
    }

    private Response answer(final String file, final String range, final String ifNoneMatch, final boolean body) {
        final Matcher name = FILE_NAME.matcher(file);
        // The id never reaches the file system unless it is exactly 64 hex digits: no traversal, no other files.
        final String sha256 = name.matches() ? name.group(1) : null;
        final java.nio.file.Path path = store.find(sha256)
                .orElseThrow(() -> new NotFoundException("audio file", sha256 == null ? "(malformed id)" : sha256));
        final String etag = '"' + sha256 + '"';
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER).build();
        }
        final long length = size(path);
        final ByteRange.Request wanted = ByteRange.parse(range, length);
        if (wanted instanceof ByteRange.Unsatisfiable) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + length)
                    .header("Accept-Ranges", "bytes")
                    .build();
        }
        final Response.ResponseBuilder response;
        final long bodyLength;
        if (wanted instanceof ByteRange.Part part) {
            final ByteRange r = part.range();
            bodyLength = r.length();
            response = Response.status(Response.Status.PARTIAL_CONTENT)
                    .header("Content-Range", r.contentRange(length))
                    .entity(body ? new PathPart(path, r.first(), r.length()) : null);
        } else {
            bodyLength = length;
            response = Response.ok(body ? path : null);
        }
        if (!body) {
            // HEAD: no entity to measure, so say how long the GET body would be (RFC 9110 section 9.3.2)
            response.header(HttpHeaders.CONTENT_LENGTH, bodyLength);
        }
        return response.type(MPEG_AUDIO)
                .header(HttpHeaders.ETAG, etag)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                .build();
    }

    /** If-None-Match uses the weak comparison (RFC 9110 section 13.1.2): {@code W/"x"} matches {@code "x"}. */
    private static boolean matches(final String ifNoneMatch, final String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }

    private static long size(final java.nio.file.Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UnavailableException("audio-store-failed", "cannot read the audio store", e);
        }
    }
}
