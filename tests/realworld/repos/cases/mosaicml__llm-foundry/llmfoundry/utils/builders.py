stub: upstream file of 25523 bytes
