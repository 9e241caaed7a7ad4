// The resource form: shows the units or parts fields only for the kind of the chosen type.
// Without JavaScript every field shows and the server ignores what the kind does not use.
(() => {
  const select = document.querySelector("[data-spaces-kind-switch]");
  if (!select) return;
  const sync = () => {
    const option = select.options[select.selectedIndex];
    const kind = option ? option.dataset.kind : undefined;
    document.querySelectorAll("fieldset.spaces-kind").forEach((f) => {
      f.hidden = !kind || !f.dataset.kinds.split(",").includes(kind);
    });
  };
  select.addEventListener("change", sync);
  sync();
})();
