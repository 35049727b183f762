stub: upstream file of 30086 bytes
