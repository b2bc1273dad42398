// marsad: the legend's check boxes show or hide highlight kinds on the article page. No network use.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("article-text");
  if (!text) return;
  for (const box of document.querySelectorAll("input[data-toggle]")) {
    box.addEventListener("change", () => text.classList.toggle("hide-" + box.dataset.toggle, !box.checked));
  }
});
