stub: upstream file of 251 bytes
