stub: upstream file of 16460 bytes
