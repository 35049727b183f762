stub: upstream file of 9283 bytes
