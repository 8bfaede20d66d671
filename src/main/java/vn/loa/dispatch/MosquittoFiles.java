package vn.loa.dispatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.loa.receiver.Receiver;
import vn.loa.receiver.ReceiverSecrets;
import vn.loa.receiver.ReceiverService;

/**
 * Mosquitto's password file and ACL for the receivers, so that each receiver reads only its own {@code cmd} topic
 * and writes only its own {@code ack} and {@code status}. Written (temp file, fsync, rename) to the configured
 * paths at start and whenever a receiver's credentials change, then the reload command runs (Mosquitto rereads
 * both files on SIGHUP). Also served to admins by {@code BrokerFilesResource}.
 */
@ApplicationScoped
public class MosquittoFiles {

    private static final Logger LOG = Logger.getLogger(MosquittoFiles.class);

    @Inject
    MqttConfig mqtt;

    @ConfigProperty(name = "loa.mosquitto.password-file")
    Optional<Path> passwordFile;

    @ConfigProperty(name = "loa.mosquitto.acl-file")
    Optional<Path> aclFile;

    /** For example {@code pkill -HUP -x mosquitto}; run after the files change. */
    @ConfigProperty(name = "loa.mosquitto.reload-command")
    Optional<List<String>> reloadCommand;

    /** The ACL: the controller may use every Loa topic, each receiver only its own three. */
    public String acl() {
        final StringBuilder s = new StringBuilder("# Mosquitto ACL for Loa, generated: do not edit\n");
        mqtt.username().ifPresent(u -> s.append("user ").append(u).append("\ntopic readwrite loa/v1/#\n\n"));
        return s.append("pattern read loa/v1/rx/%u/cmd\n")
                .append("pattern write loa/v1/rx/%u/ack\n")
                .append("pattern write loa/v1/rx/%u/status\n")
                .append("pattern write loa/v1/rx/%u/digest\n").toString();
    }

    /** The password file: the controller (when it has a configured user) and every receiver with a secret. */
    public String passwords() {
        return passwords(mqtt.username(), mqtt.password());
    }

    String passwords(final Optional<String> controllerUser, final Optional<String> controllerPassword) {
        final StringBuilder s = new StringBuilder();
        if (controllerUser.isPresent() && controllerPassword.isPresent()) {
            s.append(controllerUser.get()).append(':')
                    .append(ReceiverSecrets.mosquittoHash(controllerPassword.get())).append('\n');
        }
        QuarkusTransaction.joiningExisting().run(() -> Receiver.<Receiver>listAll(Sort.by("id")).stream()
                .filter(r -> r.mosquittoHash != null)
                .forEach(r -> s.append(r.id).append(':').append(r.mosquittoHash).append('\n')));
        return s.toString();
    }

    void onStart(@Observes final StartupEvent ignored) {
        write();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS)
            final ReceiverService.CredentialsChanged changed) {
        write();
    }

    synchronized void write() {
        if (passwordFile.isEmpty() && aclFile.isEmpty()) {
            return;
        }
        passwordFile.ifPresent(p -> atomicWrite(p, QuarkusTransaction.requiringNew().call(this::passwords)));
        aclFile.ifPresent(p -> atomicWrite(p, acl()));
        reloadCommand.ifPresent(MosquittoFiles::run);
    }

    private static void atomicWrite(final Path target, final String content) {
        try {
            final Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void run(final List<String> command) {
        try {
            final Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                LOG.warnf("Mosquitto reload command %s did not succeed", command);
            }
        } catch (IOException e) {
            LOG.warnf("Mosquitto reload command %s failed: %s", command, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
