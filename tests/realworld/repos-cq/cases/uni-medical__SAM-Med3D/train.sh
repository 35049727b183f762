stub: upstream file of 133 bytes
