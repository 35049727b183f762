stub: upstream file of 4234 bytes
