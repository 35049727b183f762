stub: upstream file of 49997 bytes
