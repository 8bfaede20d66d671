package vn.loa.dispatch;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while connected and subscribed to receivers' topics: without it no command goes out and no ack comes in. */
@Readiness
public class MqttHealthCheck implements HealthCheck {

    @Inject
    MqttGateway gateway;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mqtt").status(gateway.listening()).build();
    }
}
