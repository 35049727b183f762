stub: upstream file of 24236 bytes
