stub: upstream file of 19657 bytes
