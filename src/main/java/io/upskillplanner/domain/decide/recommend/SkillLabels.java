package io.upskillplanner.domain.decide.recommend;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import io.upskillplanner.domain.SkillRef;

/**
 * How the recommendation matches a goal's skill to a credential's: by taxonomy URI when both
 * have one (two different concepts never match, whatever their labels), else by normalised label. A label is normalised by decomposing it (NFKD), dropping
 * the accents, lower-casing it, turning every run of characters that are neither letters nor
 * digits into one space and trimming: "Cloud-Computing", "cloud computing" and "Cloud  Computing"
 * are one skill; "Réseaux" matches "reseaux".
 */
public final class SkillLabels {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SkillLabels() {
    }

    public static String normalise(String label) {
        String decomposed = Normalizer.normalize(label, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    public static boolean matches(SkillRef wanted, SkillRef taught) {
        if (wanted.taxonomyUri() != null && taught.taxonomyUri() != null) {
            return wanted.taxonomyUri().equals(taught.taxonomyUri());
        }
        return normalise(wanted.label()).equals(normalise(taught.label()));
    }
}
