stub: upstream file of 52253 bytes
