stub: upstream file of 7313 bytes
