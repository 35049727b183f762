stub: upstream file of 37574 bytes
