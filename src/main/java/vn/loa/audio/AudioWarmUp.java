package vn.loa.audio;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Warms the speech path up right after start-up, in the background ({@link AudioProducer#warmUp()}), so that a
 * controller restarted in the middle of a flood answers its first emergency as fast as its hundredth. Off with
 * {@code loa.audio.warm-up=false}.
 */
@ApplicationScoped
class AudioWarmUp {

    private static final Logger LOG = Logger.getLogger(AudioWarmUp.class);

    @Inject
    AudioProducer producer;

    @Inject
    AudioConfig config;

    void start(@Observes final StartupEvent ignored) {
        if (!config.warmUp()) {
            return;
        }
        final Thread t = new Thread(() -> {
            final long start = System.nanoTime();
            final java.util.List<String> warmed = producer.warmUp();
            LOG.infof("speech warmed up for %s in %d ms", warmed, (System.nanoTime() - start) / 1_000_000);
        }, "loa-audio-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
