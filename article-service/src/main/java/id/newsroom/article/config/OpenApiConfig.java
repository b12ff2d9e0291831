package id.newsroom.article.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI articleServiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("article-service: API redaksi").version("v1")
                        .description("Menulis, menyunting, menjadwalkan, menerbitkan dan menarik artikel. "
                                + "Setiap perubahan menjadi satu event CloudEvents di topik news.articles.v1. "
                                + "Galat mengikuti RFC 9457 (application/problem+json)."))
                .components(new Components()
                        .addSecuritySchemes("basicAuth",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")));
    }
}
