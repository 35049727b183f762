stub: upstream file of 8537 bytes
