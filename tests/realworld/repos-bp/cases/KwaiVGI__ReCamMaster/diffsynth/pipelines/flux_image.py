stub: upstream file of 29090 bytes
