stub: upstream file of 64584 bytes
