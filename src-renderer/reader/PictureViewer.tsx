// A picture of the article shown larger: as large as the window allows (never larger than the
// picture itself), with its caption, in a modal dialog that Escape, the button or a click
// outside the picture closes.
import { Dialog, DialogActions } from '../ui/Dialog'
import { useT } from '../i18n'
import type { OpenedPicture } from './figure-view'

export function PictureViewer({
  picture,
  onClose,
}: {
  picture: OpenedPicture
  onClose: () => void
}) {
  const t = useT()
  return (
    <Dialog
      title={null}
      label={picture.alt || picture.caption || t('reader.picture')}
      className="picture-viewer"
      onClose={onClose}
    >
      <figure
        className="picture-viewer-figure"
        onClick={(event) => {
          if (event.target === event.currentTarget)
            (event.currentTarget.closest('dialog') as HTMLDialogElement | null)?.close()
        }}
      >
        <img
          src={picture.src}
          alt={picture.alt}
          {...(picture.width > 0 ? { width: picture.width, height: picture.height } : {})}
        />
        {picture.caption && <figcaption dir="auto">{picture.caption}</figcaption>}
      </figure>
      <DialogActions />
    </Dialog>
  )
}
