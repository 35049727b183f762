stub: upstream file of 26446 bytes
