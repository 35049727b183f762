stub: upstream file of 53323 bytes
