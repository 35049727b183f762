stub: upstream file of 33117 bytes
