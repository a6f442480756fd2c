package io.herdbook.api.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document says, for every operation, the scope it needs, read from the same {@link RequiresScope} the
 * interceptor enforces, so the document cannot drift from what the server does: an {@code x-required-scope}
 * extension, a line in the description, and the bearer security requirement.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiScopes {

    static final String BEARER = "bearer-key";

    @Bean
    OpenApiCustomizer bearerScheme() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("Authorization: Bearer hbk_… (herdbook api-key prints one; demo prints one for its organisation)"));
        };
    }

    @Bean
    OperationCustomizer requiredScopes() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(Unauthenticated.class)) {
                operation.addExtension("x-required-scope", "none");
                return operation;
            }
            RequiresScope scope = handler.getMethodAnnotation(RequiresScope.class);
            String word = scope == null ? "none granted (this endpoint is refused to every key)" : scope.value().word();
            operation.addExtension("x-required-scope", scope == null ? "denied" : word);
            // Most operations say their scope in their own words ("Write scope. 404 when…"); one that does not gets a line.
            String phrase = scope == null ? "refused" : scope.value() == Scope.PLATFORM ? "platform admin"
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1) + " scope";
            String description = operation.getDescription();
            if (description == null || !description.contains(phrase)) {
                String line = "Required scope: " + word + ".";
                operation.setDescription(description == null || description.isBlank() ? line : line + " " + description);
            }
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            return operation;
        };
    }

}
