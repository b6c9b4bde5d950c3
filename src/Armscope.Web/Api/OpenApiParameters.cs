using Microsoft.OpenApi;

namespace Armscope.Web.Api;

/// <summary>Documents query parameters that endpoints read themselves (to validate them strictly) in the OpenAPI document.</summary>
public static class OpenApiParameters
{
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, (string Name, string Description)[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Required = name == "q",
                    Schema = new OpenApiSchema { Type = name is "page" or "pageSize" or "from" or "to" or "limit" ? JsonSchemaType.Integer : JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });
}
