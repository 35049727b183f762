stub: upstream file of 19283 bytes
