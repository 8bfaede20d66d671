package vn.loa.audio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code GET /api/voices}: the languages Loa speaks, their voices and the speaking-rate bounds, so the compose page
 * and scripts offer only what a bulletin may ask for ({@link SpeechVoices} checks it again when it is written).
 */
@Path("/api/voices")
@Produces(MediaType.APPLICATION_JSON)
public class VoiceResource {

    /**
     * @param minRateWpm     slowest rate a bulletin may ask for, words per minute
     * @param maxRateWpm     fastest, words per minute
     * @param defaultRateWpm the rate of a bulletin that names none, words per minute
     */
    public record Catalogue(int minRateWpm, int maxRateWpm, int defaultRateWpm,
            List<SpeechVoices.Language> languages) {
    }

    static final Catalogue CATALOGUE = new Catalogue(SpeechSettings.MIN_RATE_WPM, SpeechSettings.MAX_RATE_WPM,
            SpeechSettings.DEFAULT_RATE_WPM, SpeechVoices.LANGUAGES);

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public Catalogue list() {
        return CATALOGUE;
    }
}
