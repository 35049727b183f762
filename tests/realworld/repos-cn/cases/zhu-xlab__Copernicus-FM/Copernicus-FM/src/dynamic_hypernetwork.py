stub: upstream file of 18313 bytes
