stub: upstream file of 24332 bytes
