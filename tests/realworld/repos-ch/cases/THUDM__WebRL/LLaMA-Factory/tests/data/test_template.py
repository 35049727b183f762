stub: upstream file of 7256 bytes
