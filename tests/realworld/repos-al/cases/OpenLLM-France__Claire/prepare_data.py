stub: upstream file of 21461 bytes
