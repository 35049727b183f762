stub: upstream file of 20222 bytes
