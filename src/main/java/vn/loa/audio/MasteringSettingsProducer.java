package vn.loa.audio;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes {@link MasteringSettings} from {@code loa.audio.*} and checks them when the application starts. */
@ApplicationScoped
class MasteringSettingsProducer {

    @Produces
    @Singleton
    MasteringSettings settings(final AudioConfig config) {
        return MasteringSettings.from(config);
    }

    /**
     * Injecting the settings builds them, so a bitrate or pause out of range stops the start with a message naming
     * the property, instead of failing the first approval.
     */
    void validateAtStart(@Observes final StartupEvent event, final MasteringSettings settings) {
        // nothing else to do: building the settings is the check
    }
}
