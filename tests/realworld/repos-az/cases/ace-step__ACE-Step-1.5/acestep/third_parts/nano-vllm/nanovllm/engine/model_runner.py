stub: upstream file of 34574 bytes
