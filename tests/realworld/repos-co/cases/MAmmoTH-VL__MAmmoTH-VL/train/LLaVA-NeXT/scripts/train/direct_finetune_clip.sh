stub: upstream file of 2389 bytes
