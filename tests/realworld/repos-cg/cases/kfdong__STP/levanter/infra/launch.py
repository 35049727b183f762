stub: upstream file of 7018 bytes
