using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Armscope.Web.Pages;

/// <summary>An SVG &lt;text&gt; element (Razor reserves the tag name), its content encoded like any other.</summary>
public sealed class SvgLabel : ComponentBase
{
    [Parameter, EditorRequired] public double X { get; set; }

    [Parameter, EditorRequired] public double Y { get; set; }

    [Parameter] public string Anchor { get; set; } = "start";

    [Parameter, EditorRequired] public string Text { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", "tick");
        builder.AddAttribute(2, "x", X.ToString("0.#", CultureInfo.InvariantCulture));
        builder.AddAttribute(3, "y", Y.ToString("0.#", CultureInfo.InvariantCulture));
        builder.AddAttribute(4, "text-anchor", Anchor);
        builder.AddContent(5, Text);
        builder.CloseElement();
    }
}
