stub: upstream file of 6159 bytes
