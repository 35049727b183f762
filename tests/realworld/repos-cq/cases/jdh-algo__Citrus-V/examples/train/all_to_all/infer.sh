stub: upstream file of 199 bytes
