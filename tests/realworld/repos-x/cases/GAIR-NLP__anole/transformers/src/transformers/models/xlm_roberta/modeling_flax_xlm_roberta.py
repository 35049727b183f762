stub: upstream file of 58445 bytes
