stub: upstream file of 141069 bytes
