stub: upstream file of 24271 bytes
