stub: upstream file of 31662 bytes
