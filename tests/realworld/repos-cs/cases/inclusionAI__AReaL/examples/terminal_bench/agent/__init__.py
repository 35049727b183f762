stub: upstream file of 243 bytes
