stub: upstream file of 25341 bytes
