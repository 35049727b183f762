stub: upstream file of 33179 bytes
