stub: upstream file of 5406 bytes
