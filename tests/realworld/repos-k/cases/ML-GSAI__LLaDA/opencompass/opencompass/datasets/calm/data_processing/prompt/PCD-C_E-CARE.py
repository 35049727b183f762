stub: upstream file of 12204 bytes
