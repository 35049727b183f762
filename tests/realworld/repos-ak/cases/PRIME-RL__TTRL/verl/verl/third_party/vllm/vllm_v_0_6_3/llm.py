stub: upstream file of 10254 bytes
