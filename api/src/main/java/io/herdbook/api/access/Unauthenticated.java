package io.herdbook.api.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the rare handler that takes no API key because the request carries a secret of its own (an invitation's
 * token). Its path must also be one of {@link ApiKeyFilter#OPEN_PATHS}; a test checks the two agree.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unauthenticated {
}
