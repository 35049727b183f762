stub: upstream file of 6274 bytes
