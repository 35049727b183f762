stub: upstream file of 261 bytes
