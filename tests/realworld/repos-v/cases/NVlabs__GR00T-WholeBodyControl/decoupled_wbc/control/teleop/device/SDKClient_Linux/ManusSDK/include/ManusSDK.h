stub: upstream file of 65115 bytes
