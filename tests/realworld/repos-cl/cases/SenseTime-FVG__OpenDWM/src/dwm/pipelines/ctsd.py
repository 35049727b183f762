stub: upstream file of 104343 bytes
