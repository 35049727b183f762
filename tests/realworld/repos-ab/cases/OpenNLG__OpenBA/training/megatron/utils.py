stub: upstream file of 11404 bytes
