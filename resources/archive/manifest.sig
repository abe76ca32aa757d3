{
 "format": "scholion-archive-signature",
 "algorithm": "ed25519",
 "keyId": "ddeda6ab00973f7f",
 "signature": "vcwyF6R6TRoAXSj4otVMz74EwOVArzs5JLG9pYr+/eu+Eg5w3jG0tg+va3VyE3SqxfD9FkJBWOsu7gZzXaa9CA=="
}
