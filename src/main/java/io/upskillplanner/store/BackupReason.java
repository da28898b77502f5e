package io.upskillplanner.store;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was taken; the tag is part of the backup's file name. */
public enum BackupReason {
    STARTUP("startup"),
    MIGRATION("before-migration"),
    IMPORT("before-import"),
    RESTORE("before-restore"),
    MANUAL("manual");

    private final String tag;

    BackupReason(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    static Optional<BackupReason> ofTag(String tag) {
        return Arrays.stream(values()).filter(r -> r.tag.equals(tag)).findFirst();
    }
}
