stub: upstream file of 48014 bytes
