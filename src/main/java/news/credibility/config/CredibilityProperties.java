package news.credibility.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

/**
 * The service's own settings (prefix {@code credibility}), see application.properties.
 *
 * @param rulesFolder  the rules folder compiled at start-up and on reload (relative to the working directory)
 * @param maxTextBytes the largest request body accepted; a plain number is bytes, "5MB" works too
 * @param users        the service's users by name, with a {@code {bcrypt}} password hash and roles
 */
@ConfigurationProperties("credibility")
public record CredibilityProperties(@DefaultValue("rules") Path rulesFolder,
                                    @DefaultValue("5MB") @DataSizeUnit(DataUnit.BYTES) DataSize maxTextBytes,
                                    Map<String, User> users) {

    public CredibilityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /** One user: an encoded password ({@code {bcrypt}...}) and roles (ANALYST, RULE_AUTHOR, AUDITOR). */
    public record User(String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
