package io.upskillplanner.exchange;

import io.upskillplanner.domain.Profile;

/** Where imported things go: the catalog always, and profile-owned things (badges) to this profile if given. */
public record ImportTarget(Profile profile) {

    public static final ImportTarget CATALOG_ONLY = new ImportTarget(null);
}
