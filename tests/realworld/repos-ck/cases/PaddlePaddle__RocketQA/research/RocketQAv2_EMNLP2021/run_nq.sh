stub: upstream file of 1248 bytes
