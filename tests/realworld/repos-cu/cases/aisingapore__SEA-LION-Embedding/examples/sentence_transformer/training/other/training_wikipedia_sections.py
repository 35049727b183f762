stub: upstream file of 4555 bytes
