package io.upskillplanner.exchange;

/**
 * A record a file brings under a fixed id, so that one import can find two files (or two places
 * in one file) that bring different records under the same id before anything is written.
 *
 * @param key     what the id identifies, e.g. {@code credential 6a1f…}; equal keys are the same row
 * @param place   where the file holds it, for the message
 * @param content the record itself: the same record twice is harmless, two different ones are not
 */
public record IdClaim(String key, String place, Object content) {
}
