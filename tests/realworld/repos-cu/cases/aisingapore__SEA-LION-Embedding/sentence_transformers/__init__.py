stub: upstream file of 2621 bytes
