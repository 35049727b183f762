stub: upstream file of 53625 bytes
