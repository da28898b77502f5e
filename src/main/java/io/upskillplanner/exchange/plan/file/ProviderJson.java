package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code provider}. */
public record ProviderJson(String id, String name, String type, @JsonInclude(Include.NON_NULL) String country,
                           @JsonInclude(Include.NON_NULL) String url) {
}
