stub: upstream file of 21451 bytes
