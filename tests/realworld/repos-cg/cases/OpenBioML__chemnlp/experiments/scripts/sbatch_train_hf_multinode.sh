stub: upstream file of 1582 bytes
