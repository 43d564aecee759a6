//! `vilab serve`: the browser lab. Thin: parses, opens the lab, runs
//! `vilab_server` until Ctrl-C, which finishes the requests under way.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::ServeArgs;
use crate::signals::Stop;
use crate::{lab_path, ui};

pub fn run(args: &ServeArgs, signals: &Stop) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    serve(lab, args.bind, args.tls_cert.clone().zip(args.tls_key.clone()), signals)
}

/// Serves an open lab (`vilab serve`, and `vilab demo --serve`).
pub fn serve(
    lab: vilab_lab::Lab,
    bind: SocketAddr,
    tls: Option<(PathBuf, PathBuf)>,
    signals: &Stop,
) -> anyhow::Result<ExitCode> {
    let options = vilab_server::ServeOptions { bind, tls };
    let served = vilab_server::run(lab, &options, signals.shared(), |addr, https| {
        let url = format!("{}://{addr}", if https { "https" } else { "http" });
        outln!("{}", tr!("web-serve-listening", url = url));
        if !https && !addr.ip().is_loopback() {
            eprintln!("{}", tr!("web-serve-no-tls", addr = addr.to_string()));
        }
        outln!("{}", tr!("web-serve-stop"));
    });
    served.map_err(|e| anyhow::anyhow!(e.message(&ui::msgs())))?;
    outln!("{}", tr!("web-serve-stopped"));
    Ok(ExitCode::SUCCESS)
}
