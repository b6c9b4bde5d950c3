using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Armscope.Ingestion.Tests;

/// <summary>A feed served on 127.0.0.1 for URL tests: answers 304 to a matching If-None-Match, and can fail the first requests.</summary>
internal sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _body;
    private readonly string _etag;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _failuresLeft;

    public FeedServer(string body, string etag = "\"v1\"", int failFirst = 0)
    {
        _body = body;
        _etag = etag;
        _failuresLeft = failFirst;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/feed.xml";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string Url { get; }

    public List<(string? IfNoneMatch, int Status)> Requests { get; } = [];

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var ifNoneMatch = context.Request.Headers["If-None-Match"];
            int status;
            if (_failuresLeft > 0)
            {
                _failuresLeft--;
                status = 503;
            }
            else
            {
                status = ifNoneMatch == _etag ? 304 : 200;
            }

            lock (Requests)
            {
                Requests.Add((ifNoneMatch, status));
            }

            context.Response.StatusCode = status;
            if (status == 200)
            {
                var bytes = Encoding.UTF8.GetBytes(_body);
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                context.Response.Headers["ETag"] = _etag;
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; how it ends does not matter here.
        }
    }
}
