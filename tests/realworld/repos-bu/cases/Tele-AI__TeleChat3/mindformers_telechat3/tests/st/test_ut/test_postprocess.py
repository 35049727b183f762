stub: upstream file of 22239 bytes
