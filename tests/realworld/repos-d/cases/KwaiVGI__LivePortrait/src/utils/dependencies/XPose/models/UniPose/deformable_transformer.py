stub: upstream file of 55732 bytes
