stub: upstream file of 18220 bytes
