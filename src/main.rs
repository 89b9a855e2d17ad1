//! Entry point of the browser build: installs the panic hook and mounts the app (after fetching
//! its language's messages when they are not compiled in).

fn main() {
    console_error_panic_hook::set_once();
    sixtwo::ui::mount_to_body();
}
