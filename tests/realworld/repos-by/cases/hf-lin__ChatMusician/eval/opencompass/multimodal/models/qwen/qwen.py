stub: upstream file of 12749 bytes
