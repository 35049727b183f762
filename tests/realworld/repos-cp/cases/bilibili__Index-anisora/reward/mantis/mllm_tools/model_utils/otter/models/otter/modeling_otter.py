stub: upstream file of 43222 bytes
