namespace Armscope.Ingestion.Tests;

public class FolderTests
{
    [Fact]
    public void Nested_folders_are_read_recursively_in_a_stable_order()
    {
        using var scratch = new Scratch();
        scratch.Write("b/inner/c.txt", "C\n\nThird.");
        scratch.Write("a.txt", "A\n\nFirst.");
        scratch.Write("b/b.txt", "B\n\nSecond.");

        var ids = Reading.ReadAll(scratch.Root).Select(r => r.Document!.Id).ToList();

        Assert.Equal(["a", "b", "c"], ids);
    }

    [Fact]
    public void Hidden_files_and_folders_inside_a_folder_are_skipped()
    {
        using var scratch = new Scratch();
        scratch.Write("story.txt", "Story\n\nBody.");
        scratch.Write(".git/config", "[core]");
        scratch.Write(".notes.txt", "private");

        var results = Reading.ReadAll(scratch.Root);

        Assert.Equal("story", Assert.Single(results).Document!.Id);
    }

    [Fact]
    public void A_folders_own_readme_is_not_read_as_an_article()
    {
        using var scratch = new Scratch();
        scratch.Write("story.txt", "Story\n\nBody.");
        scratch.Write("README.md", "# Sample articles\n\nWhat this folder holds.");

        var result = Assert.Single(Reading.ReadAll(scratch.Root));

        Assert.Equal("story", result.Document!.Id);
    }

    [Fact]
    public void Gold_annotation_files_beside_articles_are_not_read_as_inputs()
    {
        using var scratch = new Scratch();
        scratch.Write("d001.txt", "Headline\n\nBody.");
        scratch.Write("d001.gold.json", "{\"document\": {}, \"transfers\": []}");

        var result = Assert.Single(Reading.ReadAll(scratch.Root));

        Assert.Equal("d001", result.Document!.Id);
    }
}
