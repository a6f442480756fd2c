package io.herdbook.api.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint under {@code /api/v1}, read from Spring MVC's own handler mappings, so a test over them covers
 * an endpoint added tomorrow without being told (C20).
 */
public record Endpoints(List<Endpoint> all) {

    /** One method on one route, with the scope its handler declares (null if none; open: no key needed) and a body type it accepts. */
    public record Endpoint(String method, String pattern, Scope scope, boolean open, String contentType, HandlerMethod handler) {

        /** The route with every variable filled: {@code value} by default, a per-name value where given. */
        public String path(Map<String, String> values, String fallback) {
            StringBuilder path = new StringBuilder();
            for (String segment : pattern.substring(1).split("/")) {
                path.append('/');
                if (segment.startsWith("{")) {
                    String name = segment.substring(1, segment.length() - 1);
                    path.append(values.getOrDefault(name, fallback));
                } else {
                    path.append(segment);
                }
            }
            return path.toString();
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        /** A body the route's content type accepts: an empty JSON object, or a one-part form. */
        public byte[] body() {
            if (contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
                return ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                        + "%PDF-1.4\r\n--b--\r\n").getBytes();
            }
            return contentType.equals(MediaType.APPLICATION_JSON_VALUE) ? "{}".getBytes() : "%PDF-1.4".getBytes();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static Endpoints of(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    for (RequestMethod method : methods(info)) {
                        RequiresScope scope = handler.getMethodAnnotation(RequiresScope.class);
                        endpoints.add(new Endpoint(method.name(), pattern, scope == null ? null : scope.value(),
                                handler.hasMethodAnnotation(Unauthenticated.class) || isDocument(handler), contentType(info), handler));
                    }
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return new Endpoints(List.copyOf(endpoints));
    }

    /** springdoc's own handlers, serving the API document and its UI: open by design. */
    private static boolean isDocument(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith("org.springdoc");
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    private static String contentType(RequestMappingInfo info) {
        Set<MediaType> types = info.getConsumesCondition().getConsumableMediaTypes();
        if (types.isEmpty() || types.contains(MediaType.APPLICATION_JSON)) {
            return MediaType.APPLICATION_JSON_VALUE;
        }
        MediaType first = types.stream().sorted(Comparator.comparing(MediaType::toString)).findFirst().orElseThrow();
        return first.equals(MediaType.MULTIPART_FORM_DATA) ? MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=b" : first.toString();
    }
}
