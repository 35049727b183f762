stub: upstream file of 1732 bytes
