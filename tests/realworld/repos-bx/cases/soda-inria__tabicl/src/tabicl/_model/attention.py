stub: upstream file of 11621 bytes
