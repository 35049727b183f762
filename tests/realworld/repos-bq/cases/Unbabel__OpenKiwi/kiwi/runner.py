stub: upstream file of 10635 bytes
