stub: upstream file of 33522 bytes
