stub: upstream file of 236 bytes
