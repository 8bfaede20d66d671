package vn.loa.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of Vietnamese speech ({@code speech-vi}): DOWN while espeak-ng is missing, with the reason and the fix
 * in the data. English speech does not depend on it and keeps working either way.
 */
@Readiness
@ApplicationScoped
class SpeechViHealthCheck implements HealthCheck {

    static final String NAME = "speech-vi";

    private final EspeakBinary binary;

    @Inject
    SpeechViHealthCheck(final AudioConfig config) {
        this(EspeakBinary.onSystemPath(config.espeakPath()));
    }

    SpeechViHealthCheck(final EspeakBinary binary) {
        this.binary = binary;
    }

    @Override
    public HealthCheckResponse call() {
        final Optional<Path> program = binary.locate();
        final HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (program.isPresent()) {
            return response.up().withData("program", program.get().toString()).build();
        }
        return response.down()
                .withData("reason", binary.missingReason())
                .withData("install", "sudo apt-get install espeak-ng")
                .withData("english", "unaffected")
                .build();
    }
}
