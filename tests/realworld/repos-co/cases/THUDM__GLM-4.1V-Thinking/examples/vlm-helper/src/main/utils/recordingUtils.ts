stub: upstream file of 11487 bytes
