stub: upstream file of 10982 bytes
