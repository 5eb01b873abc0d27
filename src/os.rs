//! The few calls into the C library that the standard library does not
//! offer. This is the only module with unsafe code; each call says why it
//! is sound, and on systems without the call each function does nothing.

/// Releases free heap pages to the system (glibc's `malloc_trim`). glibc's
/// `free` returns memory only from the top of the heap; pages freed in
/// between stay resident until this is called. It walks the heap: call it
/// from a blocking thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn malloc_trim() {
    // SAFETY: malloc_trim takes the allocator's own locks and only shrinks
    // its free lists; it may be called from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn malloc_trim() {}

/// Serves every heap block of at least `bytes` from its own mapping, which
/// `free` hands straight back to the system (glibc's `M_MMAP_THRESHOLD`).
/// Left to itself glibc raises that threshold to the largest block freed
/// so far, up to 32 MiB: after the first admin's password hash (19 MiB) or
/// a large game's snapshot, every later snapshot, reveal and fan-out
/// buffer comes from the heap instead, and the pages they leave between
/// live blocks stay resident. Setting the threshold also fixes it. Call
/// before the runtime's threads start.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn fix_mmap_threshold(bytes: usize) {
    let bytes = libc::c_int::try_from(bytes).unwrap_or(libc::c_int::MAX);
    // SAFETY: mallopt only changes a tuning value of the allocator; it
    // takes no pointers, and before other threads start nothing races it.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, bytes);
    }
}

/// musl's allocator always maps large blocks on their own.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn fix_mmap_threshold(_bytes: usize) {}

/// Makes every file this process creates from now on readable by its
/// owner only (umask 077): the database, live logs and snapshots hold
/// password hashes, host keys and resume tokens.
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn private_files() {
    // SAFETY: umask only replaces the process's file-creation mask; it
    // takes no pointers and cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

#[cfg(not(unix))]
pub fn private_files() {}

/// Lets a socket bound to a source address with port 0 get its port at
/// `connect` instead of at `bind` (Linux's `IP_BIND_ADDRESS_NO_PORT`). At
/// `bind` the kernel must find a port free for every destination, which
/// gets slow with tens of thousands of sockets on one address; at `connect`
/// the port only has to be unused towards that one destination.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub fn bind_address_no_port(socket: &impl std::os::fd::AsRawFd) -> std::io::Result<()> {
    let on: libc::c_int = 1;
    // SAFETY: the descriptor is a live socket borrowed for the call, and
    // the option value is a c_int on the stack whose size is passed along.
    let rc = unsafe {
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::IPPROTO_IP,
            libc::IP_BIND_ADDRESS_NO_PORT,
            (&on as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
pub fn bind_address_no_port<S>(_socket: &S) -> std::io::Result<()> {
    Ok(())
}

/// Has the kernel send `SIGTERM` to the process `command` starts once this
/// process is gone, even killed by `SIGKILL`, so that a server or load
/// process the bench started never outlives it. The signal follows the
/// thread that spawns: spawn from one that lives as long as the run (a
/// runtime worker or the main thread). A parent that died before the child
/// got this far fails the spawn.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub fn end_with_this_process(command: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    let parent = std::process::id() as libc::pid_t;
    // SAFETY: the closure runs in the child between fork and exec; it only
    // calls prctl and getppid, which are async-signal-safe, and allocates
    // nothing but the error it may return.
    unsafe {
        command.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::getppid() != parent {
                return Err(std::io::Error::other(
                    "the bench ended before its child started",
                ));
            }
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
pub fn end_with_this_process(_command: &mut std::process::Command) {}

/// Milliseconds on `CLOCK_MONOTONIC`: one clock for every process of the
/// machine (unlike `Instant`, whose values cannot leave the process), which
/// no change of the wall clock moves. The bench's processes time joins on it.
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn monotonic_ms() -> f64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a pointer to a live
    // one on the stack; CLOCK_MONOTONIC exists on every Unix we build for.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now) };
    if rc != 0 {
        return 0.0;
    }
    now.tv_sec as f64 * 1000.0 + now.tv_nsec as f64 / 1_000_000.0
}

/// Elsewhere the wall clock, which every process of the machine shares too.
#[cfg(not(unix))]
pub fn monotonic_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_socket_takes_the_option_and_still_binds_and_connects() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            super::bind_address_no_port(&socket).unwrap();
            socket.bind("127.0.0.2:0".parse().unwrap()).unwrap();
            let stream = socket.connect(addr).await.unwrap();
            let local = stream.local_addr().unwrap();
            assert_eq!(local.ip().to_string(), "127.0.0.2");
            assert_ne!(local.port(), 0);
        });
    }

    #[test]
    fn the_monotonic_clock_moves_forward_in_milliseconds() {
        let before = super::monotonic_ms();
        assert!(before > 0.0);
        std::thread::sleep(std::time::Duration::from_millis(5));
        let after = super::monotonic_ms();
        assert!(
            (before + 5.0..before + 5_000.0).contains(&after),
            "{before} then {after}"
        );
    }
}
