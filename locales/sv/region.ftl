# The region's shared articles in the console (issue 18): only the console fetches this file.
console-region-content = { $region }: gemensamt för länet
console-shared-title = Gemensamma artiklar från länet
console-shared-intro = Länet skriver och översätter de här artiklarna en gång. Era läsare ser dem bland era egna. Dölj en, eller gör en egen version som visas i stället för länets.
console-shared-none = Länet delar inga artiklar ännu.
console-shared-shown = Visas
console-shared-hidden = Dold för era läsare
console-shared-replaced = Er egen version visas
console-shared-hide = Dölj
console-shared-show = Visa igen
console-shared-copy = Gör en egen version
console-shared-edit-own = Redigera er version
console-shared-region-note = Det här är länets gemensamma texter. Det ni skriver här visas i alla länets kommuner.
