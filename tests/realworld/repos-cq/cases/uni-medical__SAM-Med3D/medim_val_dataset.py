stub: upstream file of 1305 bytes
