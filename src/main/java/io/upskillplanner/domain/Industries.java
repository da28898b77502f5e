package io.upskillplanner.domain;

import java.util.List;

/** The industries the demo catalog and the pickers offer; users may type others. */
public final class Industries {

    public static final List<String> STANDARD = List.of(
            "Technology",
            "Healthcare",
            "Manufacturing",
            "Education",
            "Business & Finance",
            "Construction & Trades",
            "Logistics & Supply Chain");

    private Industries() {
    }
}
