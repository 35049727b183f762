stub: upstream file of 5242 bytes
