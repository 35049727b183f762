stub: upstream file of 32261 bytes
