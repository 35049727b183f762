stub: upstream file of 101584 bytes
