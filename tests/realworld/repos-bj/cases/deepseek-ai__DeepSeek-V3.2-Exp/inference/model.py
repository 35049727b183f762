stub: upstream file of 38000 bytes
