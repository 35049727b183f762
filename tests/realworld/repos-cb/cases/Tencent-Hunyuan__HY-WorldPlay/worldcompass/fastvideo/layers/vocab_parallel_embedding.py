stub: upstream file of 19525 bytes
