stub: upstream file of 4403 bytes
