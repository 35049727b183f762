stub: upstream file of 30354 bytes
