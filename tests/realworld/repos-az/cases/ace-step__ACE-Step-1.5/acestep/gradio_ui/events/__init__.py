stub: upstream file of 53261 bytes
