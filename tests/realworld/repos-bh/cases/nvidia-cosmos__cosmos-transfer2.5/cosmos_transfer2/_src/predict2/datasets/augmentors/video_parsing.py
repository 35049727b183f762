stub: upstream file of 10593 bytes
