stub: upstream file of 4279 bytes
