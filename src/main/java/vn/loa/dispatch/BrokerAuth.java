package vn.loa.dispatch;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.auth.ModifiableDefaultPermissions;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.loa.receiver.ReceiverId;
import vn.loa.receiver.ReceiverSecrets;

/**
 * Authentication and topic rights for the embedded broker, as an in-process HiveMQ extension. The controller
 * logs in with a password made at each start, its user name and client id both {@code loa.mqtt.client-id}; a receiver logs in as its id with its secret and client id
 * {@code loa-rx-<id>}, and may only subscribe to its own {@code cmd} topic and publish to its own {@code ack},
 * {@code status} and {@code digest} topics (its last will included). Everything else is refused.
 */
final class BrokerAuth {

    private static final Logger LOG = Logger.getLogger(BrokerAuth.class);

    private final String controllerUser;
    private final String controllerPassword;
    private final Function<String, Optional<String>> secretSha256;

    BrokerAuth(final String controllerUser, final String controllerPassword,
            final Function<String, Optional<String>> secretSha256) {
        this.controllerUser = controllerUser;
        this.controllerPassword = controllerPassword;
        this.secretSha256 = secretSha256;
    }

    EmbeddedExtension extension() {
        return EmbeddedExtension.builder().withId("loa-auth").withName("Loa receiver authentication")
                .withVersion("1").withAuthor("Loa").withPriority(1000).withStartPriority(1000)
                .withExtensionMain(new ExtensionMain() {
                    @Override
                    public void extensionStart(final ExtensionStartInput in, final ExtensionStartOutput out) {
                        final SimpleAuthenticator authenticator = BrokerAuth.this::onConnect;
                        Services.securityRegistry().setAuthenticatorProvider(input -> authenticator);
                    }

                    @Override
                    public void extensionStop(final ExtensionStopInput in, final ExtensionStopOutput out) {
                    }
                }).build();
    }

    private void onConnect(final SimpleAuthInput input, final SimpleAuthOutput output) {
        final String user = input.getConnectPacket().getUserName().orElse("");
        final String password = input.getConnectPacket().getPassword().map(BrokerAuth::text).orElse("");
        final String clientId = input.getConnectPacket().getClientId();
        try {
            if (user.equals(controllerUser)) {
                // the client id too, as for receivers: the controller's session is persistent, and a second client
                // under another id with the same password could watch every topic beside it unnoticed
                if (clientId.equals(controllerUser) && equal(password, controllerPassword)) {
                    output.getDefaultPermissions().add(permission("loa/v1/#", TopicPermission.MqttActivity.ALL));
                    output.getDefaultPermissions().setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
                    output.authenticateSuccessfully();
                    return;
                }
            } else if (ReceiverId.isValid(user) && clientId.equals("loa-rx-" + user)
                    && secretSha256.apply(user).map(h -> ReceiverSecrets.matches(password, h)).orElse(false)) {
                final ModifiableDefaultPermissions p = output.getDefaultPermissions();
                p.add(permission("loa/v1/rx/" + user + "/cmd", TopicPermission.MqttActivity.SUBSCRIBE));
                p.add(permission("loa/v1/rx/" + user + "/ack", TopicPermission.MqttActivity.PUBLISH));
                p.add(permission("loa/v1/rx/" + user + "/status", TopicPermission.MqttActivity.PUBLISH));
                p.add(permission("loa/v1/rx/" + user + "/digest", TopicPermission.MqttActivity.PUBLISH));
                p.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
                output.authenticateSuccessfully();
                return;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "checking MQTT credentials of %s failed", user);
        }
        LOG.warnf("MQTT login refused: user '%s', client id '%s'", user, clientId);
        output.failAuthentication();
    }

    private static TopicPermission permission(final String filter, final TopicPermission.MqttActivity activity) {
        return Builders.topicPermission().topicFilter(filter).activity(activity)
                .type(TopicPermission.PermissionType.ALLOW).build();
    }

    private static String text(final ByteBuffer buffer) {
        final byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean equal(final String a, final String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
