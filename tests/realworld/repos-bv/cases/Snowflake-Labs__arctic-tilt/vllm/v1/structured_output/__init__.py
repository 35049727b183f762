stub: upstream file of 4615 bytes
