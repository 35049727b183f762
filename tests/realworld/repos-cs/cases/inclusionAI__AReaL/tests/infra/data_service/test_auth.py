stub: upstream file of 5261 bytes
