stub: upstream file of 274 bytes
