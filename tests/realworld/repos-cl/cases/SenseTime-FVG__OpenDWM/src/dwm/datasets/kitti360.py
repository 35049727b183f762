stub: upstream file of 22292 bytes
