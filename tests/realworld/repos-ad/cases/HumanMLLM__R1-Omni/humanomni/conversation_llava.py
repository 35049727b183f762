stub: upstream file of 22524 bytes
