stub: upstream file of 4621 bytes
