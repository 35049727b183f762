stub: upstream file of 36318 bytes
