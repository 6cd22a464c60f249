package org.thyrobank.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header: what the API is and how to sign in to it (Basic, or a bearer token). */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

    @Bean
    OpenAPI thyrobankApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("thyrobank")
                        .version("v1")
                        .description(
                                "Biobank genomics and circulating-miRNA service. Errors are RFC 9457 problem details."
                                        + " Sign in with HTTP Basic, or with a bearer token from POST /api/v1/tokens."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
