stub: upstream file of 3385 bytes
