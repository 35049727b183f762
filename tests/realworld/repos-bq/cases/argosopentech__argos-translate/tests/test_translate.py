stub: upstream file of 4581 bytes
