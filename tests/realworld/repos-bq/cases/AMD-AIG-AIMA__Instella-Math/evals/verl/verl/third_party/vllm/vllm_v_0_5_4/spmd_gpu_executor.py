stub: upstream file of 10184 bytes
