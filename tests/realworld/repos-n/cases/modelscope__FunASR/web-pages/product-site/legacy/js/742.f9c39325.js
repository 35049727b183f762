stub: upstream file of 183134 bytes
