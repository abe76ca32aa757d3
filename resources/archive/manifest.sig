{
 "format": "scholion-archive-signature",
 "algorithm": "ed25519",
 "keyId": "16cc0722bcc7d00d",
 "signature": "SqLUxo8BDePbzexJxsqmmKQfbukAwbLDE3jMA+Agc9K9g9XVEVn+W3kGiLkAlkARr6oqLtO30RiqHO7WmcU1CA=="
}
