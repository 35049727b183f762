stub: upstream file of 38123 bytes
