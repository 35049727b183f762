stub: upstream file of 283 bytes
