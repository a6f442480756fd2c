package io.herdbook.api.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a handler method needs. Every handler under {@code /api/v1} declares one: one that does not is
 * refused to every caller ({@link ScopeInterceptor}), and a test walks every mapping and fails on it (C20).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    Scope value();
}
