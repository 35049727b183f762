stub: upstream file of 1016 bytes
