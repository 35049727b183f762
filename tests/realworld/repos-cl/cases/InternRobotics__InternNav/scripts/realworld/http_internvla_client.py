stub: upstream file of 13319 bytes
