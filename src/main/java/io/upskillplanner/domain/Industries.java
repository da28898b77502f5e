package io.upskillplanner.domain;

import java.util.Arrays;
import java.util.List;

/** The industries the demo catalog and the pickers offer, by their stored names; users may type others. */
public final class Industries {

    public static final List<String> STANDARD = Arrays.stream(StandardIndustry.values())
            .map(StandardIndustry::storedName).toList();

    private Industries() {
    }
}
