// The network page: draws /api/network with Cytoscape.js and lists an edge's deals from /api/deals when it is
// selected. All text goes into the page through textContent, never as HTML.
(function () {
    "use strict";

    const container = document.getElementById("network-graph");
    const panel = document.getElementById("edge-deals");
    if (!container || !panel || typeof cytoscape !== "function") {
        return;
    }

    const filters = new URLSearchParams(window.location.search);
    const filterNames = ["category", "status", "from", "to"];

    function element(tag, text, attributes) {
        const node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        for (const [name, value] of Object.entries(attributes || {})) {
            node.setAttribute(name, value);
        }
        return node;
    }

    function dealsUrl(supplier, recipient, pageSize) {
        const query = new URLSearchParams({ supplier: supplier, recipient: recipient, pageSize: String(pageSize) });
        for (const name of filterNames) {
            const value = filters.get(name);
            if (value) {
                query.set(name, value);
            }
        }
        return query;
    }

    function showMessage(text) {
        panel.replaceChildren(element("h2", "Deals of the selected pair", { id: "edge-deals-heading" }), element("p", text));
    }

    async function showEdge(edge) {
        const data = edge.data();
        showMessage("Loading the deals from " + data.supplierName + " to " + data.recipientName + "…");
        const response = await fetch(container.dataset.deals + "?" + dealsUrl(data.source, data.target, 100), { headers: { Accept: "application/json" } });
        if (!response.ok) {
            showMessage("The deals could not be loaded (" + response.status + ").");
            return;
        }
        const page = await response.json();
        const heading = element("h2", data.supplierName + " to " + data.recipientName, { id: "edge-deals-heading" });
        const summary = element("p", page.total + (page.total === 1 ? " deal" : " deals"));
        const list = element("ul", null, { class: "edge-deal-list" });
        for (const deal of page.items) {
            const item = element("li");
            const link = element("a", deal.system || "(" + deal.category + ")", { href: deal.url });
            item.append(link, " · ", element("span", deal.status, { class: "status status-" + deal.status }));
            if (deal.last_seen) {
                item.append(" · " + deal.last_seen);
            }
            list.append(item);
        }
        panel.replaceChildren(heading, summary, list);
        if (page.total > page.items.length) {
            const all = element("a", "All " + page.total + " deals", { href: "/deals?" + dealsUrl(data.source, data.target, 50) });
            const more = element("p");
            more.append(all);
            panel.append(more);
        }
    }

    async function draw() {
        const response = await fetch(container.dataset.api, { headers: { Accept: "application/json" } });
        if (!response.ok) {
            container.textContent = "The network could not be loaded (" + response.status + ").";
            return;
        }
        const network = await response.json();
        const maxDeals = Math.max(1, ...network.edges.map(e => e.deals));
        const maxSize = Math.max(1, ...network.nodes.map(n => n.deals_supplied + n.deals_received));
        const large = network.nodes.length > 60;
        const elements = [];
        for (const node of network.nodes) {
            elements.push({ group: "nodes", data: { id: node.id, label: node.name, url: node.url, size: node.deals_supplied + node.deals_received } });
        }
        for (const edge of network.edges) {
            elements.push({
                group: "edges",
                data: {
                    id: edge.supplier + "->" + edge.recipient,
                    source: edge.supplier,
                    target: edge.recipient,
                    supplierName: edge.supplier_name,
                    recipientName: edge.recipient_name,
                    deals: edge.deals,
                    width: large ? 1 + 5 * Math.sqrt(edge.deals / maxDeals) : 2 + 10 * Math.sqrt(edge.deals / maxDeals),
                },
            });
        }

        const cy = cytoscape({
            container: container,
            elements: elements,
            wheelSensitivity: 0.3,
            layout: { name: network.nodes.length > 300 ? "grid" : "cose", animate: false, randomize: false, nodeRepulsion: large ? 40000 : 8000, idealEdgeLength: large ? 140 : 90, padding: 20 },
            style: [
                { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#1f77b4", color: "#1b1f24", width: "mapData(size, 0, " + maxSize + ", 10, 36)", height: "mapData(size, 0, " + maxSize + ", 10, 36)", "text-valign": "bottom", "text-margin-y": 3 } },
                { selector: "edge", style: { width: "data(width)", "line-color": "#9aa3ad", "target-arrow-color": "#9aa3ad", "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8 } },
                { selector: "edge:selected", style: { "line-color": "#d95f02", "target-arrow-color": "#d95f02" } },
                { selector: "node:selected", style: { "background-color": "#d95f02" } },
            ],
        });
        cy.on("tap", "edge", event => { showEdge(event.target); });
        cy.on("tap", "node", event => {
            const data = event.target.data();
            panel.replaceChildren(element("h2", data.label, { id: "edge-deals-heading" }));
            const p = element("p");
            p.append(element("a", "Open the page of " + data.label, { href: data.url }));
            panel.append(p);
        });
        // Lets tests find an edge on the canvas to click it like a person would.
        window.armscopeNetwork = cy;
        container.dataset.ready = "true";
    }

    draw().catch(() => { container.textContent = "The network could not be drawn."; });
})();
