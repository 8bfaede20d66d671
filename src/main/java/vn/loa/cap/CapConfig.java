package vn.loa.cap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code loa.cap.*}: CAP 1.2 alerts from trusted senders. */
@ConfigMapping(prefix = "loa.cap")
public interface CapConfig {

    /** Largest CAP message accepted, in bytes (256 KiB: a CAP alert with a few areas is a few KiB). */
    @WithDefault("262144")
    int maxBytes();

    /** The {@code geocode} valueName that carries a Vietnamese administrative unit code (mã đơn vị hành chính). */
    @WithDefault("MaDVHC")
    String geocodeName();
}
