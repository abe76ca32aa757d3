{
 "format": "scholion-archive-signature",
 "algorithm": "ed25519",
 "keyId": "16cc0722bcc7d00d",
 "signature": "xhJEUIdZjYxFQTcIeFCpZNK7sMwghikKk28tmCm7ohaMJPQOXGiYVkQk6c9pjUUjhw7jIuEAnyWj4d8l7xs4Cg=="
}
