stub: upstream file of 13123 bytes
