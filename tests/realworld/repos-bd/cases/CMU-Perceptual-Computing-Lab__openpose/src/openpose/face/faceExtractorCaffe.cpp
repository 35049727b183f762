stub: upstream file of 16234 bytes
