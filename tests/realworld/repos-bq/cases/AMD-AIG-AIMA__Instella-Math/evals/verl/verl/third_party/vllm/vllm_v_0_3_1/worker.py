stub: upstream file of 13214 bytes
