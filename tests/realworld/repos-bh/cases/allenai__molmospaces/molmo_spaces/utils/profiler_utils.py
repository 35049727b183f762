stub: upstream file of 11848 bytes
