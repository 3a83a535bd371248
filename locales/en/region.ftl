# The region's shared articles in the console (issue 18): only the console fetches this file.
console-region-content = { $region }: shared across the county
console-shared-title = Shared articles from the county
console-shared-intro = The county writes and translates these articles once. Your readers see them among your own. Hide one, or make your own version to show instead of the county's.
console-shared-none = The county shares no articles yet.
console-shared-shown = Shown
console-shared-hidden = Hidden from your readers
console-shared-replaced = Your own version is shown
console-shared-hide = Hide
console-shared-show = Show again
console-shared-copy = Make your own version
console-shared-edit-own = Edit your version
console-shared-region-note = These are the county's shared texts. What you write here is shown in every municipality of the county.
