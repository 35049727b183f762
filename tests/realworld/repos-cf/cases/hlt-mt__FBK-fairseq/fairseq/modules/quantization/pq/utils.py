stub: upstream file of 11619 bytes
