//! The addresses people are told to open: join links, QR codes and the
//! start-up banner.

use std::net::{IpAddr, SocketAddr};

use axum::http::{header, HeaderMap};

use crate::config::Settings;

/// The base URL players should use, for join links and QR codes: the
/// configured public URL, else the address the request came to, with a
/// loopback host swapped for this machine's LAN address (phones cannot
/// reach "localhost").
pub fn join_base_url(settings: &Settings, headers: &HeaderMap) -> String {
    if let Some(url) = &settings.public_url {
        return url.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let (name, port) = split_host_port(host);
    let is_loopback =
        name == "localhost" || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let name = match (is_loopback, lan_addresses().first()) {
        (true, Some(ip)) => ip.to_string(),
        _ => name.to_string(),
    };
    match port {
        Some(port) => format!("http://{name}:{port}"),
        None => format!("http://{name}"),
    }
}

fn split_host_port(host: &str) -> (&str, Option<&str>) {
    if let Some(rest) = host.strip_prefix('[') {
        // [v6]:port
        let (addr, tail) = rest.split_once(']').unwrap_or((rest, ""));
        return (addr, tail.strip_prefix(':'));
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => (name, Some(port)),
        _ => (host, None),
    }
}

/// Non-loopback IPv4 addresses of this machine, for join links.
pub fn lan_addresses() -> Vec<IpAddr> {
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.ip())
        .filter(|ip| ip.is_ipv4() && !ip.is_loopback())
        .collect();
    ips.sort();
    ips.dedup();
    ips
}

/// The URLs people should open, for the start-up banner.
pub fn advertised_urls(settings: &Settings, bound: SocketAddr) -> Vec<String> {
    if let Some(url) = &settings.public_url {
        return vec![url.clone()];
    }
    let port = bound.port();
    let url = |ip: IpAddr| match ip {
        IpAddr::V6(v6) => format!("http://[{v6}]:{port}"),
        IpAddr::V4(v4) => format!("http://{v4}:{port}"),
    };
    if bound.ip().is_unspecified() {
        let mut urls = vec![format!("http://localhost:{port}")];
        urls.extend(lan_addresses().into_iter().map(url));
        urls
    } else {
        vec![url(bound.ip())]
    }
}
