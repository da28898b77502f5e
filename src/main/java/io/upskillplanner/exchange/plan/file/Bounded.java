package io.upskillplanner.exchange.plan.file;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range of a number member. Every number of the plan file is checked against its range by
 * {@link io.upskillplanner.exchange.BoundedNumbers} while it is read, before anything computes
 * with it (issue #18: {@code 1e99999999} must not hang); a number member without one is refused
 * when the file is read, so none can be forgotten.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Bounded {
    Bound value();
}
