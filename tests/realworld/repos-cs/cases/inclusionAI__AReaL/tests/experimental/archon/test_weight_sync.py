stub: upstream file of 24249 bytes
