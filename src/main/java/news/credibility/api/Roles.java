package news.credibility.api;

import org.springframework.security.core.Authentication;

/** The roles as the API checks them inside a request (the URL rules are in SecurityConfiguration). */
final class Roles {

    static final String AUDITOR = "ROLE_AUDITOR";

    private Roles() {
    }

    static boolean isAuditor(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(a -> AUDITOR.equals(a.getAuthority()));
    }
}
