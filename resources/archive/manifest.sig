{
 "format": "scholion-archive-signature",
 "algorithm": "ed25519",
 "keyId": "df6e646ef9f78dff",
 "signature": "2dGRIsEa4LtkGUIkzrjmDcgWpgrDy8mDhfcuXEBBiHR5GZP8jkQbsLeMidPcaMPYhInM+tE7FSntqc9TkpCwDw=="
}
