using Armscope.Register.Pipeline;
using Armscope.Register.Postgres;
using Armscope.Register.Tests.Corpus;
using Xunit.Abstractions;

namespace Armscope.Register.Tests;

/// <summary>Several ingesters, each with its own connection, on one PostgreSQL register at once, fed overlapping inputs.</summary>
public sealed class ConcurrentIngestersTests(ITestOutputHelper output) : IDisposable
{
    private readonly PostgresTestServer _server = new();

    [SkippableFact]
    public async Task Three_ingesters_with_overlapping_inputs_store_each_document_once_and_merge_deals_as_one_ingester_does()
    {
        var items = NewsGenerator.Items(seed: 42, count: 360);
        var random = new Random(42);
        IReadOnlyList<NewsGenerator.Item> Slice(int from, int to) => [.. items.Skip(from).Take(to - from).OrderBy(_ => random.Next())];
        var inputs = new[] { Slice(0, 240), Slice(120, 360), Slice(60, 300) };

        await using (var single = PostgresRegister.Open(_server.Location("single")))
        {
            await IngestRuns.RunAsync(single, [items]);
        }

        // Small batches, so the ingesters' transactions interleave on the deals they share.
        var options = new PipelineOptions { Parallelism = 1, BatchSize = 4 };
        var registers = inputs.Select(_ => PostgresRegister.Open(_server.Location("shared"))).ToList();
        try
        {
            var runs = await Task.WhenAll(inputs.Select((input, i) => Task.Run(() => IngestRuns.RunAsync(registers[i], [input], options))));
            await using var shared = PostgresRegister.Open(_server.Location("shared"));
            await using var reference = PostgresRegister.Open(_server.Location("single"));
            var distinctTexts = items.Select(i => ContentHash.Of(i.Text)).Distinct().Count();
            var counts = await shared.CountAsync();

            Assert.Equal(distinctTexts, counts.Documents);
            Assert.Equal(await reference.CountAsync(), counts);
            Assert.Equal(await JsonOf(reference), await JsonOf(shared));
            var stored = runs.Sum(r => r.Summary.New);
            Assert.Equal(distinctTexts, stored);

            var line = $"concurrent ingesters (postgres): 3 ingesters, {inputs.Sum(i => i.Count)} inputs ({items.Count} items, {distinctTexts} distinct texts): "
                + $"{stored} stored once each, {runs.Sum(r => r.Summary.Skipped + r.AlreadyStored + r.Repeated)} skipped, {counts.Transfers} transfers, {counts.Deals} deals, export equal to one ingester's";
            output.WriteLine(line);
            Console.WriteLine(line);
        }
        finally
        {
            foreach (var register in registers)
            {
                await register.DisposeAsync();
            }
        }
    }

    public void Dispose() => _server.Dispose();

    private static async Task<string> JsonOf(IRegister register)
    {
        using var stream = new MemoryStream();
        await Export.JsonExport.WriteAsync(register, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
