stub: upstream file of 13261 bytes
