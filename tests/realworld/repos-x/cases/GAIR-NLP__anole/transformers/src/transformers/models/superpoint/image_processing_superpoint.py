stub: upstream file of 12510 bytes
