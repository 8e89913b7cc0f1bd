package news.credibility.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of {@code credibility.users.<name>.password} (an encoded hash, e.g. {@code {bcrypt}...})
 * and {@code credibility.users.<name>.roles}. The shipped defaults use the user's name as password
 * (analyst/analyst, author/author, auditor/auditor): each one still in place is warned about at
 * start-up, because such a service is open to anybody who has read the README.
 */
@Configuration(proxyBeanMethods = false)
public class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService userDetailsService(CredibilityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (Map.Entry<String, CredibilityProperties.User> entry : properties.users().entrySet()) {
            String name = entry.getKey();
            CredibilityProperties.User user = entry.getValue();
            if (user.password() == null || user.password().isBlank()) {
                throw new IllegalStateException("credibility.users.%s.password is missing: give it an encoded password such as {bcrypt}$2a$10$..."
                        .formatted(name));
            }
            if (encoder.matches(name, user.password())) {
                log.warn("User '{}' still has its default password (the user name): set credibility.users.{}.password to a new {{bcrypt}} hash",
                        name, name);
            }
            users.add(User.withUsername(name).password(user.password())
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        if (users.isEmpty()) {
            log.warn("No users configured (credibility.users.*): every API call will be refused with 401");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
