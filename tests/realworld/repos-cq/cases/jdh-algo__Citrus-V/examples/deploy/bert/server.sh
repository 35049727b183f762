stub: upstream file of 416 bytes
