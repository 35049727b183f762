stub: upstream file of 3615 bytes
