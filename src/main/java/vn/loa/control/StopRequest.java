package vn.loa.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/stop} and {@code POST /api/reconcile}: some receivers, or {@code "all": true}. */
public record StopRequest(@Size(max = 10_000) List<@NotBlank @Size(max = 63) String> receivers, boolean all) {
}
