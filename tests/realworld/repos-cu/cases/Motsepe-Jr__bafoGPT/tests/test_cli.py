stub: upstream file of 2428 bytes
