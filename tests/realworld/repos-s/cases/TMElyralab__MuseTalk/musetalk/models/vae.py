stub: upstream file of 5419 bytes
