stub: upstream file of 7317 bytes
