stub: upstream file of 19666 bytes
