stub: upstream file of 13082 bytes
