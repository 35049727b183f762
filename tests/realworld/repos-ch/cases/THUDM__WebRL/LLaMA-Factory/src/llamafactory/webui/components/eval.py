stub: upstream file of 3438 bytes
