stub: upstream file of 13582 bytes
