stub: upstream file of 16246 bytes
