stub: upstream file of 19212 bytes
