stub: upstream file of 4483 bytes
