stub: upstream file of 12451 bytes
