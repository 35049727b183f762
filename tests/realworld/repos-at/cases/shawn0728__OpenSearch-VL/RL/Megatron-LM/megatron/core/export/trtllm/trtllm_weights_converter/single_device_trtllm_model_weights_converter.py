stub: upstream file of 23261 bytes
