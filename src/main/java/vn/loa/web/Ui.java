package vn.loa.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import vn.loa.security.Role;

/**
 * The web UI's view of the current request: who is logged in, in which role, and in which language. Templates
 * read it as {@code {inject:ui.user}}, {@code {inject:ui.staff}}...; page resources pass every template through
 * {@link #page(TemplateInstance)} so message bundles speak the chosen language.
 */
@Named("ui")
@RequestScoped
public class Ui {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    private UiLanguage language;

    /** Sets the template's locale to the request's language. */
    public <T extends TemplateInstance> T page(final T template) {
        template.setLocale(locale());
        return template;
    }

    /** A message bundle in the request's language, for messages built in Java (validation errors). */
    public <T> T messages(final Class<T> bundle) {
        return language() == UiLanguage.en ? MessageBundles.get(bundle, Localized.Literal.of("en"))
                : MessageBundles.get(bundle);
    }

    public UiLanguage language() {
        if (language == null) {
            final Cookie cookie = request.getCookie(UiLanguage.COOKIE);
            language = UiLanguage.choose(request.getParam("lang"), cookie == null ? null : cookie.getValue());
        }
        return language;
    }

    public Locale locale() {
        return language().locale();
    }

    /** For {@code <html lang>}. */
    public String lang() {
        return language().name();
    }

    /**
     * The link of the language switch: this page in the other language. A page shown in answer to a form post (a
     * message) has no address of its own to reload, so its switch goes to the home page.
     */
    public String switchHref() {
        final String path = request.method() == HttpMethod.GET ? request.path() : "/ui";
        return path + "?lang=" + language().other().name();
    }

    public String switchLabel() {
        return language().other() == UiLanguage.en ? "English" : "Tiếng Việt";
    }

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean staff() {
        return identity.hasRole(Role.STAFF);
    }

    public boolean approver() {
        return identity.hasRole(Role.APPROVER);
    }

    public boolean official() {
        return identity.hasRole(Role.OFFICIAL);
    }

    public boolean admin() {
        return identity.hasRole(Role.ADMIN);
    }

    /** The role's name in the current language, for the header. */
    public String roleName() {
        final boolean en = language() == UiLanguage.en;
        if (staff()) {
            return en ? "commune staff" : "cán bộ xã";
        }
        if (approver()) {
            return en ? "approver" : "người duyệt";
        }
        if (official()) {
            return en ? "official" : "lãnh đạo";
        }
        if (admin()) {
            return en ? "administrator" : "quản trị";
        }
        return "";
    }
}
