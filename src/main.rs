fn main() {
    detainer_atlas::components::app::mount();
}
