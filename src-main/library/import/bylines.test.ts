import { expect, it } from 'vitest'
import { bylineAuthor } from './bylines'

it.each([
  ['By Giorgos Marinos, Member of the PB of the CC of the KKE', 'Giorgos Marinos'],
  [
    'Article by the International Relations Section of the CC of the KKE',
    'International Relations Section of the CC of the KKE',
  ],
  ['Του Νίκου Αθανασίου, μέλους της ΚΕ του ΚΚΕ', 'Νίκου Αθανασίου'],
  ['Γράφει ο Γιάννης Παππάς', 'Γιάννης Παππάς'],
  ['Автор: Иван Петров', 'Иван Петров'],
  ['Von Anna Berger, Abteilung für internationale Beziehungen', 'Anna Berger'],
  ['Par Marie Dupont', 'Marie Dupont'],
  ['Articolo di Marco Bianchi (Sezione esteri)', 'Marco Bianchi'],
  ['Por Ana García – miembro del CC', 'Ana García'],
  ['Yazan: Ayşe Demir', 'Ayşe Demir'],
  ['بقلم سامي خليل', 'سامي خليل'],
])('%j names %j', (line, author) => {
  expect(bylineAuthor(line)).toBe(author)
})

it.each([
  'By the end of the year, the strikes had spread to every port. Workers won.',
  'by the way',
  'Por la paz y contra la guerra imperialista, los trabajadores salieron a la calle en todas las ciudades del país y exigieron el regreso de las tropas, el cierre de las bases y el fin de la participación en los planes de la alianza, de una vez por todas y sin excepciones de ningún tipo.',
  'The article by Marinos',
])('%j is not a byline', (line) => {
  expect(bylineAuthor(line)).toBeNull()
})
