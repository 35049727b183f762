stub: upstream file of 20469 bytes
