stub: upstream file of 5445 bytes
