stub: upstream file of 6133 bytes
